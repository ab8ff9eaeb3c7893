import {setImmediate as nextTurn} from 'node:timers/promises';
import type {AnalysedArticle} from '../brief/assembleBrief.js';
import {type BriefSnapshot, type BriefStore, createBriefStore, emptyBrief} from '../brief/store.js';
import type {LoadResult} from '../load/index.js';
import type {Brief, RawArticle, Skipped} from '../model.js';
import type {AnalyseOptions} from './analyseCorpus.js';

export interface OpenCorpusOptions extends Omit<AnalyseOptions, 'signal' | 'withText'> {
	/** Files larger than this are skipped. */
	readonly maxBytes: number;
	/** Directory relative paths are resolved against. Default `process.cwd()`. */
	readonly cwd?: string;
	/** Applied to every brief before it is shown (`--since` keeps only what is new). */
	readonly transform?: (brief: Brief) => Brief;
}

export interface CorpusAnalysis {
	/** The complete brief, as the store shows it at the end (transformed). */
	readonly brief: Brief;
	/** The files as they were read: a watch mode measures changes against them. */
	readonly loaded: LoadResult;
	/** Every loaded article analysed, in load order: a watch mode can start from it. */
	readonly analysed: readonly AnalysedArticle[];
}

export interface OpenedCorpus {
	readonly store: BriefStore & {set(next: BriefSnapshot): void};
	/** Settles once every file is read (analysis may still run); rejects if reading fails or is stopped. */
	readonly read: Promise<LoadResult>;
	/** Settles when the brief is complete and the store's progress is null; rejects if analysis fails or is stopped. */
	readonly done: Promise<CorpusAnalysis>;
	/** Stops reading and analysis (the dashboard was closed): workers end, and `read` and `done` reject if still running. */
	close(): void;
}

/** Partial briefs are published at most this often (ms)... */
const publishEveryMs = 100;
/** ... and never more often than this many times the cost of assembling and drawing one, so the main thread stays free. */
const publishCostFactor = 4;

/**
 * A store for the discovered files that can be shown at once and then fills in: files are read, cached
 * articles shown and the rest extracted in short steps (in order, so the first headlines come first),
 * with `progress` counting articles until it becomes null with the complete brief. Until every file is
 * read, the total counts each unread file as one article.
 */
export function openCorpus(paths: readonly string[], options: OpenCorpusOptions): OpenedCorpus {
	const shown = options.transform ?? ((brief: Brief) => brief);
	const store = createBriefStore({brief: shown(emptyBrief), progress: paths.length === 0 ? null : {done: 0, total: paths.length}, fresh: new Set()});
	const stop = new AbortController();
	let markRead: (loaded: LoadResult) => void = () => {};
	const read = new Promise<LoadResult>(resolve => {
		markRead = resolve;
	});
	// Work starts on the next turn of the event loop: a caller that draws right after this returns gets its
	// first frame out before any file is read, and before reading, caching, extraction and assembly are loaded.
	const done = nextTurn().then(async () => fill(paths, options, shown, store, stop.signal, markRead));
	const readOrFailed = Promise.race([read, done.then(result => result.loaded)]);
	// The caller may only look at the store; a failure must still not go unhandled.
	done.catch(() => {});
	readOrFailed.catch(() => {});
	return {store, read: readOrFailed, done, close: () => stop.abort(new Error('the corpus was closed'))};
}

async function fill(
	paths: readonly string[],
	options: OpenCorpusOptions,
	shown: (brief: Brief) => Brief,
	store: BriefStore & {set(next: BriefSnapshot): void},
	signal: AbortSignal,
	markRead: (loaded: LoadResult) => void,
): Promise<CorpusAnalysis> {
	const [{readArticles}, {analyseCorpus}, {assembleBrief}, {ProgressiveAssembly}] = await Promise.all([
		import('../load/readArticles.js'),
		import('./analyseCorpus.js'),
		import('../brief/assembleBrief.js'),
		import('./partialBrief.js'),
	]);
	const articles: RawArticle[] = [];
	const skipped: Skipped[] = [];
	let loaded: LoadResult | undefined;
	let total = paths.length;
	async function* slices() {
		for await (const slice of readArticles(paths, {maxBytes: options.maxBytes, cwd: options.cwd ?? process.cwd()})) {
			for (const article of slice.articles) articles.push(article);
			for (const skip of slice.skipped) skipped.push(skip);
			total += slice.articles.length - slice.files;
			yield slice.articles;
		}
		loaded = {articles, skipped, discovered: articles.length + skipped.length};
		markRead(loaded);
	}

	let published = 0;
	let lastAt = -Infinity;
	let interval = publishEveryMs;
	const assembly = new ProgressiveAssembly();
	const publish = (analysed: ReadonlyArray<AnalysedArticle | undefined>, done: number) => {
		const now = performance.now();
		if (done === published) {
			// Nothing new to show, but reading may have changed the total.
			const progress = store.getSnapshot().progress;
			if (progress !== null && progress.total !== total && now - lastAt >= publishEveryMs) {
				store.set({...store.getSnapshot(), progress: {done, total}});
				lastAt = now;
			}
			return;
		}
		// The first articles are shown at once; after that, at a pace the main thread can afford.
		if ((published > 0 && now - lastAt < interval) || done === total) return;
		// Once assembling in full gets slow, the cross-article stages run now and then, and the briefs between keep their findings.
		const brief = shown(assembly.brief(analysed.filter(item => item !== undefined), skipped));
		published = done;
		// A dashboard draws the new brief before `set` returns, so the pace counts the drawing too.
		store.set({brief, progress: {done, total}, fresh: new Set()});
		lastAt = performance.now();
		interval = Math.max(publishEveryMs, (lastAt - now) * publishCostFactor);
	};

	const analysed = await analyseCorpus(slices(), {...options, signal}, publish);
	const brief = shown(assembleBrief(analysed, skipped));
	store.set({brief, progress: null, fresh: new Set()});
	// Analysis has read the slices to the end, so the files are all read.
	return {brief, loaded: loaded!, analysed};
}
