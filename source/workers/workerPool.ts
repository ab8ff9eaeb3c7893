import {existsSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {Worker} from 'node:worker_threads';
import type {AnalysedArticle} from '../brief/assembleBrief.js';
import type {CacheSettings} from '../cache/articleCache.js';
import type {RawArticle} from '../model.js';
import {analyseRole, type AnalyseReply, type AnalyseRequest, type AnalyseWorkerData} from './protocol.js';
import {readBatch} from './readBatch.js';

export interface PoolOptions {
	readonly threads: number;
	readonly cache: CacheSettings | null;
	/** The script the workers run: the worker bundle (see `bundledWorkerEntry`). */
	readonly entry: URL;
	/** False when the caller never shows article text: workers then send articles back without it. */
	readonly withText: boolean;
}

/** Told of each batch analysed: the index `add` was given for each article, and its analysis. */
export type OnAnalysed = (indexes: readonly number[], analysed: readonly AnalysedArticle[]) => void;

export interface AnalysisPool {
	/** Queues `raw` as article `index`; settles once the pool can take more, so a reader never runs far ahead of the workers. */
	add(index: number, raw: RawArticle): Promise<void>;
	/** Settles when every queued article is analysed, then stops the workers; rejects if analysis failed. */
	finish(): Promise<void>;
	/** Stops the workers at once, dropping what is queued. */
	stop(): Promise<void>;
}

interface Batch {
	readonly indexes: number[];
	readonly raws: RawArticle[];
	chars: number;
}

/**
 * A batch carries about this much text: small enough for steady progress, large enough that messages stay cheap
 * and that extraction's stages each run over many articles at once (see `extractArticles`).
 */
const batchChars = 128 * 1024;
/** Batches sent to each worker at a time, so it never waits for the main thread between two of them. */
const inFlightPerWorker = 2;
/** Batches waiting for a worker, per worker, before `add` makes its caller wait: read text is held only this far ahead. */
const queuedPerWorker = 1;
/**
 * A worker's young generation, in MB. Extraction makes many short-lived strings, and with V8's default
 * (up to 48 MB) each thread's heap holds several times what is live; a small one costs little speed.
 */
const youngGenerationMb = 6;

/**
 * `worker.js` beside the bundle this module was bundled into (`dist/worker.js`, built from
 * `analyseWorker.ts`). Undefined when there is none, as when running from TypeScript source.
 */
export function bundledWorkerEntry(): URL | undefined {
	const url = new URL('worker.js', import.meta.url);
	return /\.[cm]?js$/.test(new URL(import.meta.url).pathname) && existsSync(fileURLToPath(url)) ? url : undefined;
}

/**
 * Worker threads that clean and extract articles as they are added, batch by batch in the order they
 * came, so the start of the corpus comes back first.
 */
export function startAnalysisPool(options: PoolOptions, onAnalysed: OnAnalysed): AnalysisPool {
	const workerData: AnalyseWorkerData = {role: analyseRole, cache: options.cache, withText: options.withText};
	const workers = Array.from({length: Math.max(1, options.threads)}, () => ({
		thread: new Worker(options.entry, {workerData, resourceLimits: {maxYoungGenerationSizeMb: youngGenerationMb}}),
		inFlight: 0,
	}));
	const queued: Batch[] = [];
	const sent = new Map<number, Batch>();
	let filling: Batch = {indexes: [], raws: [], chars: 0};
	let nextBatch = 0;
	let failure: Error | undefined;
	let stopped = false;
	// Callers waiting for room (add) or for the end (finish).
	let waiters: Array<{resolve: () => void; reject: (error: Error) => void; ready: () => boolean}> = [];

	const settle = () => {
		const waiting = waiters;
		waiters = [];
		for (const waiter of waiting) {
			if (failure !== undefined) waiter.reject(failure);
			else if (waiter.ready()) waiter.resolve();
			else waiters.push(waiter);
		}
	};
	const wait = async (ready: () => boolean) =>
		failure !== undefined ? Promise.reject(failure) : ready() ? undefined : new Promise<void>((resolve, reject) => waiters.push({resolve, reject, ready}));
	const fail = (error: Error) => {
		if (stopped) return;
		failure ??= error;
		settle();
	};
	const dispatch = () => {
		for (const worker of workers) {
			while (worker.inFlight < inFlightPerWorker && queued.length > 0) {
				const batch = queued.shift()!;
				const id = nextBatch++;
				sent.set(id, batch);
				worker.inFlight++;
				worker.thread.postMessage({batch: id, raws: batch.raws} satisfies AnalyseRequest);
			}
		}
	};
	const enqueue = () => {
		if (filling.raws.length === 0) return;
		queued.push(filling);
		filling = {indexes: [], raws: [], chars: 0};
		dispatch();
	};

	for (const worker of workers) {
		worker.thread.on('message', (reply: AnalyseReply) => {
			if (reply.kind === 'failed') return fail(new Error(reply.message));
			const batch = sent.get(reply.batch)!;
			sent.delete(reply.batch);
			worker.inFlight--;
			onAnalysed(batch.indexes, readBatch(reply.analysed));
			dispatch();
			settle();
		});
		worker.thread.on('error', fail);
		worker.thread.on('exit', code => fail(new Error(`an analysis worker stopped (exit code ${code})`)));
	}

	const stop = async () => {
		stopped = true;
		await Promise.all(workers.map(async worker => worker.thread.terminate()));
	};
	const room = () => queued.length <= queuedPerWorker * workers.length;
	return {
		async add(index, raw) {
			filling.indexes.push(index);
			filling.raws.push(raw);
			filling.chars += raw.text.length;
			if (filling.chars >= batchChars) enqueue();
			return wait(room);
		},
		async finish() {
			enqueue();
			try {
				await wait(() => queued.length === 0 && sent.size === 0);
			} finally {
				await stop();
			}
		},
		stop,
	};
}
