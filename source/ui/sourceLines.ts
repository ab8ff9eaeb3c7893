/**
 * Article text laid out for the source view: word-wrapped lines that remember their character
 * offsets, so a finding's span can be found on screen and highlighted after any resize.
 */
import stringWidth from 'string-width';
import type {Span} from '../model.js';

/** One screen line: the half-open range `[start, end)` of the article text it shows. */
export interface TextLine {
	readonly start: number;
	readonly end: number;
}

function hardSplit(text: string, start: number, end: number, width: number, out: TextLine[]): number {
	// A word wider than the screen (a URL, a long compound) is cut at the column limit.
	let lineStart = start;
	let used = 0;
	let i = start;
	for (const char of text.slice(start, end)) {
		const w = stringWidth(char);
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
		const w = stringWidth(text.slice(start, end));
		const gap = lineStart === -1 ? 0 : start - lineEnd;
		if (lineStart !== -1 && used + gap + w <= width) {
			used += gap + w;
			lineEnd = end;
			continue;
		}
		if (lineStart !== -1) out.push({start: lineStart, end: lineEnd});
		if (w > width) {
			lineStart = hardSplit(text, start, end, width, out);
			used = stringWidth(text.slice(lineStart, end));
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

/** The line holding character `offset` (the last line when past the end). */
export function lineOf(lines: readonly TextLine[], offset: number): number {
	let low = 0;
	let high = lines.length - 1;
	while (low < high) {
		const mid = Math.ceil((low + high) / 2);
		if ((lines[mid]?.start ?? 0) <= offset) low = mid;
		else high = mid - 1;
	}
	return Math.max(0, low);
}

/** A piece of a line and how it relates to the finding being shown. */
export interface Segment {
	readonly text: string;
	readonly mark: 'none' | 'sentence' | 'span';
}

/** Splits one line at the sentence and span boundaries. */
export function segmentLine(text: string, line: TextLine, sentence: Span, span: Span): Segment[] {
	const cuts = new Set([line.start, line.end]);
	for (const at of [sentence.start, sentence.end, span.start, span.end]) if (at > line.start && at < line.end) cuts.add(at);
	const points = [...cuts].sort((a, b) => a - b);
	const segments: Segment[] = [];
	for (let i = 0; i + 1 < points.length; i++) {
		const start = points[i] ?? 0;
		const end = points[i + 1] ?? start;
		const mark = start >= span.start && end <= span.end ? 'span' : start >= sentence.start && end <= sentence.end ? 'sentence' : 'none';
		segments.push({text: text.slice(start, end), mark});
	}
	return segments;
}

/** Lines kept above the finding when the view jumps to it, so its context shows. */
export const leadLines = 2;

/** First visible line: the anchor line minus the lead, moved by the user's scrolling, kept in range. */
export function sourceTop(anchorLine: number, scroll: number, lineCount: number, page: number): number {
	const maxTop = Math.max(0, lineCount - page);
	return Math.max(0, Math.min(maxTop, anchorLine - leadLines + scroll));
}
