import {formatOf} from './articleFormats.js';
import {decodeText} from './decode.js';
import {readFeed} from './formats/feed.js';
import {readHtml} from './formats/html.js';
import {readJson, readJsonLines} from './formats/json.js';
import {readMarkdown} from './formats/markdown.js';
import {type ParsedEntry, skip} from './formats/parsedEntry.js';

/** Turns one file's bytes into articles (or skip reasons), by the format its extension names. Pure. */
export function readArticleFile(path: string, bytes: Uint8Array): ParsedEntry[] {
	const format = formatOf(path);
	// A page declares its own character set, so it decodes its own bytes.
	if (format === 'html') return readHtml(bytes);
	const decoded = decodeText(bytes);
	if ('skip' in decoded) return skip(decoded.skip);
	if (decoded.text.trim() === '') return skip('empty file (only whitespace)');
	switch (format) {
		case 'markdown':
			return readMarkdown(decoded.text);
		case 'json':
			return readJson(decoded.text);
		case 'jsonl':
			return readJsonLines(decoded.text);
		case 'feed':
			return readFeed(decoded.text);
		case 'text':
			return [{kind: 'article', text: decoded.text, meta: {}}];
	}
}
