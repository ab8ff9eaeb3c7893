import {existsSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {Worker} from 'node:worker_threads';
import type {AnalysedArticle} from '../brief/buildBrief.js';
import type {CacheSettings} from '../cache/articleCache.js';
import type {RawArticle} from '../model.js';
import {analyseRole, type AnalyseReply, type AnalyseRequest, type AnalyseWorkerData} from './protocol.js';

export interface PoolOptions {
	readonly threads: number;
	readonly cache: CacheSettings | null;
	/** The script the workers run: the worker bundle (see `bundledWorkerEntry`). */
	readonly entry: URL;
}

/** A batch carries about this much text: small enough for steady progress, large enough that messages stay cheap. */
const batchChars = 48 * 1024;
/** Batches queued per worker, so it never waits for the main thread between two of them. */
const inFlightPerWorker = 2;

/**
 * `worker.js` beside the bundle this module was bundled into (`dist/worker.js`, built from
 * `analyseWorker.ts`). Undefined when there is none, as when running from TypeScript source.
 */
export function bundledWorkerEntry(): URL | undefined {
	const url = new URL('worker.js', import.meta.url);
	return /\.[cm]?js$/.test(new URL(import.meta.url).pathname) && existsSync(fileURLToPath(url)) ? url : undefined;
}

function batchesOf(raws: readonly RawArticle[]): Array<{first: number; raws: readonly RawArticle[]}> {
	const batches: Array<{first: number; raws: RawArticle[]}> = [];
	let chars = batchChars;
	for (const [index, raw] of raws.entries()) {
		if (chars >= batchChars) {
			batches.push({first: index, raws: []});
			chars = 0;
		}
		batches.at(-1)!.raws.push(raw);
		chars += raw.text.length;
	}
	return batches;
}

/**
 * Cleans and extracts `raws` on worker threads, handing batches out in input order so the start of
 * the corpus comes back first. `onAnalysed` gets each batch with the index of its first article.
 */
export async function analyseInWorkers(
	raws: readonly RawArticle[],
	options: PoolOptions,
	onAnalysed: (first: number, analysed: readonly AnalysedArticle[]) => void,
): Promise<void> {
	const batches = batchesOf(raws);
	if (batches.length === 0) return;
	const workerData: AnalyseWorkerData = {role: analyseRole, cache: options.cache};
	const workers = Array.from({length: Math.max(1, Math.min(options.threads, batches.length))}, () => new Worker(options.entry, {workerData}));
	try {
		await new Promise<void>((resolve, reject) => {
			let next = 0;
			let finished = 0;
			const send = (worker: Worker) => {
				if (next >= batches.length) return;
				const batch = next++;
				worker.postMessage({batch, raws: batches[batch]!.raws} satisfies AnalyseRequest);
			};
			for (const worker of workers) {
				worker.on('message', (reply: AnalyseReply) => {
					if (reply.kind === 'failed') {
						reject(new Error(reply.message));
						return;
					}
					onAnalysed(batches[reply.batch]!.first, reply.analysed);
					if (++finished === batches.length) resolve();
					else send(worker);
				});
				worker.on('error', reject);
				worker.on('exit', code => reject(new Error(`an analysis worker stopped (exit code ${code})`)));
				for (let slot = 0; slot < inFlightPerWorker; slot++) send(worker);
			}
		});
	} finally {
		await Promise.all(workers.map(async worker => worker.terminate()));
	}
}
