import {toSafeLine} from '../clean/controls.js';

/**
 * Emoji skin-tone modifiers (Fitzpatrick, U+1F3FB–U+1F3FF). Terminals disagree on how wide an emoji with
 * one is: some draw the pair as one two-column glyph, as string-width counts it, others (tmux, xterm and
 * most terminals without emoji shaping) draw the emoji and then a two-column swatch, so a row that was
 * measured to fit runs two columns over and breaks the frame. Without the modifier every terminal draws
 * the emoji at two columns; the tone is decoration, and the article text and the JSON keep it.
 */
const skinTones = /\uD83C[\uDFFB-\uDFFF]/g;

export function withoutSkinTones(text: string): string {
	// Nearly all text has no astral character at all: one search instead of a replacing pass.
	return text.includes('\uD83C') ? text.replace(skinTones, '') : text;
}

/**
 * Invisible format characters (Unicode Cf: soft hyphen, zero-width space, word joiner, BOM, LRM/RLM...).
 * string-width counts them as zero columns, but terminals disagree: tmux draws a zero-width space as one
 * column and a soft hyphen as none or one, so a measured row runs over or falls short and moves the frame's
 * border. They show nothing, so the display drops them. Cleaning already takes soft hyphens, zero-width spaces,
 * word joiners and BOMs out of article text; the others (LRM, RLM, …) stay in the text and the JSON. Kept: the
 * zero-width joiner inside an emoji sequence (👨‍👩‍👧 is one glyph) and the tag characters of subdivision flags.
 */
const formatChars = /(?![\u200D\u{E0020}-\u{E007F}])\p{Cf}|(?<!\p{Extended_Pictographic}\uFE0F?)\u200D|\u200D(?!\p{Extended_Pictographic})/gu;
const anyFormatChar = /\p{Cf}/u;

export function withoutFormatChars(text: string): string {
	return anyFormatChar.test(text) ? text.replace(formatChars, '') : text;
}

/** Text as the dashboard draws it on one line: controls removed, newlines folded, format characters and skin tones dropped. */
export function displayLine(text: string): string {
	return withoutFormatChars(withoutSkinTones(toSafeLine(text)));
}
