import {htmlFragmentLines, looksLikeHtml} from './htmlToText.js';
import type {ParsedEntry} from './parsedEntry.js';
import {plainLines, preCleanedArticle} from './preCleanedArticle.js';

type JsonObject = Record<string, unknown>;

// News APIs cut `content` on free plans and say so: "… [+3021 chars]".
const truncationMark = /\[\+\d+ chars\]\s*$/;

/**
 * One article object as common news APIs and exports write it: `title`, `source.name` or `source`,
 * `publishedAt` / `published` / `date`, `content` / `text` / `body` (plain text or HTML), `url`.
 */
export function newsItem(value: unknown): ParsedEntry {
	if (typeof value !== 'object' || value === null || Array.isArray(value)) return {kind: 'skip', reason: 'not an article object'};
	const item = value as JsonObject;
	const body = [item['content'], item['text'], item['body']].find(field => typeof field === 'string' && field.trim() !== '');
	if (typeof body !== 'string') return {kind: 'skip', reason: 'no text: none of content, text or body is set'};
	if (truncationMark.test(body)) return {kind: 'skip', reason: 'only a truncated excerpt of the article (the API cut the content)'};
	const source = item['source'];
	return preCleanedArticle(looksLikeHtml(body) ? htmlFragmentLines(body) : plainLines(body), {
		title: item['title'],
		source: typeof source === 'object' && source !== null ? (source as JsonObject)['name'] : source,
		published: item['publishedAt'] ?? item['published'] ?? item['date'] ?? item['pubDate'],
		url: item['url'] ?? item['link'],
	});
}
