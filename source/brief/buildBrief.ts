import {cleanArticle} from '../clean/cleanArticle.js';
import {extractArticle} from '../extract/index.js';
import type {Brief, RawArticle, Skipped} from '../model.js';
import {type AnalysedArticle, assembleBrief} from './assembleBrief.js';

// Assembly lives apart from cleaning and extraction, so code that only assembles never loads the extractors.
export {assembleBrief, type AnalysedArticle} from './assembleBrief.js';

export function analyseArticle(raw: RawArticle): AnalysedArticle {
	const article = cleanArticle(raw);
	return {article, findings: extractArticle(article)};
}

/** The whole pipeline over loaded files: what the CLI and the library API use. */
export function buildBrief(loaded: {readonly articles: readonly RawArticle[]; readonly skipped: readonly Skipped[]}): Brief {
	return assembleBrief(loaded.articles.map(analyseArticle), loaded.skipped);
}
