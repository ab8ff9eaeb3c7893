import cliTruncate from 'cli-truncate';
import stringWidth from 'string-width';
import wrapAnsi from 'wrap-ansi';
import {toSafeLine} from '../clean/controls.js';

/** Display width in terminal columns (wide and combining characters counted as the terminal does). */
export const widthOf: (text: string) => number = stringWidth;

/** One display line: controls removed, newlines folded, cut to `width` columns with an ellipsis. */
export function fit(text: string, width: number): string {
	if (width <= 0) return '';
	const line = toSafeLine(text);
	return stringWidth(line) <= width ? line : cliTruncate(line, width, {position: 'end'});
}

/** `fit`, then padded with spaces to exactly `width` columns. */
export function fitPad(text: string, width: number): string {
	const line = fit(text, width);
	return line + ' '.repeat(Math.max(0, width - stringWidth(line)));
}

/** Left text and right text on one line of `width` columns; the left side gives way first. */
export function spread(left: string, right: string, width: number): string {
	const rightPart = fit(right, width);
	const room = width - stringWidth(rightPart);
	if (room < 2) return fitPad(left, width);
	return fitPad(left, room - 1) + ' ' + rightPart;
}

/** Word-wraps text into at most `maxLines` lines of `width` columns; the last line ends in "…" when text is left over. */
export function wrapLines(text: string, width: number, maxLines: number): string[] {
	if (width <= 0 || maxLines <= 0) return [];
	const lines = wrapAnsi(toSafeLine(text), width, {hard: true, trim: true}).split('\n');
	if (lines.length <= maxLines) return lines;
	const kept = lines.slice(0, maxLines - 1);
	// The rest is wider than a line (wrapping split it), so truncation always adds the ellipsis.
	kept.push(cliTruncate(lines.slice(maxLines - 1).join(' '), width, {position: 'end'}));
	return kept;
}

/** "1 source", "3 sources". */
export function count(n: number, noun: string): string {
	return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
