/**
 * Terminal safety. Article text, titles and even file names are untrusted: a stray ESC, C1 control or
 * bidi override could move the cursor, set the window title or write the clipboard (OSC 52).
 */

// C0 controls except \n and \t, DEL, C1 controls (0x80-0x9f, e.g. 0x9b is an 8-bit CSI).
const controlChars = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;
// Bidi embeddings, overrides and isolates: they reorder what the reader sees.
const bidiControls = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;
// A full escape sequence (CSI; OSC, DCS, SOS, PM or APC with its terminator; a two-byte escape), removed whole so its
// payload does not show as text. A string's payload is printable text only: an unterminated one (a stray `ESC ]` in a
// scraped page) then loses just its introducer instead of swallowing the rest of the article, and matching stays linear.
const escapeSequence =
	/\u001B(?:\[[0-?]*[ -/]*[@-~]|\][^\u0000-\u001F\u007F-\u009F]*(?:\u0007|\u001B\\|\u009C)|[PX^_][^\u0000-\u001F\u007F-\u009F]*(?:\u001B\\|\u009C)|[@-Z\\-_])|\u009B[0-?]*[ -/]*[@-~]|[\u0090\u0098\u009D-\u009F][^\u0000-\u001F\u007F-\u009F]*[\u0007\u009C]/g;

// Every character stripControls removes, escape sequences' introducers included: one scan finds whether there is work.
const controlOrBidi = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/;

/** Removes escape sequences and every control character but newline and tab. */
export function stripControls(text: string): string {
	// Nearly all text has none: one test instead of three replacing passes.
	if (!controlOrBidi.test(text)) return text;
	return text.replace(escapeSequence, '').replace(controlChars, '').replace(bidiControls, '');
}

/** For one-line display (file names, titles): also folds newlines and tabs into spaces. */
export function toSafeLine(text: string): string {
	return stripControls(text).replace(/[\n\t\r]+/g, ' ');
}

const anyControl = new RegExp(controlOrBidi.source, 'g');

/**
 * For file paths: every character stripControls would remove is written out as `\u{1b}`, so the path
 * stays recognisable (and distinct from its neighbours) without any such byte reaching the terminal.
 */
export function visibleControls(text: string): string {
	return text.replace(anyControl, char => `\\u{${char.codePointAt(0)!.toString(16)}}`);
}
