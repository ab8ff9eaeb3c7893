import {charClass} from '../text/charClass.js';

/**
 * Characters that text can be made of and be final as it stands: printable, no white space but a plain
 * space, and already composed (each one and each pair is its own NFC, none is a combining mark): Latin,
 * Cyrillic, general punctuation, currency signs. test/clean/settledText.test.ts checks that against the
 * Unicode data of the runtime.
 */
export const settledRanges: ReadonlyArray<readonly [number, number]> = [
	[0x20, 0x7e],
	[0xa1, 0x2ff],
	[0x400, 0x482],
	[0x48a, 0x52f],
	[0x2010, 0x2027],
	[0x2030, 0x205e],
	[0x20a0, 0x20c0],
];

/** A character outside the settled ranges, two spaces in a row, or a space at either end of a line. */
const unsettled = new RegExp(` [ \\n]|\\n |[^\\n${charClass(settledRanges)}]`);

/**
 * Whether splitting `text` at newlines gives its paragraph lines as they are: nothing to compose, strip,
 * fold or trim. One scan, where the full treatment takes several passes; most text is settled.
 */
export function isSettled(text: string): boolean {
	return !unsettled.test(text) && !text.startsWith(' ') && !text.endsWith(' ');
}
