import {setImmediate as nextTurn} from 'node:timers/promises';
import {assembleBrief, type AnalysedArticle} from '../brief/buildBrief.js';
import {type BriefSnapshot, type BriefStore, createBriefStore} from '../brief/store.js';
import type {LoadResult} from '../load/index.js';
import type {Brief} from '../model.js';
import {analyseCorpus, type AnalyseOptions} from './analyseCorpus.js';
import {partialBrief} from './partialBrief.js';

export interface OpenCorpusOptions extends AnalyseOptions {
	/** Applied to every brief before it is shown (`--since` keeps only what is new). */
	readonly transform?: (brief: Brief) => Brief;
}

export interface CorpusAnalysis {
	/** The complete brief, as the store shows it at the end (transformed). */
	readonly brief: Brief;
	/** Every loaded article analysed, in load order: a watch mode can start from it. */
	readonly analysed: readonly AnalysedArticle[];
}

export interface OpenedCorpus {
	readonly store: BriefStore & {set(next: BriefSnapshot): void};
	/** Settles when the brief is complete and the store's progress is null; rejects if analysis fails. */
	readonly done: Promise<CorpusAnalysis>;
}

/** Partial briefs are published at most this often (ms)... */
const publishEveryMs = 100;
/** ... and never more often than this many times the cost of assembling one, so the main thread stays free. */
const publishCostFactor = 4;
/** A partial brief is assembled in full (speakers, groups, merged developments) while that costs less than this (ms). */
const fullAssemblyMs = 10;

/**
 * A store for the loaded files that can be shown at once and then fills in: cached articles first, then
 * the rest as extraction proceeds (in order, so the first headlines come first), with `progress`
 * counting articles until it becomes null with the complete brief.
 */
export function openCorpus(loaded: LoadResult, options: OpenCorpusOptions): OpenedCorpus {
	const shown = options.transform ?? ((brief: Brief) => brief);
	const total = loaded.articles.length;
	const store = createBriefStore({brief: shown(assembleBrief([], loaded.skipped)), progress: total === 0 ? null : {done: 0, total}, fresh: new Set()});

	let published = 0;
	let lastAt = 0;
	let interval = publishEveryMs;
	let assemble = assembleBrief;
	const publish = (analysed: ReadonlyArray<AnalysedArticle | undefined>, done: number) => {
		const now = performance.now();
		// The first articles are shown at once; after that, at a pace the main thread can afford.
		if (done === published || (published > 0 && now - lastAt < interval) || done === total) return;
		const brief = shown(assemble(analysed.filter(item => item !== undefined), loaded.skipped));
		lastAt = performance.now();
		// Once assembling in full gets slow, the cross-article stages wait for the end: keys must not wait for them.
		if (lastAt - now > fullAssemblyMs) assemble = partialBrief;
		interval = Math.max(publishEveryMs, (lastAt - now) * publishCostFactor);
		published = done;
		store.set({brief, progress: {done, total}, fresh: new Set()});
	};

	// Work starts on the next turn of the event loop: a caller that draws right after this returns
	// gets its first frame out before any article is read from the cache or sent for extraction.
	const done = nextTurn().then(async () => analyseCorpus(loaded.articles, options, publish)).then(analysed => {
		const brief = shown(assembleBrief(analysed, loaded.skipped));
		store.set({brief, progress: null, fresh: new Set()});
		return {brief, analysed};
	});
	// The caller may only look at the store; a failure must still not go unhandled.
	done.catch(() => {});
	return {store, done};
}
