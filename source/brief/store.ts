import type {Brief} from '../model.js';

/** The brief of no articles: what a dashboard shows before the first ones are in. */
export const emptyBrief: Brief = {version: 1, articles: [], headlines: [], figures: [], quotes: [], developments: [], figureGroups: [], speakers: [], skipped: []};

/** Progress of a load that is still running; null once everything is in. */
export interface LoadProgress {
	readonly done: number;
	readonly total: number;
}

export interface BriefSnapshot {
	readonly brief: Brief;
	readonly progress: LoadProgress | null;
	/** Keys of developments that arrived after the first complete load (see `developmentKey`). */
	readonly fresh: ReadonlySet<string>;
}

/**
 * A brief that may change while it is shown (progressive loading, watch mode).
 * Shaped for React's `useSyncExternalStore`; no React here.
 */
export interface BriefStore {
	getSnapshot(): BriefSnapshot;
	subscribe(listener: () => void): () => void;
}

/** A store whose snapshot is replaced as a whole; listeners are told after each replacement. */
export function createBriefStore(initial: BriefSnapshot): BriefStore & {set(next: BriefSnapshot): void} {
	let snapshot = initial;
	const listeners = new Set<() => void>();
	return {
		getSnapshot: () => snapshot,
		subscribe(listener) {
			listeners.add(listener);
			return () => listeners.delete(listener);
		},
		set(next) {
			snapshot = next;
			for (const listener of listeners) listener();
		},
	};
}
