import stringWidth from 'string-width';
import {isNarrowText} from './narrow.js';

/** Text up to this many UTF-16 units is measured in one piece. */
const pieceLength = 256;

/**
 * Whether a grapheme can start at `at`: a printable character that is no combining mark, joiner, variation
 * selector, skin tone or flag letter, not the second half of a surrogate pair, and not after a zero-width joiner.
 */
function startsGrapheme(text: string, at: number): boolean {
	const code = text.charCodeAt(at);
	if (code < 0x20 || (code >= 0x300 && code < 0x370) || (code >= 0xdc00 && code < 0xe000)) return false;
	if (code === 0x200d || (code >= 0xfe00 && code <= 0xfe0f) || (code >= 0x1ab0 && code < 0x1b00) || (code >= 0x20d0 && code < 0x2100)) return false;
	// Skin tones and flag letters continue an emoji.
	const low = text.charCodeAt(at + 1);
	if (code === 0xd83c && ((low >= 0xdffb && low <= 0xdfff) || (low >= 0xdde6 && low <= 0xddff))) return false;
	return text.charCodeAt(at - 1) !== 0x200d;
}

/**
 * Display width in terminal columns, as string-width counts it. Narrow text is as wide as it is long; other
 * text is given to string-width, which reads graphemes with Intl.Segmenter and slows down far worse than
 * linearly on long strings (80,000 characters take seconds), so a long one goes piece by piece, each cut
 * where a new grapheme starts.
 */
export function displayWidth(text: string): number {
	if (isNarrowText(text)) return text.length;
	if (text.length <= pieceLength) return stringWidth(text);
	let width = 0;
	let from = 0;
	while (from < text.length) {
		let to = Math.min(text.length, from + pieceLength);
		while (to < text.length && to > from + 1 && !startsGrapheme(text, to)) to--;
		// No place to cut in a whole piece (a run of combining marks): cut it where it is.
		if (to === from + 1) to = Math.min(text.length, from + pieceLength);
		width += stringWidth(text.slice(from, to));
		from = to;
	}
	return width;
}
