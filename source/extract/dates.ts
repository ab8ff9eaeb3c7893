import type {Span} from '../model.js';
import {type WindowDate, windowDates} from './dateParser.js';
import {sentenceMarks} from './sentenceMarks.js';
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
	const {cues, cuesFrom, numbers, numbersFrom} = sentenceMarks(sentences);
	const cued: CuedSentence[] = [];
	for (let index = 0; index < sentences.length; index++) {
		const from = cuesFrom[index]!;
		const to = cuesFrom[index + 1]!;
		const sentence = sentences[index]!;
		const dotted = dottedCues(sentence.text, numbers, numbersFrom[index]!, numbersFrom[index + 1]!);
		if (dotted.length > 0) {
			const all = withCues(cues.slice(from, to), dotted);
			cued.push({sentence, windows: cueWindows(sentence.text, all, 0, all.length)});
		} else if (from < to) cued.push({sentence, windows: cueWindows(sentence.text, cues, from, to)});
	}
	return cued;
}

/** A date in figures, day first, as Europe writes it: "19.11.2024". */
const dottedDate = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;

/** The numbers of `numbers[from, to)` that are dotted dates, which the scan reads as numbers only: cues of their own. */
function dottedCues(text: string, numbers: readonly number[], from: number, to: number): number[] {
	const found: number[] = [];
	for (let index = from; index < to; index += 2) {
		const start = numbers[index]!;
		const end = numbers[index + 1]!;
		if (end - start >= 8 && end - start <= 10 && dottedDate.test(text.slice(start, end))) found.push(start, end);
	}
	return found;
}

/** Two lists of cues (start and end pairs, each in text order) as one in text order. */
function withCues(cues: readonly number[], more: readonly number[]): number[] {
	const pairs: Array<[number, number]> = [];
	for (const list of [cues, more]) for (let index = 0; index < list.length; index += 2) pairs.push([list[index]!, list[index + 1]!]);
	return pairs.sort((a, b) => a[0] - b[0]).flat();
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

/** Numbers that chrono reads as hours of the day without a clock's colon or "am" ("from 20 to 22 percent"): no date. */
const bareHours = /^\d{1,2}(?:\s*(?:-|–|to)\s*\d{1,2})?$/;

/**
 * A part of the day before the day it belongs to: "morning of November 20", "evening of Tuesday", "night of 19-20
 * November". chrono reads the part of the day against the reference and drops the day named after it.
 */
const partOfDay = /^(?:early\s+|late\s+)?(morning|afternoon|evening|night)\s+of\s+/i;

/**
 * The day of a part of the day, read from the day named after it. The night of two days ("19-20 November") is dated
 * by the second, the morning it ends in: as what happened "overnight" is dated by the page of the morning after,
 * and as the reports of such a night (air force tallies, the regional posts) are dated.
 */
function dayOfPart(result: WindowDate, reference: Date): WindowDate {
	const part = partOfDay.exec(result.text);
	if (part === null) return result;
	const [named] = windowDates(result.text.slice(part[0].length), reference);
	if (named?.index !== 0 || !named.day) return result;
	const night = part[1]!.toLowerCase() === 'night';
	return {...result, time: night && named.endDay !== null ? named.endDay : named.time, day: true, monthAndDay: named.monthAndDay};
}

/** "over the past 24 hours", "in the last day": the day that ends with the page's publication, its day, not the day before. */
const dayToPublication = /^(?:past|last)\s+(?:(?:24|twenty-four)\s+hours|day)$/i;

/** The day of the date `result` gives: a dotted date is day first ("05.11.2024" is 5 November), whatever chrono's order. */
function dayOf(result: WindowDate, written: string, reference: Date): number | null {
	const dotted = dottedDate.exec(written);
	if (dotted !== null) {
		const [day, month, year] = [Number(dotted[1]), Number(dotted[2]) - 1, Number(dotted[3])];
		const date = new Date(year, month, day, 12);
		return date.getMonth() === month && date.getDate() === day ? date.getTime() : null;
	}
	return dayToPublication.test(written) ? reference.getTime() : result.time;
}

function datesIn(cued: readonly CuedSentence[], reference: Date | null): DateMention[] {
	const mentions: DateMention[] = [];
	for (const {sentence, windows} of cued) {
		for (const {index, result: found} of parseWindows(sentence.text, windows, reference ?? noReference)) {
			const written = found.text.trim();
			if (isModalMay(found) || /^now$/i.test(written) || bareHours.test(written)) continue;
			const result = dayOfPart(found, reference ?? noReference);
			const time = dayOf(result, written, reference ?? noReference);
			if (time === null) continue;
			// chrono calls "yesterday" certain relative to whatever reference it was given, so without a real one only a written year counts.
			const yearKnown = reference !== null || statesYear(result.text);
			mentions.push({
				start: sentence.start + index,
				end: sentence.start + index + result.text.length,
				text: written,
				date: yearKnown ? isoDay(new Date(time)) : null,
				day: result.day || /\b(?:yesterday|today|tonight|tomorrow|this (?:morning|afternoon|evening)|last night)\b/i.test(result.text),
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
