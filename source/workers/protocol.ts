import type {CacheSettings} from '../cache/articleCache.js';
import type {RawArticle} from '../model.js';

/** Marks a thread started to analyse articles: the bundle re-entered in a worker looks for it first. */
export const analyseRole = 'ukraine-brief/analyse';

export interface AnalyseWorkerData {
	readonly role: typeof analyseRole;
	/** Set when each analysed article should also be written to the cache (off the main thread). */
	readonly cache: CacheSettings | null;
	/** False when articles go back without their text and blocks (see `withoutText`). */
	readonly withText: boolean;
}

export interface AnalyseRequest {
	readonly batch: number;
	readonly raws: readonly RawArticle[];
}

export type AnalyseReply =
	/** `analysed` is the batch's `AnalysedArticle[]` as JSON (see `readBatch`). */
	| {readonly kind: 'analysed'; readonly batch: number; readonly analysed: string}
	| {readonly kind: 'failed'; readonly batch: number; readonly message: string};

export function isAnalyseWorkerData(value: unknown): value is AnalyseWorkerData {
	return typeof value === 'object' && value !== null && (value as {role?: unknown}).role === analyseRole;
}
