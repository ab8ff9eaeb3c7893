import {formatOf} from './articleFormats.js';
import {decodeText} from './decode.js';
import {type ParsedEntry, skip} from './formats/parsedEntry.js';

/**
 * Turns one file's bytes into articles (or skip reasons), by the format its extension names. Pure. The
 * reader of a structured format, with its parser (linkedom and Readability, yaml, fast-xml-parser), is
 * imported when the first file of that format is met, so a folder of plain text never loads them.
 */
export async function readArticleFile(path: string, bytes: Uint8Array): Promise<ParsedEntry[]> {
	const format = formatOf(path);
	// A page declares its own character set, so it decodes its own bytes.
	if (format === 'html') return (await import('./formats/html.js')).readHtml(bytes);
	const decoded = decodeText(bytes);
	if ('skip' in decoded) return skip(decoded.skip);
	if (decoded.text.trim() === '') return skip('empty file (only whitespace)');
	switch (format) {
		case 'markdown':
			return (await import('./formats/markdown.js')).readMarkdown(decoded.text);
		case 'json':
			return (await import('./formats/json.js')).readJson(decoded.text);
		case 'jsonl':
			return (await import('./formats/json.js')).readJsonLines(decoded.text);
		case 'feed':
			return (await import('./formats/feed.js')).readFeed(decoded.text);
		case 'text':
			return [{kind: 'article', text: decoded.text, meta: {}}];
	}
}
