import type {Article, Span} from '../model.js';
import {isAsciiLetter, isDigitCode, isSpaceCode} from '../text/charCodes.js';

/** A sentence of an article body, with its offsets and the paragraph block it belongs to. */
export interface Sentence extends Span {
	readonly text: string;
	/** Index into `Article.blocks`. */
	readonly block: number;
}

// Words after which a full stop does not end a sentence.
const abbreviations = new Set([
	'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'sgt', 'capt', 'cmdr', 'adm', 'maj', 'gov', 'sen', 'rep',
	'st', 'jr', 'sr', 'no', 'nos', 'vs', 'etc', 'approx', 'est', 'inc', 'ltd', 'co', 'corp', 'dept', 'jan', 'feb',
	'mar', 'apr', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'u.s', 'u.k', 'u.n', 'e.g', 'i.e', 'a.m', 'p.m', 'fig',
]);

// End punctuation, then closing quotes or brackets, then footnote marks ("[1]"), then space before what can open a
// sentence. The match starts only at the first mark of a run: starting inside a long run of dots would rescan it at
// every offset. Where each part begins is read back from where the match ends (see `sentenceBounds`): the footnote
// marks by their bracketed digits, the others by characters the rest never use.
const boundary = /(?<![.!?…])[.!?…]+["”’')\]]*(?:\[\d{1,3}\])*\s+(?=["“‘'(\[]?[\p{Lu}\p{N}])/gu;

const attributionAfter = /^(?:\p{Lu}[\p{L}'’-]+ ){1,3}(?:said|says|told|added|asked|wrote|warned|insisted|explained)\b/u;

// Module-level: the bundler turns a `\p{…}` literal into a `new RegExp`, which a function would build on every call.
const trailingWord = /([\p{L}.]+)$/u;
const singleLetter = /^\p{L}$/u;

/** How far back from a full stop the word before it is read: the longest abbreviation and then some. */
const abbreviationWindow = 12;
/** The longest abbreviation, with its final dot: a longer word before a full stop is read no further. */
const longestAbbreviation = Math.max(...[...abbreviations].map(word => word.length)) + 1;

/** A mark that ends a sentence: . ! ? … */
export function isEndMark(code: number): boolean {
	return code === 0x2e || code === 0x21 || code === 0x3f || code === 0x2026;
}

/** A closing quote or bracket: " ” ’ ' ) ] */
export function isCloser(code: number): boolean {
	return code === 0x22 || code === 0x201d || code === 0x2019 || code === 0x27 || code === 0x29 || code === 0x5d;
}

function endsWithAbbreviation(text: string, end: number): boolean {
	const from = Math.max(0, end - abbreviationWindow);
	// The letters and dots before `end`, read by char code; a character outside ASCII (rare) goes to the Unicode pattern.
	let start = end;
	while (start > from) {
		const code = text.charCodeAt(start - 1);
		if (isAsciiLetter(code) || code === 46) start--;
		else if (code < 128) break;
		else return isAbbreviation(trailingWord.exec(text.slice(from, end))?.[1]);
	}
	// Nearly every word before a full stop is too long to be an abbreviation or an initial: no need to look it up.
	if (start === end || end - start > longestAbbreviation) return false;
	return isAbbreviation(text.slice(start, end));
}

function isAbbreviation(letters: string | undefined): boolean {
	if (letters === undefined) return false;
	const lower = letters.toLowerCase();
	const word = lower.endsWith('.') ? lower.slice(0, -1) : lower;
	// Single capital initials ("J. Smith") and known abbreviations; one letter is at most two UTF-16 units.
	return abbreviations.has(word) || (word.length <= 2 && singleLetter.test(word));
}

/** "1. Civilian casualties rose …": the number a numbered paragraph opens with, which ends no sentence. */
function isParagraphNumber(paragraph: string, start: number, marks: number): boolean {
	if (start !== 0 || marks === 0 || marks > 3) return false;
	for (let index = 0; index < marks; index++) if (!isDigitCode(paragraph.charCodeAt(index))) return false;
	return true;
}

/** Where the footnote marks ("[1]", "[12][13]") that end at `end` begin; `end` when there are none. */
export function footnotesStart(paragraph: string, end: number): number {
	for (;;) {
		if (paragraph.charCodeAt(end - 1) !== 0x5d) return end;
		let open = end - 2;
		while (open >= end - 4 && isDigitCode(paragraph.charCodeAt(open))) open--;
		if (open === end - 2 || paragraph.charCodeAt(open) !== 0x5b) return end;
		end = open;
	}
}

/**
 * Appends where each sentence of `paragraph` starts and ends (offsets into it) to `bounds`, two numbers a
 * sentence. Boundaries are found with `test`, which builds no match array; the match's parts are read back
 * from its end.
 */
function sentenceBounds(paragraph: string, bounds: number[]): void {
	let start = 0;
	boundary.lastIndex = 0;
	while (boundary.test(paragraph)) {
		const next = boundary.lastIndex;
		let end = next;
		while (isSpaceCode(paragraph.charCodeAt(end - 1))) end--;
		let punctuationEnd = footnotesStart(paragraph, end);
		while (isCloser(paragraph.charCodeAt(punctuationEnd - 1))) punctuationEnd--;
		let marks = punctuationEnd;
		while (isEndMark(paragraph.charCodeAt(marks - 1))) marks--;
		if (punctuationEnd - marks === 1 && paragraph.charCodeAt(marks) === 0x2e && (endsWithAbbreviation(paragraph, marks) || isParagraphNumber(paragraph, start, marks))) continue;
		// `“Are your children dying?” Zelenski said` is one sentence: the quote's attribution follows.
		if (end > punctuationEnd && attributionAfter.test(paragraph.slice(next, next + 60))) continue;
		if (end > start) bounds.push(start, end);
		start = next;
	}
	if (start < paragraph.length) bounds.push(start, paragraph.length);
}

/** Splits one paragraph into sentence spans relative to the paragraph. */
export function splitParagraph(paragraph: string): Span[] {
	const bounds: number[] = [];
	sentenceBounds(paragraph, bounds);
	const spans: Span[] = [];
	for (let index = 0; index < bounds.length; index += 2) spans.push({start: bounds[index]!, end: bounds[index + 1]!});
	return spans;
}

/** The body sentences of an article (paragraph blocks only; titles and sections are not body). */
export function articleSentences(article: Pick<Article, 'text' | 'blocks'>): Sentence[] {
	const sentences: Sentence[] = [];
	const bounds: number[] = [];
	for (let index = 0; index < article.blocks.length; index++) {
		const block = article.blocks[index]!;
		if (block.kind !== 'paragraph') continue;
		const paragraph = article.text.slice(block.start, block.end);
		bounds.length = 0;
		sentenceBounds(paragraph, bounds);
		for (let bound = 0; bound < bounds.length; bound += 2) {
			const start = bounds[bound]!;
			const end = bounds[bound + 1]!;
			sentences.push({start: block.start + start, end: block.start + end, text: paragraph.slice(start, end), block: index});
		}
	}
	return sentences;
}

/** The sentence that contains `offset`, by binary search over sentences sorted by start. */
export function sentenceAt(sentences: readonly Sentence[], offset: number): Sentence | undefined {
	let low = 0;
	let high = sentences.length - 1;
	while (low <= high) {
		const middle = (low + high) >> 1;
		const sentence = sentences[middle]!;
		if (offset < sentence.start) high = middle - 1;
		else if (offset >= sentence.end) low = middle + 1;
		else return sentence;
	}
	return undefined;
}
