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

/** Text as the dashboard draws it on one line: controls removed, newlines folded, skin tones dropped. */
export function displayLine(text: string): string {
	return withoutSkinTones(toSafeLine(text));
}
