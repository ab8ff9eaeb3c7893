import {copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, beforeAll, describe, expect, it} from 'vitest';
import {buildBrief} from '../../source/brief/buildBrief.js';
import type {BriefSnapshot} from '../../source/brief/store.js';
import {loadArticles} from '../../source/load/index.js';
import {buildBriefFast} from '../../source/session/buildBriefFast.js';
import {openCorpus, type OpenCorpusOptions} from '../../source/session/openCorpus.js';
import {bundleWorkerEntry} from '../workers/workerEntry.js';

const samples = readdirSync('articles').filter(name => name.endsWith('.txt'));
let entry: URL;
let temporary: string | undefined;

beforeAll(async () => {
	entry = await bundleWorkerEntry();
});

afterEach(() => {
	if (temporary !== undefined) rmSync(temporary, {recursive: true, force: true});
	temporary = undefined;
});

/** Twelve copies of each sample in a temporary folder: 60 articles, enough for many worker batches. */
function corpus(): {articles: string; cacheDirectory: string} {
	temporary = mkdtempSync(join(tmpdir(), 'ukraine-brief-session-'));
	const articles = join(temporary, 'corpus');
	for (let copy = 0; copy < 12; copy++) {
		mkdirSync(join(articles, `copy-${copy}`), {recursive: true});
		for (const name of samples) copyFileSync(join('articles', name), join(articles, `copy-${copy}`, name));
	}
	return {articles, cacheDirectory: join(temporary, 'cache')};
}

function recordSnapshots(store: {getSnapshot(): BriefSnapshot; subscribe(listener: () => void): () => void}): BriefSnapshot[] {
	const snapshots = [store.getSnapshot()];
	store.subscribe(() => snapshots.push(store.getSnapshot()));
	return snapshots;
}

const onWorkers = (cacheDirectory?: string): OpenCorpusOptions => ({
	cache: cacheDirectory !== undefined,
	...(cacheDirectory === undefined ? {} : {cacheSettings: {directory: cacheDirectory, version: 'test'}}),
	workerThreshold: 0,
	threads: 2,
	workerEntry: entry,
});

describe('openCorpus', () => {
	it('shows the loaded files at once, reports progress while the brief fills in, and ends with progress null', async () => {
		const {articles} = corpus();
		const opened = openCorpus(await loadArticles([articles]), onWorkers());
		const snapshots = recordSnapshots(opened.store);
		expect(snapshots[0]!.progress).toEqual({done: 0, total: 60});
		expect(snapshots[0]!.brief.articles).toEqual([]);
		const {brief} = await opened.done;

		const last = snapshots.at(-1)!;
		expect(last.progress).toBeNull();
		expect(last.brief).toBe(brief);
		expect(brief).toEqual(buildBrief(await loadArticles([articles])));

		const partial = snapshots.slice(1, -1);
		expect(partial.length).toBeGreaterThan(0);
		const counts = partial.map(snapshot => snapshot.progress!.done);
		expect(counts).toEqual([...counts].sort((a, b) => a - b));
		for (const snapshot of partial) {
			expect(snapshot.progress!.done).toBeGreaterThan(0);
			expect(snapshot.progress!.done).toBeLessThan(60);
			expect(snapshot.brief.articles).toHaveLength(snapshot.progress!.done);
		}
	});

	it('serves a second opening from the cache the workers wrote, without starting workers', async () => {
		const {articles, cacheDirectory} = corpus();
		const loaded = await loadArticles([articles]);
		const cold = await openCorpus(loaded, onWorkers(cacheDirectory)).done;
		expect(readdirSync(join(cacheDirectory, 'articles')).filter(name => name.endsWith('.json'))).toHaveLength(60);
		const noWorkers = {...onWorkers(cacheDirectory), workerEntry: new URL('file:///nonexistent/worker.js')};
		const warm = await openCorpus(loaded, noWorkers).done;
		expect(warm.brief).toEqual(cold.brief);
	});

	it('shows every brief through the transform it is given', async () => {
		const {articles} = corpus();
		const opened = openCorpus(await loadArticles([articles]), {...onWorkers(), transform: brief => ({...brief, headlines: brief.headlines.slice(0, 1)})});
		const snapshots = recordSnapshots(opened.store);
		await opened.done;
		for (const snapshot of snapshots.slice(1)) expect(snapshot.brief.headlines).toHaveLength(1);
	});

	it('is complete at once when no file holds an article', async () => {
		temporary = mkdtempSync(join(tmpdir(), 'ukraine-brief-session-'));
		writeFileSync(join(temporary, 'empty.txt'), '');
		const opened = openCorpus(await loadArticles([temporary]), {cache: false});
		expect(opened.store.getSnapshot().progress).toBeNull();
		expect((await opened.done).brief.skipped).toEqual([{path: join(temporary, 'empty.txt'), reason: 'empty file (0 bytes)'}]);
	});
});

describe('buildBriefFast', () => {
	it('gives the brief the plain pipeline gives, with workers and a cold then warm cache', async () => {
		const {articles, cacheDirectory} = corpus();
		const loaded = await loadArticles([articles]);
		const expected = buildBrief(loaded);
		expect(await buildBriefFast(loaded, onWorkers(cacheDirectory))).toEqual(expected);
		expect(await buildBriefFast(loaded, {...onWorkers(cacheDirectory), workerEntry: new URL('file:///nonexistent/worker.js')})).toEqual(expected);
	});
});
