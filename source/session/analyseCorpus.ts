import {availableParallelism} from 'node:os';
import {setImmediate as nextTurn} from 'node:timers/promises';
import {analyseArticle, type AnalysedArticle} from '../brief/buildBrief.js';
import {ArticleCache, type CacheSettings} from '../cache/articleCache.js';
import {cacheDirectory} from '../cache/cacheDirectory.js';
import {extractorVersion} from '../cache/extractorVersion.js';
import type {RawArticle} from '../model.js';
import {analyseInWorkers, bundledWorkerEntry} from '../workers/workerPool.js';

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
}

/** Articles analysed so far, by input index, and how many that is. */
export type OnProgress = (analysed: ReadonlyArray<AnalysedArticle | undefined>, done: number) => void;

/** Work on the main thread yields this often (ms), so keys and frames are handled while a corpus loads. */
const sliceMs = 8;

/**
 * Every article analysed, in input order: cached entries first, the rest extracted on worker threads
 * when there are many, else on this thread in short slices. `onProgress` is told after each step.
 */
export async function analyseCorpus(raws: readonly RawArticle[], options: AnalyseOptions, onProgress: OnProgress = () => {}): Promise<AnalysedArticle[]> {
	const settings = options.cache ? (options.cacheSettings ?? {directory: cacheDirectory(), version: extractorVersion()}) : null;
	const cache = settings === null ? null : new ArticleCache(settings);
	const analysed = new Array<AnalysedArticle | undefined>(raws.length);
	let done = 0;
	const missing: number[] = [];

	await inSlices(raws.length, index => {
		const hit = cache?.read(raws[index]!);
		if (hit === undefined) missing.push(index);
		else {
			analysed[index] = hit;
			done++;
		}
	}, () => onProgress(analysed, done));

	const entry = options.workerEntry ?? bundledWorkerEntry();
	if (entry !== undefined && missing.length > (options.workerThreshold ?? 200)) {
		const threads = options.threads ?? availableParallelism();
		await analyseInWorkers(missing.map(index => raws[index]!), {threads, cache: settings, entry}, (first, batch) => {
			for (const [offset, result] of batch.entries()) analysed[missing[first + offset]!] = result;
			done += batch.length;
			onProgress(analysed, done);
		});
	} else {
		await inSlices(missing.length, position => {
			const raw = raws[missing[position]!]!;
			const result = analyseArticle(raw);
			cache?.write(raw, result);
			analysed[missing[position]!] = result;
			done++;
		}, () => onProgress(analysed, done));
	}
	return analysed as AnalysedArticle[];
}

/** Runs `step` for 0..count-1, yielding to the event loop every `sliceMs` and calling `afterSlice` then. */
async function inSlices(count: number, step: (index: number) => void, afterSlice: () => void): Promise<void> {
	let sliceStart = performance.now();
	for (let index = 0; index < count; index++) {
		step(index);
		if (performance.now() - sliceStart >= sliceMs) {
			afterSlice();
			await nextTurn();
			sliceStart = performance.now();
		}
	}
	if (count > 0) afterSlice();
}
