export {articleId, discover, InputError, loadArticles, type LoadOptions, type LoadResult} from './loadArticles.js';
export {decodeText, type Decoded} from './decode.js';
