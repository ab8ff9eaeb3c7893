import {formatOf} from './articleFormats.js';
import {decodeText} from './decode.js';
import {readMarkdown} from './formats/markdown.js';
import {type ParsedEntry, skip} from './formats/parsedEntry.js';

/** Turns one file's bytes into articles (or skip reasons), by the format its extension names. Pure. */
export function readArticleFile(path: string, bytes: Uint8Array): ParsedEntry[] {
	const decoded = decodeText(bytes);
	if ('skip' in decoded) return skip(decoded.skip);
	if (decoded.text.trim() === '') return skip('empty file (only whitespace)');
	switch (formatOf(path)) {
		case 'markdown':
			return readMarkdown(decoded.text);
		default:
			return [{kind: 'article', text: decoded.text, meta: {}}];
	}
}
