import {availableParallelism} from 'node:os';
import {setImmediate as nextTurn} from 'node:timers/promises';
import type {AnalysedArticle} from '../brief/assembleBrief.js';
import {withoutText} from '../brief/withoutText.js';
import {ArticleCache, type CacheSettings} from '../cache/articleCache.js';
import {cacheDirectory} from '../cache/cacheDirectory.js';
import {extractorVersion} from '../cache/extractorVersion.js';
import type {RawArticle} from '../model.js';
import {type AnalysisPool, bundledWorkerEntry, startAnalysisPool} from '../workers/workerPool.js';

export interface AnalyseOptions {
	/** Read and write the per-article cache (`--no-cache` turns it off). */
	readonly cache: boolean;
	/** Cache location and extractor version; by default `cacheDirectory()` and `extractorVersion()`. */
	readonly cacheSettings?: CacheSettings;
	/** More articles than this left to extract are shared among worker threads. Default 200. */
	readonly workerThreshold?: number;
	/** Worker threads to use. Default: one per core. */
	readonly threads?: number;
	/** The script workers run; by default the running bundle (none when running from TypeScript source). */
	readonly workerEntry?: URL;
	/** False when the caller never shows article text: the results then come without it (see `withoutText`). Default true. */
	readonly withText?: boolean;
	/** Stops the analysis (the dashboard was closed while it ran): it then rejects with the signal's reason. */
	readonly signal?: AbortSignal;
}

/** The articles to analyse: all at once, or slices as they are read. */
export type RawSource = readonly RawArticle[] | AsyncIterable<readonly RawArticle[]>;

/** Articles analysed so far, by input index, and how many that is. */
export type OnProgress = (analysed: ReadonlyArray<AnalysedArticle | undefined>, done: number) => void;

/** Work on the main thread yields this often (ms), so keys and frames are handled while a corpus loads. */
const sliceMs = 8;
/** Articles extracted together on the main thread: a few for the stage-by-stage speed-up, not so many that a key waits. */
const mainThreadBatch = 4;

/**
 * Every article analysed, in input order: cached entries as they are read, the rest extracted on worker
 * threads once more than `workerThreshold` need it, else on this thread in short slices. `onProgress`
 * is told after each step. Articles read from a stream are let go once analysed: the caller decides
 * what stays in memory.
 */
export async function analyseCorpus(source: RawSource, options: AnalyseOptions, onProgress: OnProgress = () => {}): Promise<AnalysedArticle[]> {
	const settings = options.cache ? (options.cacheSettings ?? {directory: cacheDirectory(), version: extractorVersion()}) : null;
	const cache = settings === null ? null : new ArticleCache(settings);
	const keep = options.withText === false ? withoutText : (item: AnalysedArticle) => item;
	const entry = options.workerEntry ?? bundledWorkerEntry();
	const {signal} = options;
	const analysed: Array<AnalysedArticle | undefined> = [];
	let done = 0;
	let missing: Array<{index: number; raw: RawArticle}> = [];
	let pool: AnalysisPool | undefined;
	const report = () => onProgress(analysed, done);

	try {
		for await (const raws of Symbol.asyncIterator in source ? source : [source]) {
			signal?.throwIfAborted();
			const first = analysed.length;
			analysed.length += raws.length;
			await inSlices(raws.length, offset => {
				const raw = raws[offset]!;
				const hit = cache?.read(raw);
				if (hit === undefined) missing.push({index: first + offset, raw});
				else {
					analysed[first + offset] = keep(hit);
					done++;
				}
			}, report, signal);
			if (pool === undefined && entry !== undefined && missing.length > (options.workerThreshold ?? 200)) {
				pool = startAnalysisPool({threads: options.threads ?? availableParallelism(), cache: settings, entry, withText: options.withText !== false}, (indexes, batch) => {
					for (const [offset, result] of batch.entries()) analysed[indexes[offset]!] = result;
					done += batch.length;
					report();
				});
			}
			if (pool === undefined) continue;
			for (const {index, raw} of missing) {
				signal?.throwIfAborted();
				await pool.add(index, raw);
			}
			missing = [];
		}
		if (pool !== undefined) await pool.finish();
		else if (missing.length > 0) {
			// Extraction and its date parser are loaded only when this thread has to extract.
			const {analyseArticles} = await import('../brief/buildBrief.js');
			const batches = Math.ceil(missing.length / mainThreadBatch);
			await inSlices(batches, batch => {
				const some = missing.slice(batch * mainThreadBatch, (batch + 1) * mainThreadBatch);
				for (const [position, result] of analyseArticles(some.map(({raw}) => raw)).entries()) {
					const {index, raw} = some[position]!;
					cache?.write(raw, result);
					analysed[index] = keep(result);
					done++;
				}
			}, report, signal);
		}
	} finally {
		await pool?.stop();
	}
	return analysed as AnalysedArticle[];
}

/** Runs `step` for 0..count-1, yielding to the event loop every `sliceMs` and calling `afterSlice` then. */
async function inSlices(count: number, step: (index: number) => void, afterSlice: () => void, signal: AbortSignal | undefined): Promise<void> {
	let sliceStart = performance.now();
	for (let index = 0; index < count; index++) {
		step(index);
		if (performance.now() - sliceStart >= sliceMs) {
			afterSlice();
			await nextTurn();
			signal?.throwIfAborted();
			sliceStart = performance.now();
		}
	}
	if (count > 0) afterSlice();
}
