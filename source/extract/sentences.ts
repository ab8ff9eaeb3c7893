import type {Article, Span} from '../model.js';

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

// End punctuation, then closing quotes or brackets, then space before what can open a sentence. The match
// starts only at the first mark of a run: starting inside a long run of dots would rescan it at every offset.
const boundary = /(?<![.!?…])([.!?…]+)(["”’')\]]*)(\s+)(?=["“‘'(\[]?[\p{Lu}\p{N}])/gu;

const attributionAfter = /^(?:\p{Lu}[\p{L}'’-]+ ){1,3}(?:said|says|told|added|asked|wrote|warned|insisted|explained)\b/u;

// Module-level: the bundler turns a `\p{…}` literal into a `new RegExp`, which a function would build on every call.
const trailingWord = /([\p{L}.]+)$/u;
const singleLetter = /^\p{L}$/u;

/** How far back from a full stop the word before it is read: the longest abbreviation and then some. */
const abbreviationWindow = 12;

function isAsciiLetter(code: number): boolean {
	return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
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
	return isAbbreviation(start === end ? undefined : text.slice(start, end));
}

function isAbbreviation(letters: string | undefined): boolean {
	if (letters === undefined) return false;
	const lower = letters.toLowerCase();
	const word = lower.endsWith('.') ? lower.slice(0, -1) : lower;
	// Single capital initials ("J. Smith") and known abbreviations; one letter is at most two UTF-16 units.
	return abbreviations.has(word) || (word.length <= 2 && singleLetter.test(word));
}

/** Splits one paragraph into sentence spans relative to the paragraph. */
export function splitParagraph(paragraph: string): Span[] {
	const spans: Span[] = [];
	let start = 0;
	// An exec loop, not matchAll, which copies the pattern on every call.
	boundary.lastIndex = 0;
	for (let match = boundary.exec(paragraph); match !== null; match = boundary.exec(paragraph)) {
		const punctuation = match[1]!;
		const punctuationEnd = match.index + punctuation.length;
		if (punctuation === '.' && endsWithAbbreviation(paragraph, match.index)) continue;
		// `“Are your children dying?” Zelenski said` is one sentence: the quote's attribution follows.
		if (match[2] !== '' && attributionAfter.test(paragraph.slice(match.index + match[0].length, match.index + match[0].length + 60))) continue;
		const end = punctuationEnd + match[2]!.length;
		if (end > start) spans.push({start, end});
		start = end + match[3]!.length;
	}
	if (start < paragraph.length) spans.push({start, end: paragraph.length});
	return spans;
}

/** The body sentences of an article (paragraph blocks only; titles and sections are not body). */
export function articleSentences(article: Pick<Article, 'text' | 'blocks'>): Sentence[] {
	const sentences: Sentence[] = [];
	for (const [index, block] of article.blocks.entries()) {
		if (block.kind !== 'paragraph') continue;
		const paragraph = article.text.slice(block.start, block.end);
		for (const span of splitParagraph(paragraph)) {
			sentences.push({
				start: block.start + span.start,
				end: block.start + span.end,
				text: paragraph.slice(span.start, span.end),
				block: index,
			});
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
