import {charClass} from '../text/charClass.js';

/**
 * Characters that text can be made of and be final as it stands: printable, no white space but a plain
 * space, and already composed (each one and each pair is its own NFC, none is a combining mark): Latin,
 * Cyrillic, general punctuation, currency signs; not the soft hyphen, which cleaning removes.
 * test/clean/settledText.test.ts checks that against the Unicode data of the runtime.
 */
export const settledRanges: ReadonlyArray<readonly [number, number]> = [
	[0x20, 0x7e],
	[0xa1, 0xac],
	[0xae, 0x2ff],
	[0x400, 0x482],
	[0x48a, 0x52f],
	[0x2010, 0x2027],
	[0x2030, 0x205e],
	[0x20a0, 0x20c0],
];

/**
 * White space that folding turns into a plain space and that is as final as the settled characters otherwise
 * (its own NFC, alone and next to them, and no control that stripping removes): tab and NBSP, which saved web
 * pages are full of.
 */
export const foldedRanges: ReadonlyArray<readonly [number, number]> = [
	[0x09, 0x09],
	[0xa0, 0xa0],
];

/** A character outside the settled ranges, two spaces in a row, or a space at either end of a line. */
const unsettled = new RegExp(` [ \\n]|\\n |[^\\n${charClass(settledRanges)}]`);
/** A character that is neither settled nor folded white space, looked for from `lastIndex`. */
const unfoldable = new RegExp(`[^\\n${charClass([...settledRanges, ...foldedRanges])}]`, 'g');

/** How much text needs before its lines are its paragraphs (see `settling`). */
export type Settling = 'settled' | 'spaced' | 'raw';

/**
 * How much `text` needs before splitting it at newlines gives its paragraph lines: nothing ('settled'), only its
 * white space folded and its lines trimmed ('spaced'), or the full treatment, composing and stripping controls
 * first ('raw'). One scan for most text, where the full treatment takes several passes.
 */
export function settling(text: string): Settling {
	const first = text.search(unsettled);
	if (first === -1) return text.startsWith(' ') || text.endsWith(' ') ? 'spaced' : 'settled';
	// The characters before the first find are settled: only those from it on are still to look at.
	unfoldable.lastIndex = first;
	return unfoldable.test(text) ? 'raw' : 'spaced';
}
