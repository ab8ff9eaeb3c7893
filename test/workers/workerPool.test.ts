import {beforeAll, describe, expect, it} from 'vitest';
import {analyseArticle, assembleBrief, buildBrief} from '../../source/brief/buildBrief.js';
import {withoutText} from '../../source/brief/withoutText.js';
import {loadArticles} from '../../source/load/index.js';
import type {RawArticle} from '../../source/model.js';
import {analyseCorpus} from '../../source/session/analyseCorpus.js';
import {startAnalysisPool} from '../../source/workers/workerPool.js';
import {bundleWorkerEntry} from './workerEntry.js';

let entry: URL;
beforeAll(async () => {
	entry = await bundleWorkerEntry();
});

/** The same five texts under many names: enough for several batches on each thread. */
async function copies(count: number): Promise<RawArticle[]> {
	const loaded = await loadArticles(['articles']);
	return Array.from({length: count}, (_, copy) => loaded.articles.map(raw => ({...raw, id: `${raw.id}-${copy}`}))).flat();
}

describe('analysis on worker threads', () => {
	it('gives the same brief as the single-thread pipeline on the sample articles', async () => {
		const loaded = await loadArticles(['articles']);
		const analysed = await analyseCorpus(loaded.articles, {cache: false, workerThreshold: 0, threads: 2, workerEntry: entry});
		expect(assembleBrief(analysed, loaded.skipped)).toEqual(buildBrief(loaded));
	});

	it('reports each article once under the index it was added with, and sends text back only when asked', async () => {
		const raws = await copies(12);
		for (const withText of [true, false]) {
			const seen = new Map<number, string>();
			const pool = startAnalysisPool({threads: 2, cache: null, entry, withText}, (indexes, batch) => {
				for (const [offset, result] of batch.entries()) {
					expect(seen.has(indexes[offset]!)).toBe(false);
					seen.set(indexes[offset]!, result.article.id);
					if (indexes[offset] === 70) expect(result).toEqual(withText ? analyseArticle(raws[7]!) : withoutText(analyseArticle(raws[7]!)));
				}
			});
			// Indexes need not be positions: here every article is numbered 63 above its place.
			for (const [position, raw] of raws.entries()) await pool.add(position + 63, raw);
			await pool.finish();
			expect([...seen.keys()].sort((a, b) => a - b)).toEqual(raws.map((_, position) => position + 63));
			expect(seen.get(63 + 7)).toBe(raws[7]!.id);
		}
	});

	it('keeps a string that a batch holds many times once', async () => {
		const [raw] = await copies(1);
		let analysed: readonly ReturnType<typeof analyseArticle>[] = [];
		const pool = startAnalysisPool({threads: 1, cache: null, entry, withText: false}, (_, batch) => {
			analysed = batch;
		});
		await pool.add(0, raw!);
		await pool.finish();
		const [{findings}] = analysed as [ReturnType<typeof analyseArticle>];
		expect(findings.figures.length).toBeGreaterThan(0);
		// Equal strings that arrived as separate copies are now one: an id set on one finding is the same string everywhere.
		expect(new Set([findings.articleId, ...findings.figures.map(figure => figure.at.articleId)]).size).toBe(1);
	});

	it('rejects when a worker cannot start, instead of waiting for ever', async () => {
		const [raw] = await copies(1);
		const pool = startAnalysisPool({threads: 1, cache: null, entry: new URL('file:///nonexistent/ukraine-brief-worker.js'), withText: true}, () => {});
		await pool.add(0, raw!).catch(() => {});
		await expect(pool.finish()).rejects.toThrow();
	});
});
