/**
 * The source view's wrapped article lines (see `text/wrapText.ts`) read for a finding: the line that holds
 * it and how each line splits at its sentence and span, so it is found and highlighted after any resize.
 */
import type {Span} from '../model.js';
import type {TextLine} from '../text/wrapText.js';

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
