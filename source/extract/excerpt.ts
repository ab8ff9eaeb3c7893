/** A sentence longer than this is shown as an excerpt around the finding. */
export const maxSentenceChars = 400;
/** Characters of context an excerpt keeps on each side of the finding, before it is cut back to a word boundary. */
const contextChars = 120;

/**
 * The sentence a finding is shown with: the whole sentence, or, for a run-on "sentence" (a page flattened into
 * one line, a list without full stops), the words around the finding with "…" where it was cut. Every finding
 * of a sentence carries it, so a whole run-on sentence would make the brief grow with the square of its length.
 */
export function sentenceExcerpt(sentence: string, start: number, end: number): string {
	if (sentence.length <= maxSentenceChars) return sentence;
	let from = Math.max(0, start - contextChars);
	let to = Math.min(sentence.length, end + contextChars);
	// Cut at a space, so no word is split; a single unbroken stretch is cut where it is.
	if (from > 0) {
		const space = sentence.indexOf(' ', from);
		if (space >= 0 && space < start) from = space + 1;
	}
	if (to < sentence.length) {
		const space = sentence.lastIndexOf(' ', to);
		if (space >= end) to = space;
	}
	return `${from > 0 ? '…' : ''}${sentence.slice(from, to)}${to < sentence.length ? '…' : ''}`;
}
