import cliTruncate from 'cli-truncate';
import {displayLine} from '../text/displayLine.js';
import {displayWidth} from '../text/width.js';
import {wrapText} from '../text/wrapText.js';

/** Display width in terminal columns (wide and combining characters counted as the terminal does). */
export const widthOf: (text: string) => number = displayWidth;

/** UTF-16 units that `lines` lines of `width` columns can show at most (wide, combining and astral characters included). */
function shownUnits(width: number, lines = 1): number {
	return lines * (4 * width + 8);
}

/** The start of `text` up to `units` UTF-16 units, never ending in half of a surrogate pair, and whether it was cut. */
function head(text: string, units: number): {text: string; cut: boolean} {
	if (text.length <= units) return {text, cut: false};
	const end = text.charCodeAt(units - 1) >= 0xd800 && text.charCodeAt(units - 1) < 0xdc00 ? units - 1 : units;
	return {text: text.slice(0, end), cut: true};
}

/** `line` as the last line shown of a text that goes on: cut to `width` columns, always ending in "…". */
function continued(line: string, width: number): string {
	return cliTruncate(displayWidth(line) <= width ? `${line}…` : line, width, {position: 'end'});
}

/**
 * One display line (see `displayLine`), cut to `width` columns with an ellipsis. Of a long
 * text only the start that `width` columns can show is measured.
 */
export function fit(text: string, width: number): string {
	if (width <= 0) return '';
	const start = head(text, shownUnits(width));
	const line = displayLine(start.text);
	if (start.cut) return continued(line, width);
	return displayWidth(line) <= width ? line : cliTruncate(line, width, {position: 'end'});
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

/**
 * Word-wraps text into at most `maxLines` lines of `width` columns; the last line ends in "…" when text is left
 * over. Of a long text (a quotation can run to 100,000 characters) only the start those lines can show is wrapped.
 */
export function wrapLines(text: string, width: number, maxLines: number): string[] {
	if (width <= 0 || maxLines <= 0) return [];
	const start = head(text, shownUnits(width, maxLines + 1));
	const line = displayLine(start.text);
	const lines = wrapText(line, width);
	const shown = (from: number, to: number) => lines.slice(from, to).map(({start, end}) => line.slice(start, end));
	if (lines.length <= maxLines && !start.cut) return shown(0, maxLines);
	// Text is left over: after the last line shown, or after the wrapped start when that fits the lines.
	const last = lines[Math.min(maxLines, lines.length) - 1]!;
	const rest = lines.length > maxLines ? lines[maxLines]!.end : line.length;
	return [...shown(0, Math.min(maxLines, lines.length) - 1), continued(line.slice(last.start, rest), width)];
}
