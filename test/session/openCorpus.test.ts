import {copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, beforeAll, describe, expect, it} from 'vitest';
import {buildBrief} from '../../source/brief/buildBrief.js';
import type {BriefSnapshot} from '../../source/brief/store.js';
import {discover, loadArticles} from '../../source/load/index.js';
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

const maxBytes = 5 * 1024 * 1024;

const onWorkers = (cacheDirectory?: string): OpenCorpusOptions => ({
	cache: cacheDirectory !== undefined,
	maxBytes,
	...(cacheDirectory === undefined ? {} : {cacheSettings: {directory: cacheDirectory, version: 'test'}}),
	workerThreshold: 0,
	threads: 2,
	workerEntry: entry,
});

describe('openCorpus', () => {
	it('can be shown before any file is read, reports progress while the brief fills in, and ends with progress null', async () => {
		const {articles} = corpus();
		const opened = openCorpus(await discover([articles]), onWorkers());
		const snapshots = recordSnapshots(opened.store);
		expect(snapshots[0]!.progress).toEqual({done: 0, total: 60});
		expect(snapshots[0]!.brief.articles).toEqual([]);
		const {brief, loaded} = await opened.done;
		expect(await opened.read).toBe(loaded);
		expect(loaded).toEqual(await loadArticles([articles]));

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
		const paths = await discover([articles]);
		const cold = await openCorpus(paths, onWorkers(cacheDirectory)).done;
		expect(readdirSync(join(cacheDirectory, 'articles')).filter(name => name.endsWith('.json'))).toHaveLength(60);
		const noWorkers = {...onWorkers(cacheDirectory), workerEntry: new URL('file:///nonexistent/worker.js')};
		const warm = await openCorpus(paths, noWorkers).done;
		expect(warm.brief).toEqual(cold.brief);
	});

	it('shows every brief through the transform it is given', async () => {
		const {articles} = corpus();
		const opened = openCorpus(await discover([articles]), {...onWorkers(), transform: brief => ({...brief, headlines: brief.headlines.slice(0, 1)})});
		const snapshots = recordSnapshots(opened.store);
		await opened.done;
		for (const snapshot of snapshots.slice(1)) expect(snapshot.brief.headlines).toHaveLength(1);
	});

	it('counts a file as an article until it is read, and ends with the skips when no file holds one', async () => {
		temporary = mkdtempSync(join(tmpdir(), 'ukraine-brief-session-'));
		writeFileSync(join(temporary, 'empty.txt'), '');
		const opened = openCorpus(await discover([temporary]), {cache: false, maxBytes});
		expect(opened.store.getSnapshot().progress).toEqual({done: 0, total: 1});
		expect((await opened.done).brief.skipped).toEqual([{path: join(temporary, 'empty.txt'), reason: 'empty file (0 bytes)'}]);
		expect(opened.store.getSnapshot().progress).toBeNull();
	});

	it('counts each article of a file that holds many once the file is read', async () => {
		temporary = mkdtempSync(join(tmpdir(), 'ukraine-brief-session-'));
		const items = samples.slice(0, 3).map((name, index) => ({title: `Item ${index}`, text: readFileSync(join('articles', name), 'utf8')}));
		writeFileSync(join(temporary, 'export.json'), JSON.stringify(items));
		const opened = openCorpus(await discover([temporary]), {cache: false, maxBytes});
		const snapshots = recordSnapshots(opened.store);
		const {brief} = await opened.done;
		expect(brief.articles).toHaveLength(3);
		expect(snapshots[0]!.progress).toEqual({done: 0, total: 1});
		for (const snapshot of snapshots.slice(1, -1)) expect(snapshot.progress!.total).toBe(3);
	});

	it('stops reading and extracting when closed', async () => {
		const {articles} = corpus();
		const opened = openCorpus(await discover([articles]), onWorkers());
		opened.close();
		await expect(opened.done).rejects.toThrow('closed');
		await expect(opened.read).rejects.toThrow('closed');
		expect(opened.store.getSnapshot().progress).toEqual({done: 0, total: 60});
	});
});

describe('buildBriefFast', () => {
	it('gives the brief the plain pipeline gives, less article text, with workers and a cold then warm cache', async () => {
		const {articles, cacheDirectory} = corpus();
		const full = buildBrief(await loadArticles([articles]));
		const expected = {...full, articles: full.articles.map(article => ({...article, text: '', blocks: []}))};
		const paths = await discover([articles]);
		expect(await buildBriefFast(paths, onWorkers(cacheDirectory))).toEqual(expected);
		expect(await buildBriefFast(paths, {...onWorkers(cacheDirectory), workerEntry: new URL('file:///nonexistent/worker.js')})).toEqual(expected);
		expect(await buildBriefFast(paths, {cache: false, maxBytes})).toEqual(expected);
	});
});
