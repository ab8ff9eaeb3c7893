import cliTruncate from 'cli-truncate';
import {toSafeLine} from '../clean/controls.js';
import {displayWidth} from '../text/width.js';
import {wrapText} from '../text/wrapText.js';

/** Display width in terminal columns (wide and combining characters counted as the terminal does). */
export const widthOf: (text: string) => number = displayWidth;

/**
 * One display line: controls removed, newlines folded, cut to `width` columns with an ellipsis. Of a long
 * text only its start is measured: `width` columns never show more than `4 * width` UTF-16 units of it.
 */
export function fit(text: string, width: number): string {
	if (width <= 0) return '';
	let keep = 4 * width + 8;
	const cut = text.length > keep;
	// Never keep half of a surrogate pair.
	if (cut && text.charCodeAt(keep - 1) >= 0xd800 && text.charCodeAt(keep - 1) < 0xdc00) keep--;
	const line = toSafeLine(cut ? text.slice(0, keep) : text);
	if (displayWidth(line) <= width) return cut ? cliTruncate(`${line}…`, width, {position: 'end'}) : line;
	return cliTruncate(line, width, {position: 'end'});
}

/** `fit`, then padded with spaces to exactly `width` columns. */
export function fitPad(text: string, width: number): string {
	const line = fit(text, width);
	return line + ' '.repeat(Math.max(0, width - displayWidth(line)));
}

/** Left text and right text on one line of `width` columns; the left side gives way first. */
export function spread(left: string, right: string, width: number): string {
	const rightPart = fit(right, width);
	const room = width - displayWidth(rightPart);
	if (room < 2) return fitPad(left, width);
	return fitPad(left, room - 1) + ' ' + rightPart;
}

/** Word-wraps text into at most `maxLines` lines of `width` columns; the last line ends in "…" when text is left over. */
export function wrapLines(text: string, width: number, maxLines: number): string[] {
	if (width <= 0 || maxLines <= 0) return [];
	const line = toSafeLine(text);
	const lines = wrapText(line, width);
	const shown = (from: number, to: number) => lines.slice(from, to).map(({start, end}) => line.slice(start, end));
	if (lines.length <= maxLines) return shown(0, maxLines);
	// The last line and the one after are wider than a line together (wrapping split them), so truncation
	// always adds the ellipsis; the rest of a long text is never measured.
	const last = lines[maxLines - 1]!;
	return [...shown(0, maxLines - 1), cliTruncate(line.slice(last.start, lines[maxLines]!.end), width, {position: 'end'})];
}

/** "1 source", "3 sources". */
export function count(n: number, noun: string): string {
	return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
