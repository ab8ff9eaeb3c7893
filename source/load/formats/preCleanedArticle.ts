import {stripControls} from '../../clean/controls.js';
import {metaText} from './metaText.js';
import type {ParsedEntry} from './parsedEntry.js';
import {publishedDate} from './publishedDate.js';

export interface ArticleFields {
	readonly title?: unknown;
	readonly source?: unknown;
	readonly published?: unknown;
	readonly url?: unknown;
}

/**
 * An article whose body a structured format already separated from the page: paragraphs one per line,
 * with the title not repeated at the top of the body (the cleaning step puts it back from `meta.title`).
 */
export function preCleanedArticle(lines: readonly string[], fields: ArticleFields): ParsedEntry {
	const title = metaText(fields.title);
	const body = lines.map(line => stripControls(line).replace(/\s+/g, ' ').trim()).filter(line => line !== '');
	if (startsWithTitle(body, title)) body.shift();
	if (body.length === 0) return {kind: 'skip', reason: 'no article text'};
	return {
		kind: 'article',
		text: body.join('\n'),
		meta: {title, source: metaText(fields.source), published: publishedDate(fields.published), url: metaText(fields.url)},
		preCleaned: true,
	};
}

/** Whether the first line repeats the title (letters and digits compared, case folded). */
export function startsWithTitle(lines: readonly string[], title: string | undefined): boolean {
	const fold = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
	return title !== undefined && lines[0] !== undefined && fold(lines[0]) === fold(title);
}

/** Plain text with its own line breaks: one paragraph per non-blank line. */
export function plainLines(text: string): string[] {
	return text.split(/\r\n?|\n/);
}
