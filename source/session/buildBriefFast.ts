import {assembleBrief} from '../brief/assembleBrief.js';
import {readArticles} from '../load/readArticles.js';
import type {Brief, Skipped} from '../model.js';
import {analyseCorpus, type AnalyseOptions} from './analyseCorpus.js';

export interface FastOptions extends Omit<AnalyseOptions, 'withText' | 'signal'> {
	/** Files larger than this are skipped. */
	readonly maxBytes: number;
	/** Directory relative paths are resolved against. Default `process.cwd()`. */
	readonly cwd?: string;
}

/**
 * The whole brief at once for the printed outputs (`--json`, `--markdown`, `--print`), using the cache
 * and worker threads. Files are read as the workers take them and each article's text is let go once
 * it is analysed, so a large corpus is never held in memory whole: the brief's articles carry no text
 * or blocks, which those outputs never print.
 */
export async function buildBriefFast(paths: readonly string[], options: FastOptions): Promise<Brief> {
	const skipped: Skipped[] = [];
	async function* slices() {
		for await (const slice of readArticles(paths, {maxBytes: options.maxBytes, cwd: options.cwd ?? process.cwd()})) {
			for (const skip of slice.skipped) skipped.push(skip);
			yield slice.articles;
		}
	}
	return assembleBrief(await analyseCorpus(slices(), {...options, withText: false}), skipped);
}
