import type {Span} from '../model.js';
import {isAsciiLetter, isDigitCode} from '../text/charCodes.js';
import {type WindowDate, windowDates} from './dateParser.js';
import {numberWords} from './numbers.js';
import type {Sentence} from './sentences.js';

/** A date expression found in an article. */
export interface DateMention extends Span {
	/** As written: "4 November", "yesterday", "last Sunday". */
	readonly text: string;
	/** `YYYY-MM-DD` when the day can be fixed, null when the text gives no year and no reference date is known. */
	readonly date: string | null;
	/** True when the expression names a calendar day (not just "June" or "this year"). */
	readonly day: boolean;
}

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

/** Characters around a cue that chrono sees: enough for "on the evening of 4 November 2024" or "last Sunday". */
const cueContext = 32;

/**
 * The longest window chrono sees. Some of its steps look back over the whole text before each date they find, so a
 * sentence that strings thousands of dates together would cost the square of its length in one window.
 */
const maxWindowLength = 512;

/** Stretches of `text` around its date cues (`cues[from, to)`), merged where they overlap (up to `maxWindowLength`). */
function cueWindows(text: string, cues: readonly number[], from: number, to: number): readonly Span[] {
	const windows: Span[] = [];
	for (let index = from; index < to; index += 2) {
		const cueStart = cues[index]!;
		const start = Math.max(0, cueStart - cueContext);
		const end = Math.min(text.length, cues[index + 1]! + cueContext);
		const last = windows.at(-1);
		if (last === undefined || start > last.end) windows.push({start, end});
		else if (end - last.start <= maxWindowLength) windows[windows.length - 1] = {start: last.start, end};
		else {
			// Too long to merge: the window so far ends where this cue starts, and a new one starts with it.
			windows[windows.length - 1] = {start: last.start, end: Math.min(last.end, cueStart)};
			windows.push({start: cueStart, end});
		}
	}
	return windows;
}

/** A sentence with date cues, and the windows around them that chrono sees. */
interface CuedSentence {
	readonly sentence: Sentence;
	readonly windows: readonly Span[];
}

/**
 * The sentences that have date cues, with their windows (most sentences have none): found once per article,
 * read both for its reference date and for its dates.
 */
function cuedSentences(sentences: readonly Sentence[]): readonly CuedSentence[] {
	const {cues, cuesFrom} = sentenceMarks(sentences);
	const cued: CuedSentence[] = [];
	for (let index = 0; index < sentences.length; index++) {
		const from = cuesFrom[index]!;
		const to = cuesFrom[index + 1]!;
		if (from === to) continue;
		const sentence = sentences[index]!;
		cued.push({sentence, windows: cueWindows(sentence.text, cues, from, to)});
	}
	return cued;
}

export function hasDateCue(text: string): boolean {
	const cues: number[] = [];
	scanMarks(text, 0, text.length, [], cues);
	return cues.length > 0;
}

/** chrono's results for the cue `windows` of one sentence, with indexes relative to the sentence. */
function parseWindows(text: string, windows: readonly Span[], reference: Date): Array<{index: number; result: WindowDate}> {
	const parsed: Array<{index: number; result: WindowDate}> = [];
	for (const window of windows) {
		for (const result of windowDates(text.slice(window.start, window.end), reference)) parsed.push({index: window.start + result.index, result});
	}
	return parsed;
}

/** The reference chrono gets when an article has none: any fixed day serves, since no year it implies is kept. */
const noReference = new Date(2000, 0, 1, 12);

function isoDay(date: Date): string {
	const year = date.getFullYear();
	const month = String(date.getMonth() + 1).padStart(2, '0');
	const day = String(date.getDate()).padStart(2, '0');
	return `${String(year).padStart(4, '0')}-${month}-${day}`;
}

/** Parses `YYYY-MM-DD` as a local-noon date, so time zones never move it to the previous day. */
export function parseIsoDay(iso: string): Date | null {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
	if (match === null) return null;
	const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 12);
	return Number.isNaN(date.getTime()) ? null : date;
}

const fourDigits = /\d{4}/;

const writtenYear = /\b\d{4}\b/;

function statesYear(text: string): boolean {
	return writtenYear.test(text);
}

/** "May" alone is usually the verb ("Ukraine may face"); chrono is told only about capitalised months. */
function isModalMay(result: WindowDate): boolean {
	return /^may$/i.test(result.text.trim()) && !/^May$/.test(result.text.trim());
}

/**
 * Every date expression in the sentences, resolved against `reference` (the article's publication date).
 * Without a reference, only expressions that state their year are resolved; the rest keep their text
 * and a null date, because a guessed year would be an invented date.
 */
export function findDates(sentences: readonly Sentence[], reference: Date | null): DateMention[] {
	return datesIn(cuedSentences(sentences), reference);
}

function datesIn(cued: readonly CuedSentence[], reference: Date | null): DateMention[] {
	const mentions: DateMention[] = [];
	for (const {sentence, windows} of cued) {
		for (const {index, result} of parseWindows(sentence.text, windows, reference ?? noReference)) {
			if (isModalMay(result) || /^now$/i.test(result.text.trim())) continue;
			// chrono calls "yesterday" certain relative to whatever reference it was given, so without a real one only a written year counts.
			const yearKnown = reference !== null || statesYear(result.text);
			mentions.push({
				start: sentence.start + index,
				end: sentence.start + index + result.text.length,
				text: result.text.trim(),
				date: yearKnown ? isoDay(new Date(result.time)) : null,
				day: result.day || /\b(?:yesterday|today|tonight|tomorrow)\b/i.test(result.text),
			});
		}
	}
	return mentions;
}

/** The date an article's `published` metadata gives, as a reference date; null when it gives none. */
function publishedReference(published: string | null): {date: Date; inferred: boolean} | null {
	const date = published === null ? null : parseIsoDay(published);
	return date === null ? null : {date, inferred: false};
}

/**
 * The date an article's relative dates are read against: its publication date, or else the latest
 * fully stated date (day, month and year) in its own text. Null when neither exists.
 */
export function referenceDate(published: string | null, sentences: readonly Sentence[]): {date: Date; inferred: boolean} | null {
	return publishedReference(published) ?? latestStatedDate(cuedSentences(sentences));
}

/** The latest fully stated date (day, month and year) of the sentences, as an inferred reference date. */
function latestStatedDate(cued: readonly CuedSentence[]): {date: Date; inferred: boolean} | null {
	let latest: number | null = null;
	for (const {sentence: {text}, windows} of cued) {
		// A window without four digits in a row cannot hold an expression that states its year, and only
		// a sentence that writes a year can state a full date.
		const yearWindows = windows.filter(window => fourDigits.test(text.slice(window.start, window.end)));
		if (yearWindows.length === 0 || !statesYear(text)) continue;
		for (const {result} of parseWindows(text, yearWindows, noReference)) {
			if (!statesYear(result.text) || !result.monthAndDay) continue;
			if (latest === null || result.time > latest) latest = result.time;
		}
	}
	return latest === null ? null : {date: new Date(latest), inferred: true};
}

/**
 * An article's date mentions (see `findDates`), relative ones resolved against its `referenceDate`. The
 * sentences' date cues are found once for both.
 */
export function articleDates(published: string | null, sentences: readonly Sentence[]): DateMention[] {
	const cued = cuedSentences(sentences);
	const reference = publishedReference(published) ?? latestStatedDate(cued);
	return datesIn(cued, reference?.date ?? null);
}
