import type {AnalysedArticle} from '../brief/assembleBrief.js';

/*
 * Workers send their results as JSON rather than as cloned objects, for what the main thread keeps of a
 * large corpus: a string cut from an article's text is stored two bytes a character even when it holds
 * only Latin-1 (most sentences do), and a clone keeps that, while JSON.parse makes it one byte a
 * character. And a clone, like JSON, copies a string for every place it appears: an article's id in each
 * finding, a sentence both a figure and a report quote. Strings read twice in one batch are kept once.
 */

/** A worker's batch of analysed articles, from the JSON it sent. */
export function readBatch(json: string): AnalysedArticle[] {
	return shareStrings(JSON.parse(json) as unknown, new Map()) as AnalysedArticle[];
}

/** Replaces, in place, each string in `value` that `seen` already holds by the one held there. */
function shareStrings(value: unknown, seen: Map<string, string>): unknown {
	if (typeof value !== 'object' || value === null) return value;
	const record = value as Record<string, unknown>;
	for (const key of Object.keys(record)) {
		const item = record[key];
		if (typeof item === 'string') {
			const held = seen.get(item);
			if (held === undefined) seen.set(item, item);
			else record[key] = held;
		} else shareStrings(item, seen);
	}
	return value;
}
