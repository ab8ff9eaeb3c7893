import {isAsciiLetter, isDigitCode} from '../text/charCodes.js';
import {numberWords} from './numbers.js';
import type {Sentence} from './sentences.js';

/** The end of the run of at most `most` digits from `index`. */
function digitsEnd(text: string, index: number, most: number): number {
	const limit = index + most;
	while (index < limit && isDigitCode(text.charCodeAt(index))) index++;
	return index;
}

/** A regex alternation of `words` as a trie ("Ma(?:r(?:ch)?|y)"), which the engine tries much faster than a list. */
function trieSource(words: readonly string[], character: (character: string) => string): string {
	const byInitial = new Map<string, string[]>();
	for (const word of words) byInitial.set(word[0]!, [...(byInitial.get(word[0]!) ?? []), word.slice(1)]);
	return [...byInitial].map(([initial, rests]) => {
		if (rests.length === 1) return [initial, ...rests[0]!].map(character).join('');
		const longer = rests.filter(rest => rest !== '');
		return `${character(initial)}(?:${trieSource(longer, character)})${longer.length < rests.length ? '?' : ''}`;
	}).join('|');
}

const asWritten = (character: string) => character;
/** `[aA]` for a letter: the case-insensitive flag would also fold some letters beyond ASCII, and cost more. */
const inAnyCase = (character: string) => (character === ' ' ? character : `[${character}${character.toUpperCase()}]`);

function capitalised(word: string): string {
	return word[0]!.toUpperCase() + word.slice(1);
}

/**
 * Dates: chrono-node is the slowest step of extraction, so it only sees the neighbourhood of a word that can
 * start a date (a cue). Month and weekday names count only capitalised, as English copy writes them ("Ukraine
 * may face" is no date). A month counts only as a whole word; the other cues also start longer words ("Mondays").
 */
const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
	'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sept', 'Sep', 'Oct', 'Nov', 'Dec'];
const cueStarts = [
	'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday',
	...['yesterday', 'today', 'tonight', 'tomorrow'].flatMap(word => [word, capitalised(word)]),
	// "last weekend" is cued by its "last week".
	...['last', 'next', 'this'].flatMap(lead => ['week', 'month', 'year', 'night', 'morning', 'evening'].flatMap(period => [`${lead} ${period}`, `${capitalised(lead)} ${period}`])),
];

/**
 * What the dates and the figures stages look for in every sentence, found in one pass over its text (a pass of
 * each would cost as much again): numbers as figures reads them, a run of digits with separators (group 1) or a
 * number word in any case (group 2), and the date cue words. Numeric date cues ("2024-11-04", "4/11/24") are
 * read from the runs of digits (see `numericCues`).
 */
const marks = new RegExp(
	`(\\d+(?:[.,\\u00a0\\u202f\\u2009]\\d+)*)|\\b(?:(${trieSource(numberWords, inAnyCase)})\\b|(?:${trieSource(months, asWritten)})\\b|${trieSource(cueStarts, asWritten)})`,
	'g',
);

/** What `\w` matches: the characters of a word for `\b`. */
function isWordCode(code: number): boolean {
	return isAsciiLetter(code) || isDigitCode(code) || code === 95;
}

/** The end of a numeric date cue at `start`, "2024-11-04" or "4/11/24" (a year of two to four digits); -1 for none. */
function numericDateEnd(text: string, start: number): number {
	const year = digitsEnd(text, start, 4);
	if (year - start === 4 && text.charCodeAt(year) === 45 && digitsEnd(text, year + 1, 2) === year + 3
		&& text.charCodeAt(year + 3) === 45 && digitsEnd(text, year + 4, 2) === year + 6) return year + 6;
	const day = digitsEnd(text, start, 2);
	if (day === start || text.charCodeAt(day) !== 47) return -1;
	const month = digitsEnd(text, day + 1, 2);
	if (month === day + 1 || text.charCodeAt(month) !== 47) return -1;
	const end = digitsEnd(text, month + 1, 4);
	return end - month > 2 ? end : -1;
}

/**
 * Appends the numeric date cues that start in the run of digits `[start, end)` to `cues`: one can start at each
 * word start of the run (its start, or after a separator), but not inside the cue before, which ends at
 * `cuesEnd`. Returns where the last cue ends.
 */
function numericCues(text: string, start: number, end: number, cuesEnd: number, cues: number[]): number {
	let last = cuesEnd;
	for (let index = start; index < end; index++) {
		const wordStart = index === start ? !isWordCode(text.charCodeAt(start - 1)) : !isDigitCode(text.charCodeAt(index - 1)) && isDigitCode(text.charCodeAt(index));
		if (!wordStart || index < last) continue;
		const cueEnd = numericDateEnd(text, index);
		if (cueEnd < 0) continue;
		cues.push(index, cueEnd);
		last = cueEnd;
	}
	return last;
}

/**
 * Appends where the numbers and the date cues of `text` that start in `[from, to)` start and end to `numbers`
 * and `cues`, two entries each.
 */
function scanMarks(text: string, from: number, to: number, numbers: number[], cues: number[]): void {
	let cuesEnd = 0;
	marks.lastIndex = from;
	for (let match = marks.exec(text); match !== null && match.index < to; match = marks.exec(text)) {
		const end = marks.lastIndex;
		if (match[1] !== undefined) {
			numbers.push(match.index, end);
			cuesEnd = numericCues(text, match.index, end, cuesEnd, cues);
		} else if (match[2] !== undefined) {
			numbers.push(match.index, end);
		} else {
			cues.push(match.index, end);
			cuesEnd = end;
		}
	}
}

/** Where the numbers and the date cues of each of an article's sentences are, as offsets into the sentence. */
export interface SentenceMarks {
	/** The start and end of each number, two entries each, sentence by sentence. */
	readonly numbers: readonly number[];
	/** Where the numbers of each sentence start in `numbers`, and then where the last ones end. */
	readonly numbersFrom: readonly number[];
	readonly cues: readonly number[];
	readonly cuesFrom: readonly number[];
}

/** Each article's marks, for as long as its sentences are in use. */
const marksBySentences = new WeakMap<readonly Sentence[], SentenceMarks>();

/** The marks of `sentences`: found by whichever of the dates and the figures stages reads them first, for both. */
export function sentenceMarks(sentences: readonly Sentence[]): SentenceMarks {
	const known = marksBySentences.get(sentences);
	if (known !== undefined) return known;
	const found = {numbers: [] as number[], numbersFrom: [] as number[], cues: [] as number[], cuesFrom: [] as number[]};
	for (const sentence of sentences) {
		found.numbersFrom.push(found.numbers.length);
		found.cuesFrom.push(found.cues.length);
		scanMarks(sentence.text, 0, sentence.text.length, found.numbers, found.cues);
	}
	found.numbersFrom.push(found.numbers.length);
	found.cuesFrom.push(found.cues.length);
	marksBySentences.set(sentences, found);
	return found;
}

/** The numbers of `text` that the scan finds from `from` on and that start before `to`, as `SentenceMarks.numbers` gives them. */
export function numbersBetween(text: string, from: number, to: number): number[] {
	const numbers: number[] = [];
	scanMarks(text, from, to, numbers, []);
	return numbers;
}

/** Whether `text` has a word that can start a date. */
export function hasDateCue(text: string): boolean {
	const cues: number[] = [];
	scanMarks(text, 0, text.length, [], cues);
	return cues.length > 0;
}
