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
		const out: string[] = [];
		let keptFrom = 0;
		let letters = 0;
		let quotedLetters = 0;
		// Set exactly while inside a quotation: only a quote mark changes that.
		let quotedFrom = inDouble || inSingle ? 0 : -1;
		for (let index = 0; index < text.length; index++) {
			const code = text.charCodeAt(index);
			if (code !== 34 && code !== 39 && (code < 0x2018 || code > 0x201d)) {
				// Not a quote mark (nearly every character): only the letter counts move.
				if (isWordChar(code)) {
					letters++;
					if (quotedFrom >= 0) quotedLetters++;
				}
				continue;
			}
			let mark = true;
			if (code === 0x201c || (code === 34 && !inDouble)) inDouble = true;
			else if (code === 0x201d || code === 34) inDouble = false;
			else if (code === 0x2018 || (code === 39 && !inSingle && !isWordChar(text.charCodeAt(index - 1)) && isWordChar(text.charCodeAt(index + 1)))) inSingle = true;
			else if ((code === 0x2019 || code === 39) && inSingle && !isWordChar(text.charCodeAt(index + 1))) inSingle = false;
			else mark = false;
			const quoted = mark || inDouble || inSingle;
			if (isWordChar(code)) {
				letters++;
				if (quoted) quotedLetters++;
			}
			// Quoted stretches (marks included) become runs of spaces of the same length.
			if (quoted && quotedFrom < 0) {
				out.push(text.slice(keptFrom, index));
				quotedFrom = index;
			} else if (!quoted && quotedFrom >= 0) {
				out.push(' '.repeat(index - quotedFrom));
				quotedFrom = -1;
				keptFrom = index;
			}
			if (quoted && !inDouble && !inSingle && quotedFrom >= 0) {
				out.push(' '.repeat(index + 1 - quotedFrom));
				quotedFrom = -1;
				keptFrom = index + 1;
			}
		}
		if (quotedFrom >= 0) out.push(' '.repeat(text.length - quotedFrom));
		else out.push(text.slice(keptFrom));
		result.push({text: out.join(''), quoted: letters === 0 ? 0 : quotedLetters / letters});
	}
	return result;
}
