import {mkdirSync, rmSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {afterEach, describe, expect, it, vi} from 'vitest';
import {LiveBrief} from '../../source/brief/liveBrief.js';
import {loadArticles} from '../../source/load/loadArticles.js';
import {watchCorpus} from '../../source/load/watch.js';
import {tempFolder} from '../tempFolder.js';

const clash =
	'North Korean troops were engaged in combat in Russia’s Kursk region for the first time, two US officials told Reuters on Monday.\n';
const strike =
	'A Russian missile strike on the city of Odesa damaged port infrastructure and killed two people, regional governor Oleh Kiper said.\n';
const talks = 'Ukraine and Russia held preliminary talks in Qatar on halting strikes on energy facilities, officials said.\n';

const closers: Array<() => void> = [];
afterEach(() => {
	for (const close of closers.splice(0)) close();
});

/** Loads the folder, lets `beforeWatch` touch it, then watches it into a live brief. */
async function watchedFolder(files: Record<string, string>, beforeWatch: (folder: string) => void = () => {}) {
	const folder = tempFolder('watch');
	for (const [name, text] of Object.entries(files)) writeFileSync(join(folder, name), text);
	const loaded = await loadArticles([folder]);
	const live = new LiveBrief();
	live.update(loaded);
	beforeWatch(folder);
	const changes: string[] = [];
	const watcher = watchCorpus([folder], loaded, {debounceMs: 50}, change => {
		live.update(change.loaded, change.removed);
		changes.push(`+${change.loaded.articles.length} -${change.removed.length}`);
	});
	closers.push(() => watcher.close());
	return {folder, live, changes};
}

function developmentTexts(live: LiveBrief): string[] {
	return live.brief.developments.map(development => development.text);
}

describe('watch mode through the library', () => {
	it('adds a new file, marks its developments fresh, and keeps the others', async () => {
		const {folder, live} = await watchedFolder({'a.txt': clash});
		expect(live.brief.articles).toHaveLength(1);
		expect(live.fresh.size).toBe(0);

		writeFileSync(join(folder, 'b.txt'), strike);
		await vi.waitFor(() => expect(live.brief.articles).toHaveLength(2), {timeout: 5000, interval: 20});
		expect(developmentTexts(live).some(text => text.includes('Odesa'))).toBe(true);
		expect(live.fresh.size).toBeGreaterThan(0);
	});

	it('re-reads a changed file and drops a deleted one', async () => {
		const {folder, live} = await watchedFolder({'a.txt': clash, 'b.txt': strike});
		writeFileSync(join(folder, 'b.txt'), talks);
		await vi.waitFor(() => expect(developmentTexts(live).some(text => text.includes('Qatar'))).toBe(true), {timeout: 5000, interval: 20});
		expect(developmentTexts(live).some(text => text.includes('Odesa'))).toBe(false);

		rmSync(join(folder, 'b.txt'));
		await vi.waitFor(() => expect(live.brief.articles).toHaveLength(1), {timeout: 5000, interval: 20});
	});

	it('retries a file that appeared empty once its content is written', async () => {
		const {folder, live} = await watchedFolder({'a.txt': clash});
		writeFileSync(join(folder, 'c.txt'), '');
		await vi.waitFor(() => expect(live.brief.skipped).toHaveLength(1), {timeout: 5000, interval: 20});
		writeFileSync(join(folder, 'c.txt'), talks);
		await vi.waitFor(() => expect(live.brief.articles).toHaveLength(2), {timeout: 5000, interval: 20});
		expect(live.brief.skipped).toHaveLength(0);
	});

	it('finds files written between the load and the start of the watch', async () => {
		const {live} = await watchedFolder({'a.txt': clash, 'b.txt': strike}, folder => {
			writeFileSync(join(folder, 'b.txt'), talks);
			writeFileSync(join(folder, 'c.txt'), strike);
		});
		await vi.waitFor(() => expect(live.brief.articles).toHaveLength(3), {timeout: 5000, interval: 20});
		await vi.waitFor(() => expect(developmentTexts(live).some(text => text.includes('Qatar'))).toBe(true), {timeout: 5000, interval: 20});
	});

	it('follows files into a folder made after the watch began', async () => {
		const {folder, live} = await watchedFolder({'a.txt': clash});
		mkdirSync(join(folder, 'later', 'deeper'), {recursive: true});
		writeFileSync(join(folder, 'later', 'deeper', 'b.txt'), strike);
		await vi.waitFor(() => expect(live.brief.articles).toHaveLength(2), {timeout: 5000, interval: 20});
		expect(developmentTexts(live).some(text => text.includes('Odesa'))).toBe(true);
	});
});
