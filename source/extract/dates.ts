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

function datesIn(cued: readonly CuedSentence[], reference: Date | null): DateMention[] {
	const mentions: DateMention[] = [];
	for (const {sentence, windows} of cued) {
		for (const {index, result} of parseWindows(sentence.text, windows, reference ?? noReference)) {
			const written = result.text.trim();
			if (isModalMay(result) || /^now$/i.test(written) || bareHours.test(written)) continue;
			// chrono calls "yesterday" certain relative to whatever reference it was given, so without a real one only a written year counts.
			const yearKnown = reference !== null || statesYear(result.text);
			mentions.push({
				start: sentence.start + index,
				end: sentence.start + index + result.text.length,
				text: written,
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
