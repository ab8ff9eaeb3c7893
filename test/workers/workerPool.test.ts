import {beforeAll, describe, expect, it} from 'vitest';
import {analyseArticle, assembleBrief, buildBrief} from '../../source/brief/buildBrief.js';
import {loadArticles} from '../../source/load/index.js';
import {analyseCorpus} from '../../source/session/analyseCorpus.js';
import {analyseInWorkers} from '../../source/workers/workerPool.js';
import {bundleWorkerEntry} from './workerEntry.js';

let entry: URL;
beforeAll(async () => {
	entry = await bundleWorkerEntry();
});

describe('analysis on worker threads', () => {
	it('gives the same brief as the single-thread pipeline on the sample articles', async () => {
		const loaded = await loadArticles(['articles']);
		const analysed = await analyseCorpus(loaded.articles, {cache: false, workerThreshold: 0, threads: 2, workerEntry: entry});
		expect(assembleBrief(analysed, loaded.skipped)).toEqual(buildBrief(loaded));
	});

	it('returns every batch with the index of its first article, covering the input once', async () => {
		const loaded = await loadArticles(['articles']);
		// The same five texts under many names: enough for several batches on each thread.
		const raws = Array.from({length: 12}, (_, copy) => loaded.articles.map(raw => ({...raw, id: `${raw.id}-${copy}`}))).flat();
		const seen = new Array<string | undefined>(raws.length);
		await analyseInWorkers(raws, {threads: 2, cache: null, entry}, (first, batch) => {
			for (const [offset, result] of batch.entries()) {
				expect(seen[first + offset]).toBeUndefined();
				seen[first + offset] = result.article.id;
			}
		});
		expect(seen).toEqual(raws.map(raw => raw.id));
		expect(analyseArticle(raws[7]!).findings.articleId).toBe(seen[7]);
	});

	it('rejects when a worker cannot start, instead of waiting for ever', async () => {
		const loaded = await loadArticles(['articles']);
		const missing = new URL('file:///nonexistent/ukraine-brief-worker.js');
		await expect(analyseInWorkers(loaded.articles, {threads: 1, cache: null, entry: missing}, () => {})).rejects.toThrow();
	});
});
