import {cleanArticle} from '../clean/cleanArticle.js';
import {extractArticles} from '../extract/index.js';
import type {Brief, RawArticle, Skipped} from '../model.js';
import {type AnalysedArticle, assembleBrief} from './assembleBrief.js';

// Assembly lives apart from cleaning and extraction, so code that only assembles never loads the extractors.
export {assembleBrief, type AnalysedArticle} from './assembleBrief.js';

/**
 * Articles go through cleaning and extraction this many at a time: enough for the stage-by-stage speed-up of
 * `extractArticles`, few enough that the intermediate sentences and dates of a large corpus never pile up.
 */
const analysisBatch = 64;

/** Cleans and extracts each of `raws`, in their order. */
export function analyseArticles(raws: readonly RawArticle[]): AnalysedArticle[] {
	const analysed: AnalysedArticle[] = [];
	for (let first = 0; first < raws.length; first += analysisBatch) {
		const articles = raws.slice(first, first + analysisBatch).map(cleanArticle);
		const findings = extractArticles(articles);
		for (const [index, article] of articles.entries()) analysed.push({article, findings: findings[index]!});
	}
	return analysed;
}

export function analyseArticle(raw: RawArticle): AnalysedArticle {
	return analyseArticles([raw])[0]!;
}

/** The whole pipeline over loaded files: what the CLI and the library API use. */
export function buildBrief(loaded: {readonly articles: readonly RawArticle[]; readonly skipped: readonly Skipped[]}): Brief {
	return assembleBrief(analyseArticles(loaded.articles), loaded.skipped);
}
