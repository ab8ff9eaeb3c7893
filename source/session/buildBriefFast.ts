import {assembleBrief} from '../brief/buildBrief.js';
import type {LoadResult} from '../load/index.js';
import type {Brief} from '../model.js';
import {analyseCorpus, type AnalyseOptions} from './analyseCorpus.js';

/** The whole brief at once (for `--json`, `--markdown`, `--print`), using the cache and worker threads. */
export async function buildBriefFast(loaded: LoadResult, options: AnalyseOptions): Promise<Brief> {
	return assembleBrief(await analyseCorpus(loaded.articles, options), loaded.skipped);
}
