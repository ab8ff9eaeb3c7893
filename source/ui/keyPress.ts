/** Reading keys from Ink's `useInput` reports. */
import type {Key} from 'ink';
import type {KeyName} from './keymap.js';

/** A key report with nothing pressed but the input text. */
export const noKey: Key = {
	upArrow: false,
	downArrow: false,
	leftArrow: false,
	rightArrow: false,
	pageDown: false,
	pageUp: false,
	home: false,
	end: false,
	return: false,
	escape: false,
	ctrl: false,
	shift: false,
	tab: false,
	backspace: false,
	delete: false,
	meta: false,
	super: false,
	hyper: false,
	capsLock: false,
	numLock: false,
};

/** Ink's key report as a `KeyName`; null for keys the dashboard ignores. */
export function keyName(input: string, key: Key): KeyName | null {
	if (key.upArrow) return 'up';
	if (key.downArrow) return 'down';
	if (key.leftArrow) return 'left';
	if (key.rightArrow) return 'right';
	if (key.pageUp) return 'pageup';
	if (key.pageDown) return 'pagedown';
	if (key.home) return 'home';
	if (key.end) return 'end';
	if (key.return) return 'enter';
	if (key.escape) return 'esc';
	if (key.tab) return key.shift ? 'shift-tab' : 'tab';
	if (key.backspace || key.delete) return 'backspace';
	if (key.ctrl) return input === '' ? null : `ctrl-${input.toLowerCase()}`;
	if (key.meta || input === '') return null;
	return input;
}

function pressOf(char: string): [string, Key] {
	if (char === '\r' || char === '\n') return ['', {...noKey, return: true}];
	if (char === '\t') return ['', {...noKey, tab: true}];
	if (char === '\u007F' || char === '\b') return ['', {...noKey, backspace: true}];
	const code = char.codePointAt(0) ?? 0;
	if (code >= 1 && code <= 26) return [String.fromCodePoint(code + 96), {...noKey, ctrl: true}];
	return [char, {...noKey, shift: /^[A-Z]$/.test(char)}];
}

/**
 * Ink reports keys that arrive together (fast typing, a paste, keys sent while a frame is drawn) as
 * one string; each character of it is one key press.
 */
export function keyPresses(input: string, key: Key): Array<[string, Key]> {
	const chars = [...input];
	// Esc and a key typed fast arrive as one "Alt" key ("\u001Bj"): the dashboard binds no Alt keys, so it is Esc, then the key.
	if (key.meta && !key.escape && !key.ctrl && chars.length === 1 && isPrintable(input)) return [['', {...noKey, escape: true}], pressOf(input)];
	if (chars.length <= 1 || key.ctrl || key.meta) return [[input, key]];
	return chars.map(pressOf);
}

function isPrintable(char: string): boolean {
	return (char.codePointAt(0) ?? 0) >= 0x20 && char !== '\u007F';
}
