import type {Sentence} from './sentences.js';

/** A sentence's own narrative: its text with quoted words blanked out, and how much of it is quotation. */
export interface Narrative {
	/** Same length as the sentence text; characters inside quotation marks are spaces. */
	readonly text: string;
	/** Share of the sentence's letters that are inside quotation marks (0 to 1). */
	readonly quoted: number;
}

// Letters and digits, cheaply: ASCII alphanumerics and anything above Latin-1 punctuation except the General Punctuation block.
function isWordChar(code: number): boolean {
	return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 0xc0 && (code < 0x2000 || code > 0x206f));
}

const doubleOrOpening = /["“”‘]/;

/**
 * Whether a quotation can open or close in `text` outside one: a double quote, an opening single quote, or
 * a straight single quote at the start of a word. Apostrophes ("Russia’s", "don't") are neither, so most
 * sentences are passed through without a character loop.
 */
function hasQuoteMark(text: string): boolean {
	if (doubleOrOpening.test(text)) return true;
	for (let index = text.indexOf("'"); index >= 0; index = text.indexOf("'", index + 1)) {
		if (!isWordChar(text.charCodeAt(index - 1)) && isWordChar(text.charCodeAt(index + 1))) return true;
	}
	return false;
}

// What a character is to the quotation scan: a letter or digit, a mark that can open or close a quotation
// (" ' and the curly quotes ‘ ’ “ ”, with the low and reversed single ones between them), or neither.
const other = 0;
const wordChar = 1;
const quoteMark = 2;
/** The kinds of the ASCII characters, looked up rather than tested: the scan reads every character of a quoting sentence. */
const asciiKinds = Uint8Array.from({length: 128}, (_, code) => (isWordChar(code) ? wordChar : code === 34 || code === 39 ? quoteMark : other));

function kindAbove127(code: number): number {
	return isWordChar(code) ? wordChar : code >= 0x2018 && code <= 0x201d ? quoteMark : other;
}

/**
 * A sentence with quotation in it. Its text with the quotations blanked is built when first read: most
 * such sentences are mostly quotation and are set aside on their share alone.
 */
class QuotingNarrative implements Narrative {
	#text: string | undefined;

	constructor(
		private readonly original: string,
		/** Start and end offsets of the quoted stretches, marks included, in order. */
		private readonly stretches: readonly number[],
		readonly quoted: number,
	) {}

	get text(): string {
		this.#text ??= blankedText(this.original, this.stretches);
		return this.#text;
	}
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
 * Blanks the quotations out of each sentence. The open/closed state carries over from one sentence to
 * the next inside a paragraph, so the middle sentences of a long quotation count as quoted even though
 * they hold no quote mark themselves; a new paragraph starts outside any quotation.
 * Single quotes count only where they cannot be an apostrophe (open after a space, close before one).
 */
export function narratives(sentences: readonly Sentence[]): Narrative[] {
	const result: Narrative[] = [];
	let block = -1;
	let inDouble = false;
	let inSingle = false;
	for (const sentence of sentences) {
		if (sentence.block !== block) {
			block = sentence.block;
			inDouble = false;
			inSingle = false;
		}
		const text = sentence.text;
		if (!inDouble && !inSingle && !hasQuoteMark(text)) {
			result.push({text, quoted: 0});
			continue;
		}
		const stretches: number[] = [];
		let letters = 0;
		let quotedLetters = 0;
		// Set exactly while inside a quotation (to where it started, and to the letters counted before it): only a quote mark changes that.
		let quotedFrom = inDouble || inSingle ? 0 : -1;
		let lettersBefore = 0;
		for (let index = 0; index < text.length; index++) {
			const code = text.charCodeAt(index);
			const kind = code < 128 ? asciiKinds[code]! : kindAbove127(code);
			// Nearly every character is a letter or no quote mark: only the letter count moves.
			if (kind === wordChar) letters++;
			if (kind !== quoteMark) continue;
			let mark = true;
			if (code === 0x201c || (code === 34 && !inDouble)) inDouble = true;
			else if (code === 0x201d || code === 34) inDouble = false;
			else if (code === 0x2018 || (code === 39 && !inSingle && !isWordChar(text.charCodeAt(index - 1)) && isWordChar(text.charCodeAt(index + 1)))) inSingle = true;
			else if ((code === 0x2019 || code === 39) && inSingle && !isWordChar(text.charCodeAt(index + 1))) inSingle = false;
			else mark = false;
			if (!mark) continue;
			// A quoted stretch runs from its opening mark to its closing one, both included.
			if (quotedFrom < 0) {
				quotedFrom = index;
				lettersBefore = letters;
			}
			if (!inDouble && !inSingle) {
				stretches.push(quotedFrom, index + 1);
				quotedLetters += letters - lettersBefore;
				quotedFrom = -1;
			}
		}
		if (quotedFrom >= 0) {
			stretches.push(quotedFrom, text.length);
			quotedLetters += letters - lettersBefore;
		}
		result.push(new QuotingNarrative(text, stretches, letters === 0 ? 0 : quotedLetters / letters));
	}
	return result;
}
