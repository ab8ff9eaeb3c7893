/**
 * Words in a cleaned line (single spaces, trimmed), counting no further than `limit`:
 * headline tests only need to know whether a line is short.
 */
export function wordsIn(line: string, limit = Number.POSITIVE_INFINITY): number {
	if (line === '') return 0;
	let words = 1;
	for (let index = line.indexOf(' '); index !== -1 && words <= limit; index = line.indexOf(' ', index + 1)) words++;
	return words;
}

/** Ends the way a sentence or a quotation closes. */
export function endsClosed(line: string): boolean {
	return /[.!?"”’]$/.test(line);
}

/** A short line that does not close like a sentence: a label, a kicker, a byline, a tag. */
export function isLabelLine(line: string, maxWords: number): boolean {
	return wordsIn(line, maxWords) <= maxWords && !endsClosed(line);
}

/** A file's name without folder or extension, for an article that gives nothing better. */
export function fileStem(path: string): string {
	return path.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');
}
