/** The library API: the same model the CLI uses. */
export {loadArticles, InputError} from './load/index.js';
export type {LoadOptions, LoadResult} from './load/index.js';
export {buildBrief, assembleBrief, analyseArticle, analyseArticles} from './brief/buildBrief.js';
export type {AnalysedArticle} from './brief/buildBrief.js';
export {toJson} from './brief/toJson.js';
export {plainText} from './brief/plainText.js';
export {cleanArticle} from './clean/cleanArticle.js';
export {extractArticle, extractArticles} from './extract/index.js';
export type * from './model.js';
