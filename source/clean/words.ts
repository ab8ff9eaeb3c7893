import {isCodeOf} from '../text/charCodes.js';

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

/** A run of `spaceRunLength` spaces and what stands before each, matched where the last run ended. */
const spaceRunLength = 32;
const spaceRun = new RegExp(`(?:[^ ]* ){${spaceRunLength}}`, 'y');

/** Spaces in `text`: cleaned lines joined by newlines hold one word more per line than they hold spaces. */
export function spacesIn(text: string): number {
	// A text has a space every six characters or so: one regex call per run of them costs less than an indexOf per space.
	let spaces = 0;
	let from = 0;
	spaceRun.lastIndex = 0;
	while (spaceRun.test(text)) {
		spaces += spaceRunLength;
		from = spaceRun.lastIndex;
	}
	for (let index = text.indexOf(' ', from); index !== -1; index = text.indexOf(' ', index + 1)) spaces++;
	return spaces;
}

/**
 * Whether the character `back` places from the end of `line` (1: the last) is one of `chars`: what
 * `/[chars]$/` tests, without the regex trying every position of the line, and for one character what `endsWith`
 * says, without a call into the runtime for each line.
 */
export function endsWithAny(line: string, chars: string, back = 1): boolean {
	const index = line.length - back;
	// Compared by code: `line[index]` would make a string of the character, a new one for each curly quote.
	return index >= 0 && isCodeOf(line.charCodeAt(index), chars);
}

/** Ends the way a sentence or a quotation closes. */
export function endsClosed(line: string): boolean {
	return endsWithAny(line, '.!?"”’');
}

/** A short line that does not close like a sentence: a label, a kicker, a byline, a tag. */
export function isLabelLine(line: string, maxWords: number): boolean {
	// Most lines close like a sentence: a look at the last character spares counting their words.
	return !endsClosed(line) && wordsIn(line, maxWords) <= maxWords;
}

/** A file's name without folder or extension, for an article that gives nothing better. */
export function fileStem(path: string): string {
	return path.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');
}
