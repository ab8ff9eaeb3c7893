/**
 * Invisible characters that pages put inside or next to words: soft hyphens (`&shy;`, break hints in long
 * compounds), zero-width spaces, word joiners and stray byte-order marks. They carry no meaning, yet split
 * "Verteidigungs\u00ADminister" or "Kyiv\u200B" from the word they belong to for every match that follows, so
 * cleaning removes them. Joiners that shape text (ZWJ in emoji, ZWNJ in Persian) stay.
 */
const invisibleChars = /[\u00AD\u200B\u2060\uFEFF]/g;

export function withoutInvisibleChars(text: string): string {
	return text.replace(invisibleChars, '');
}
