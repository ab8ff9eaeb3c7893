import {manyItems} from './manyItems.js';
import {newsItem} from './newsItem.js';
import {type ParsedEntry, skip} from './parsedEntry.js';

/** A JSON export: an array of articles, an object with an `articles` or `items` array, or one article object. */
export function readJson(text: string): ParsedEntry[] {
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch (error) {
		return skip(`not valid JSON: ${(error as Error).message}`);
	}
	const items = articleList(data);
	if (items !== undefined) return manyItems(items.map((value, index) => ({item: index + 1, entry: newsItem(value)})), 'item');
	if (isArticleObject(data)) return [newsItem(data)];
	return skip('no articles: expected an array, an object with an "articles" or "items" array, or one article object');
}

/** JSON Lines: one article object per line; items are numbered by line. */
export function readJsonLines(text: string): ParsedEntry[] {
	const entries = text.split('\n').flatMap((line, index) => {
		if (line.trim() === '') return [];
		try {
			return [{item: index + 1, entry: newsItem(JSON.parse(line))}];
		} catch {
			return [{item: index + 1, entry: {kind: 'skip', reason: 'not valid JSON'} satisfies ParsedEntry}];
		}
	});
	return manyItems(entries, 'line');
}

function articleList(data: unknown): unknown[] | undefined {
	if (Array.isArray(data)) return data;
	if (typeof data !== 'object' || data === null) return undefined;
	const object = data as Record<string, unknown>;
	const list = object['articles'] ?? object['items'];
	return Array.isArray(list) ? list : undefined;
}

function isArticleObject(data: unknown): boolean {
	return typeof data === 'object' && data !== null && ['title', 'content', 'text', 'body'].some(key => key in data);
}
