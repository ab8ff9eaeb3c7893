/**
 * Word-wrapping for display: lines that remember their character offsets. Linear in the text's length,
 * whatever its shape: one unbroken string or a paragraph of 100,000 characters wraps as fast as prose.
 */
import stringWidth from 'string-width';
import {memoised} from '../memo.js';
import {displayWidth} from './width.js';

/** One screen line: the half-open range `[start, end)` of the article text it shows. */
export interface TextLine {
	readonly start: number;
	readonly end: number;
}

// Characters recur: each one's width is worked out once (string-width costs microseconds a call).
const charWidth = memoised(stringWidth, 4096);

function hardSplit(text: string, start: number, end: number, width: number, out: TextLine[]): number {
	// A word wider than the screen (a URL, a long compound) is cut at the column limit.
	let lineStart = start;
	let used = 0;
	let i = start;
	for (const char of text.slice(start, end)) {
		const w = charWidth(char);
		if (used + w > width && i > lineStart) {
			out.push({start: lineStart, end: i});
			lineStart = i;
			used = 0;
		}
		used += w;
		i += char.length;
	}
	return lineStart;
}

function wrapParagraph(text: string, from: number, to: number, width: number, out: TextLine[]): void {
	const words = /\S+/g;
	words.lastIndex = from;
	let lineStart = -1;
	let lineEnd = -1;
	let used = 0;
	for (let match = words.exec(text); match !== null && match.index < to; match = words.exec(text)) {
		const start = match.index;
		const end = Math.min(start + match[0].length, to);
		const w = displayWidth(text.slice(start, end));
		const gap = lineStart === -1 ? 0 : start - lineEnd;
		if (lineStart !== -1 && used + gap + w <= width) {
			used += gap + w;
			lineEnd = end;
			continue;
		}
		if (lineStart !== -1) out.push({start: lineStart, end: lineEnd});
		if (w > width) {
			lineStart = hardSplit(text, start, end, width, out);
			used = displayWidth(text.slice(lineStart, end));
		} else {
			lineStart = start;
			used = w;
		}
		lineEnd = end;
	}
	out.push(lineStart === -1 ? {start: from, end: from} : {start: lineStart, end: lineEnd});
}

/** Wraps `text` (paragraphs separated by `\n`) into lines of at most `width` columns. */
export function wrapText(text: string, width: number): TextLine[] {
	const lines: TextLine[] = [];
	const safeWidth = Math.max(1, width);
	let from = 0;
	while (from <= text.length) {
		const newline = text.indexOf('\n', from);
		const to = newline === -1 ? text.length : newline;
		wrapParagraph(text, from, to, safeWidth, lines);
		from = to + 1;
	}
	return lines;
}

/** `text` (already one safe line, or paragraphs separated by `\n`) wrapped to `width` columns, as strings. */
export function wrappedLines(text: string, width: number): string[] {
	return wrapText(text, width).map(line => text.slice(line.start, line.end));
}
