/**
 * Runs of capitalised words ("Ukrainian President Volodymyr Zelensky", "Ursula von der Leyen"): where the names
 * of a text may stand, found by character codes without slicing the text.
 */

import {isSpaceCode} from '../text/charCodes.js';
import {NextCharacter} from './nextCharacter.js';

const upperLetter = /^\p{Lu}$/u;
const wordCharacter = /^[\p{L}\p{M}\p{N}]$/u;

/** Words that may join the parts of a name ("Ursula von der Leyen", "Mohammed bin Salman"). */
const runConnectors = ['von', 'van', 'der', 'de', 'bin', 'al'];
/** The first letters of the connectors (b, d, v, a), as bits of a-z. */
const connectorInitials = runConnectors.reduce((bits, connector) => bits | (1 << (connector.charCodeAt(0) - 97)), 0);

/** ASCII letters, digits, apostrophe, hyphen and full stop, by code: the ASCII characters of a capitalised word. */
const asciiRunCharacters = new Uint8Array(128);
for (const char of "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'-.") asciiRunCharacters[char.charCodeAt(0)] = 1;

/** The code point at `index`, pairing surrogates only within `end`. */
function codePointAt(text: string, index: number, end: number): number {
	const code = text.charCodeAt(index);
	if (code >= 0xd800 && code <= 0xdbff && index + 1 < end) {
		const low = text.charCodeAt(index + 1);
		if (low >= 0xdc00 && low <= 0xdfff) return (code - 0xd800) * 0x400 + low - 0xdc00 + 0x10000;
	}
	return code;
}

function isUpperLetter(point: number): boolean {
	if (point < 0xc0) return point >= 65 && point <= 90;
	return (point < 0x2000 || point > 0x206f) && upperLetter.test(String.fromCodePoint(point));
}

/** A letter, mark, digit, apostrophe, full stop or hyphen: what a capitalised word is made of. */
function isRunCharacter(point: number): boolean {
	if (point < 0x80) return asciiRunCharacters[point] === 1;
	return point === 0x2019 || (point >= 0xa0 && (point < 0x2000 || point > 0x206f) && wordCharacter.test(String.fromCodePoint(point)));
}

/** Whether [from, end) holds a plain space. */
function hasSpace(text: string, from: number, end: number): boolean {
	for (let index = from; index < end; index++) if (text.charCodeAt(index) === 32) return true;
	return false;
}

function skipSpaces(text: string, from: number, end: number): number {
	while (from < end && isSpaceCode(text.charCodeAt(from))) from++;
	return from;
}

/** Where the characters of a capitalised word that go on at `index` end (`end` at most). */
function wordEnd(text: string, index: number, end: number): number {
	while (index < end) {
		const code = text.charCodeAt(index);
		// Mostly ASCII: a table lookup, without pairing surrogates.
		if (code < 0x80) {
			if (asciiRunCharacters[code] === 0) break;
			index++;
			continue;
		}
		const point = codePointAt(text, index, end);
		if (!isRunCharacter(point)) break;
		index += point > 0xffff ? 2 : 1;
	}
	return index;
}

/** The connector that opens a word at `next` and ends before `end`, or undefined. */
function connectorAt(text: string, next: number, end: number): string | undefined {
	const code = text.charCodeAt(next);
	// Most runs end before a lowercase word that is no connector: its first letter tells.
	if (code < 97 || code > 122 || (connectorInitials & (1 << (code - 97))) === 0) return undefined;
	for (const candidate of runConnectors) if (text.startsWith(candidate, next) && next + candidate.length < end) return candidate;
	return undefined;
}

/**
 * What may be a capital letter: ASCII capitals and any letter past Latin-1's symbols, but not the quotation marks
 * and dashes of general punctuation. The regex engine skips the lowercase text between them far faster than a loop.
 */
const capitalCandidate = /[A-Z\u00c0-\u1fff\u2070-\uffff]/g;

/**
 * The runs of capitalised words of one text, read stretch by stretch in text order: words joined by spaces,
 * possibly through a name connector ("Ursula von der Leyen"), each read in one pass that never looks back.
 */
export class CapitalisedRuns {
	/** The run read last: [start, end). */
	start = -1;
	end = -1;
	/** Whether a plain space joins words in the run read last (a lone word has none), told while it is read. */
	spaced = false;
	private readonly candidates: NextCharacter;

	constructor(private readonly text: string) {
		this.candidates = new NextCharacter(text, capitalCandidate);
	}

	/** Reads the first run that starts in [from, end), cut at `end`; false when there is none. `from` never goes back between calls. */
	next(from: number, end: number): boolean {
		const start = this.capitalAt(from, end);
		if (start < 0) return false;
		this.start = start;
		this.spaced = false;
		this.end = this.runEnd(start, end);
		return true;
	}

	/** Offset of the first capital letter in [from, end), or -1. */
	private capitalAt(from: number, end: number): number {
		for (let index = this.candidates.from(from); index >= 0 && index < end; index = this.candidates.from(index + 1)) {
			if (this.text.charCodeAt(index) < 0x80 || isUpperLetter(codePointAt(this.text, index, end))) return index;
		}
		return -1;
	}

	/** Where the run that starts at the capital `start` ends, noting the plain spaces that join its words. */
	private runEnd(start: number, end: number): number {
		const {text} = this;
		let word = start;
		for (;;) {
			const index = wordEnd(text, word + (codePointAt(text, word, end) > 0xffff ? 2 : 1), end);
			const next = skipSpaces(text, index, end);
			if (next === index || next >= end) return index;
			if (isUpperLetter(codePointAt(text, next, end))) {
				this.spaced ||= hasSpace(text, index, next);
				word = next;
				continue;
			}
			const connector = connectorAt(text, next, end);
			if (connector === undefined) return index;
			const after = skipSpaces(text, next + connector.length, end);
			if (after === next + connector.length || after >= end || !isUpperLetter(codePointAt(text, after, end))) return index;
			this.spaced ||= hasSpace(text, index, next) || hasSpace(text, next + connector.length, after);
			word = after;
		}
	}
}

/** Letters, marks, apostrophes, dots and hyphens: what the words of a name or a title are made of. */
function isNameCharacter(code: number): boolean {
	return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 39 || code === 45 || code === 46 ||
		code === 0x2019 || (code >= 0xc0 && (code < 0x2000 || code > 0x206f));
}

/** Where the (up to six) words right before `end` with no punctuation between them begin ("Ukrainian defence minister "). */
export function roleWordsStart(text: string, start: number, end: number): number {
	let from = end;
	let spaces = 0;
	while (from > start) {
		const code = text.charCodeAt(from - 1);
		if (code === 32) {
			if (++spaces > 6) break;
		} else if (!isNameCharacter(code)) break;
		from--;
	}
	return text.charCodeAt(from) === 32 && from < end ? from + 1 : from;
}
