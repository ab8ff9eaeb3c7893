import type {Span} from '../model.js';
import {type WindowDate, windowDates} from './dateParser.js';
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

/**
 * Cheap pre-filter: chrono-node is the slowest step of extraction, so it only sees the neighbourhood of a
 * word that can start a date. Month and weekday names count only capitalised, as English copy writes them
 * ("Ukraine may face" is no date); case-sensitive matching is also much faster.
 */
const dateCue =
	/\b(?:(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|[Yy]esterday|[Tt]oday|[Tt]onight|[Tt]omorrow|(?:[Ll]ast|[Nn]ext|[Tt]his) (?:week|month|year|night|weekend|morning|evening)|\d{4}-\d\d-\d\d|\d{1,2}\/\d{1,2}\/\d{2,4})/g;

/** Characters around a cue that chrono sees: enough for "on the evening of 4 November 2024" or "last Sunday". */
const cueContext = 32;

/**
 * The longest window chrono sees. Some of its steps look back over the whole text before each date they find, so a
 * sentence that strings thousands of dates together would cost the square of its length in one window.
 */
const maxWindowLength = 512;

const noWindows: readonly Span[] = [];

/** Stretches of `text` around its date cues, merged where they overlap (up to `maxWindowLength`). */
function cueWindows(text: string): readonly Span[] {
	let windows: Span[] | undefined;
	// An exec loop, not matchAll: matchAll copies the pattern on every call, which costs more than most sentences' scan.
	dateCue.lastIndex = 0;
	for (let match = dateCue.exec(text); match !== null; match = dateCue.exec(text)) {
		const start = Math.max(0, match.index - cueContext);
		const end = Math.min(text.length, match.index + match[0].length + cueContext);
		windows ??= [];
		const last = windows.at(-1);
		if (last === undefined || start > last.end) windows.push({start, end});
		else if (end - last.start <= maxWindowLength) windows[windows.length - 1] = {start: last.start, end};
		else {
			// Too long to merge: the window so far ends where this cue starts, and a new one starts with it.
			windows[windows.length - 1] = {start: last.start, end: Math.min(last.end, match.index)};
			windows.push({start: match.index, end});
		}
	}
	return windows ?? noWindows;
}

/** The cue windows of each of `sentences`: found once per article, read both for its reference date and for its dates. */
function sentenceCueWindows(sentences: readonly Sentence[]): ReadonlyArray<readonly Span[]> {
	return sentences.map(sentence => cueWindows(sentence.text));
}

export function hasDateCue(text: string): boolean {
	dateCue.lastIndex = 0;
	const found = dateCue.test(text);
	dateCue.lastIndex = 0;
	return found;
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
	return datesIn(sentences, sentenceCueWindows(sentences), reference);
}

function datesIn(sentences: readonly Sentence[], windows: ReadonlyArray<readonly Span[]>, reference: Date | null): DateMention[] {
	const mentions: DateMention[] = [];
	for (let position = 0; position < sentences.length; position++) {
		const sentence = sentences[position]!;
		const sentenceWindows = windows[position]!;
		// Most sentences have no cue: no need to gather their results.
		if (sentenceWindows.length === 0) continue;
		for (const {index, result} of parseWindows(sentence.text, sentenceWindows, reference ?? noReference)) {
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
	return publishedReference(published) ?? latestStatedDate(sentences, sentenceCueWindows(sentences));
}

/** The latest fully stated date (day, month and year) of the sentences, as an inferred reference date. */
function latestStatedDate(sentences: readonly Sentence[], windows: ReadonlyArray<readonly Span[]>): {date: Date; inferred: boolean} | null {
	let latest: number | null = null;
	for (let position = 0; position < sentences.length; position++) {
		const {text} = sentences[position]!;
		const sentenceWindows = windows[position]!;
		if (sentenceWindows.length === 0) continue;
		// A window without four digits in a row cannot hold an expression that states its year, and only
		// a sentence that writes a year can state a full date.
		const yearWindows = sentenceWindows.filter(window => fourDigits.test(text.slice(window.start, window.end)));
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
	const windows = sentenceCueWindows(sentences);
	const reference = publishedReference(published) ?? latestStatedDate(sentences, windows);
	return datesIn(sentences, windows, reference?.date ?? null);
}
