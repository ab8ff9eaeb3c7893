import {charClass} from './charClass.js';

/**
 * Characters one column wide that never join the character before them: printable Latin, Greek, Cyrillic,
 * general punctuation, currency signs, the simple arrows, box drawing and block elements (not the soft hyphen).
 * Text made only of them, as most news copy in English and Ukrainian and the dashboard's own lines are, is as wide
 * as it is long: test/text/width.test.ts checks each alone and in random mixes against string-width.
 */
export const narrowRanges: ReadonlyArray<readonly [number, number]> = [
	[0x20, 0x7e],
	[0xa0, 0xac],
	[0xae, 0x2ff],
	[0x370, 0x482],
	[0x48a, 0x52f],
	[0x2010, 0x2027],
	[0x2030, 0x205e],
	[0x20a0, 0x20c0],
	[0x2190, 0x2193],
	[0x2500, 0x259f],
	[0x25b8, 0x25bf],
];

const narrowOnly = new RegExp(`^[${charClass(narrowRanges)}]*$`);

/** Whether `text` holds only narrow characters, and so takes as many columns as it has characters. */
export function isNarrowText(text: string): boolean {
	return narrowOnly.test(text);
}
