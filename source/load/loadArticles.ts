import type {RawArticle, Skipped} from '../model.js';
import {discover} from './discover.js';
import {readArticles} from './readArticles.js';

export {articleId} from './articleId.js';
export {discover} from './discover.js';
export {InputError} from './inputError.js';

export interface LoadOptions {
	/** Files larger than this are skipped. Default 5 MiB. */
	readonly maxBytes?: number;
	/** Directory relative inputs are resolved against. Default `process.cwd()`. */
	readonly cwd?: string;
}

export interface LoadResult {
	readonly articles: RawArticle[];
	readonly skipped: Skipped[];
	/** Every article the inputs hold: `articles.length + skipped.length` (a file of many articles counts each). */
	readonly discovered: number;
}

const defaultMaxBytes = 5 * 1024 * 1024;

/**
 * Finds and reads every article the inputs name. Unreadable or unusable files never fail the load: each is
 * listed in `skipped` with a reason a person understands. Throws InputError for an input that names nothing.
 */
export async function loadArticles(inputs: readonly string[], options: LoadOptions = {}): Promise<LoadResult> {
	const cwd = options.cwd ?? process.cwd();
	const paths = await discover(inputs, {cwd});
	const articles: RawArticle[] = [];
	const skipped: Skipped[] = [];
	for await (const slice of readArticles(paths, {cwd, maxBytes: options.maxBytes ?? defaultMaxBytes})) {
		// One by one: a feed of many items can hold more articles than a call takes arguments.
		for (const article of slice.articles) articles.push(article);
		for (const skip of slice.skipped) skipped.push(skip);
	}
	return {articles, skipped, discovered: articles.length + skipped.length};
}
