import type {Sentence} from './sentences.js';

/** A sentence's own narrative: its text with quoted words blanked out, and how much of it is quotation. */
export interface Narrative {
	/** Same length as the sentence text; characters inside quotation marks are spaces. */
	readonly text: string;
	/** Letters and digits inside quotation marks. */
	readonly quotedLetters: number;
	/** Characters outside quotation marks: at most that many letters are not quoted. */
	readonly unquotedLength: number;
}

/**
 * Share of a sentence's letters and digits that are inside quotation marks (0 to 1), given how many are
 * outside them: those are counted by whoever reads the narrative's words anyway.
 */
export function quotedShare(narrative: Narrative, unquotedLetters: number): number {
	const letters = narrative.quotedLetters + unquotedLetters;
	return letters === 0 ? 0 : narrative.quotedLetters / letters;
}

/**
 * Whether the quoted share (see `quotedShare`) is above `share`. A mostly quoted sentence is told by its first
 * quoted letters, without counting the rest.
 */
export function quotedShareAbove(narrative: Narrative, unquotedLetters: number, share: number): boolean {
	return narrative instanceof QuotingNarrative ? narrative.quotedShareAbove(unquotedLetters, share) : quotedShare(narrative, unquotedLetters) > share;
}

/** The fewest quoted letters whose share is above `share` (0 to 1) beside `unquotedLetters`, as `quotedShare` reckons it. */
function lettersAbove(unquotedLetters: number, share: number): number {
	const isAbove = (letters: number): boolean => letters / (letters + unquotedLetters) > share;
	let letters = Math.max(1, Math.floor((share * unquotedLetters) / (1 - share)));
	while (letters > 1 && isAbove(letters - 1)) letters--;
	while (!isAbove(letters)) letters++;
	return letters;
}

// Letters and digits, cheaply: ASCII alphanumerics and anything above Latin-1 punctuation except the General Punctuation block.
export function isWordChar(code: number): boolean {
	return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 0xc0 && (code < 0x2000 || code > 0x206f));
}

/**
 * A mark that opens a quotation outside one: a double quote, an opening single quote, or a straight single
 * quote at the start of a word (`isWordChar` as a class), or a stray closing double quote. Apostrophes
 * ("Russia’s", "don't") are none, so most sentences are passed through without a character loop, and in
 * a quoting one the text between quotations is skipped by the pattern, not read character by character.
 * The straight quote is matched before the look back at the character before it, which so runs only at one.
 */
const openingMark = /["“”‘]|'(?<![0-9A-Za-z\u00c0-\u1fff\u2070-\uffff]')(?=[0-9A-Za-z\u00c0-\u1fff\u2070-\uffff])/g;

/** A mark that can open or close a quotation: " ' and the curly quotes ‘ ’ “ ”, with the low and reversed single ones between them. */
function isQuoteMark(code: number): boolean {
	return code === 34 || code === 39 || (code >= 0x2018 && code <= 0x201d);
}

/**
 * The marks that can change what is open inside a double quotation and nothing else (see `readMark`): a closing
 * double quote, or a single quote that may open a quotation inside it. Apostrophes (’) and a repeated “ cannot.
 */
const doubleQuotationMark = /["”‘']/g;

/** Which quotations are open: the state carries from one sentence to the next inside a paragraph. */
interface QuoteState {
	double: boolean;
	single: boolean;
}

/**
 * Reads the quote mark at `index` into `state`; false when it neither opens nor closes a quotation.
 * Single quotes count only where they cannot be an apostrophe (open after a space, close before one).
 */
function readMark(state: QuoteState, text: string, index: number, code: number): boolean {
	if (code === 0x201c || (code === 34 && !state.double)) state.double = true;
	else if (code === 0x201d || code === 34) state.double = false;
	else if (code === 0x2018 || (code === 39 && !state.single && !isWordChar(text.charCodeAt(index - 1)) && isWordChar(text.charCodeAt(index + 1)))) state.single = true;
	else if ((code === 0x2019 || code === 39) && state.single && !isWordChar(text.charCodeAt(index + 1))) state.single = false;
	else return false;
	return true;
}

/** A sentence with no quotation in it. */
function plain(text: string): Narrative {
	return {text, quotedLetters: 0, unquotedLength: text.length};
}

/**
 * A sentence with quotation in it. Its text with the quotations blanked, and its quoted letters, are worked
 * out when first asked for: most such sentences are mostly quotation and are set aside on their share alone,
 * which their first quoted letters tell.
 */
class QuotingNarrative implements Narrative {
	#text: string | undefined;
	#quotedLetters: number | undefined;
	readonly unquotedLength: number;

	constructor(
		private readonly original: string,
		/** Start and end offsets of the quoted stretches, marks included, in order. */
		private readonly stretches: readonly number[],
	) {
		let quotedLength = 0;
		for (let index = 0; index < stretches.length; index += 2) quotedLength += stretches[index + 1]! - stretches[index]!;
		this.unquotedLength = original.length - quotedLength;
	}

	get text(): string {
		this.#text ??= blankedText(this.original, this.stretches);
		return this.#text;
	}

	get quotedLetters(): number {
		this.#quotedLetters ??= quotedLettersUpTo(this.original, this.stretches, Number.POSITIVE_INFINITY);
		return this.#quotedLetters;
	}

	quotedShareAbove(unquotedLetters: number, share: number): boolean {
		if (this.#quotedLetters === undefined) {
			const enough = lettersAbove(unquotedLetters, share);
			// Quoted stretches too short to hold that many letters need no count.
			if (this.original.length - this.unquotedLength < enough) return false;
			const letters = quotedLettersUpTo(this.original, this.stretches, enough);
			if (letters >= enough) return true;
			// Short of enough, every quoted letter was counted.
			this.#quotedLetters = letters;
		}
		return quotedShare(this, unquotedLetters) > share;
	}
}

/** The letters and digits in the `stretches` of `text` (its marks are neither), counted up to `limit` at most. */
function quotedLettersUpTo(text: string, stretches: readonly number[], limit: number): number {
	let letters = 0;
	for (let index = 0; index < stretches.length; index += 2) {
		const end = stretches[index + 1]!;
		for (let at = stretches[index]!; at < end; at++) {
			if (isWordChar(text.charCodeAt(at)) && ++letters >= limit) return letters;
		}
	}
	return letters;
}

/** `text` with the `stretches` (start, end, start, end ...) turned into runs of spaces of the same length. */
function blankedText(text: string, stretches: readonly number[]): string {
	let out = '';
	let keptFrom = 0;
	for (let index = 0; index < stretches.length; index += 2) {
		const start = stretches[index]!;
		const end = stretches[index + 1]!;
		out += text.slice(keptFrom, start) + ' '.repeat(end - start);
		keptFrom = end;
	}
	return out + text.slice(keptFrom);
}

/**
 * Where the quotation whose text starts at `start` ends, read to its closing mark (into `state`): past that mark,
 * or the text's end. A double quotation, by far the commonest, is read from mark to mark by a pattern; one in
 * single quotes, mark by mark.
 */
function quotationEnd(state: QuoteState, text: string, start: number): number {
	let index = start;
	while (state.double && !state.single) {
		doubleQuotationMark.lastIndex = index;
		if (!doubleQuotationMark.test(text)) return text.length;
		const at = doubleQuotationMark.lastIndex - 1;
		if (readMark(state, text, at, text.charCodeAt(at)) && !state.double && !state.single) return at + 1;
		index = at + 1;
	}
	for (; index < text.length; index++) {
		const code = text.charCodeAt(index);
		if (isQuoteMark(code) && readMark(state, text, index, code) && !state.double && !state.single) return index + 1;
	}
	return text.length;
}

/** Offset of the first mark at or after `from` that opens a quotation, or -1. */
function openingAt(text: string, from: number): number {
	if (from >= text.length) return -1;
	openingMark.lastIndex = from;
	return openingMark.test(text) ? openingMark.lastIndex - 1 : -1;
}

/** Offset of the first mark at or after `from` that opens a quotation (read into `state`), or -1. */
function nextOpening(state: QuoteState, text: string, from: number): number {
	const at = openingAt(text, from);
	if (at >= 0) readMark(state, text, at, text.charCodeAt(at));
	return at;
}

/**
 * The narrative of a sentence with quotation, `carried` over from the sentence before or opened in it at
 * `opening`. A carried quotation runs from the start of the sentence; any other from its opening mark.
 */
function quotingNarrative(state: QuoteState, text: string, carried: boolean, opening: number): Narrative {
	const stretches: number[] = [];
	let start = carried ? 0 : opening;
	if (!carried) readMark(state, text, start, text.charCodeAt(start));
	let textStart = carried ? 0 : start + 1;
	while (start >= 0) {
		// A closing mark with no quotation open is blanked alone.
		const end = state.double || state.single ? quotationEnd(state, text, textStart) : start + 1;
		stretches.push(start, end);
		start = nextOpening(state, text, end);
		textStart = start + 1;
	}
	return new QuotingNarrative(text, stretches);
}

/**
 * Blanks the quotations out of each sentence. The open/closed state carries over from one sentence to
 * the next inside a paragraph, so the middle sentences of a long quotation count as quoted even though
 * they hold no quote mark themselves; a new paragraph starts outside any quotation.
 */
export function narratives(sentences: readonly Sentence[]): Narrative[] {
	const result: Narrative[] = [];
	let block = -1;
	const state: QuoteState = {double: false, single: false};
	for (const sentence of sentences) {
		if (sentence.block !== block) {
			block = sentence.block;
			state.double = false;
			state.single = false;
		}
		const text = sentence.text;
		const carried = state.double || state.single;
		const opening = carried ? 0 : openingAt(text, 0);
		if (opening < 0) {
			result.push(plain(text));
			continue;
		}
		result.push(quotingNarrative(state, text, carried, opening));
	}
	return result;
}
