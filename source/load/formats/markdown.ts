import {parseDocument} from 'yaml';
import type {ArticleMeta} from '../../model.js';
import {markdownToText} from './markdownToText.js';
import {metaText} from './metaText.js';
import {type ParsedEntry, skip} from './parsedEntry.js';
import {startsWithTitle} from './preCleanedArticle.js';
import {publishedDate} from './publishedDate.js';

const frontMatter = /^---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/;

/** A Markdown article: optional YAML front matter (title, source, published or date, url) and a body. */
export function readMarkdown(text: string): ParsedEntry[] {
	const match = frontMatter.exec(text);
	const body = markdownToText(match ? text.slice(match[0].length) : text);
	if (!match) return article(body, {});
	const document = parseDocument(match[1] ?? '', {prettyErrors: false});
	const error = document.errors[0];
	if (error) return skip(`malformed front matter: ${error.message.split('\n')[0]}`);
	const data: unknown = document.toJS();
	if (data === null || data === undefined) return article(body, {});
	if (typeof data !== 'object' || Array.isArray(data)) return skip('malformed front matter: expected "key: value" lines');
	const meta = metaFrom(data as Record<string, unknown>);
	const lines = body.split('\n');
	return article(startsWithTitle(lines, meta.title) ? lines.slice(1).join('\n') : body, meta);
}

function article(body: string, meta: ArticleMeta): ParsedEntry[] {
	if (body.trim() === '') return skip('no article text after the front matter');
	return [{kind: 'article', text: body, meta}];
}

function metaFrom(data: Record<string, unknown>): ArticleMeta {
	return {
		title: metaText(data['title']),
		source: metaText(data['source']),
		published: publishedDate(data['published'] ?? data['date']),
		url: metaText(data['url']),
	};
}
