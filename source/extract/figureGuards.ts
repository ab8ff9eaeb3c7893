/**
 * Numbers that are not figures although they are written as plain digits: years, days of the month,
 * clock times, ages, page and list numbers, house and phone numbers, numbers inside names.
 * Each check looks only at a few characters around the number, so the scan stays linear.
 */

import {isAsciiLetter, isDigitCode, isSpaceCode} from '../text/charCodes.js';
import {clockTime} from './clockTime.js';

const months = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const monthBefore = new RegExp(`(?:^|[^\\p{L}])${months}\\s$`, 'iu');
const monthWord = new RegExp(`^${months}$`, 'iu');
const monthAfter = new RegExp(`^(?:\\s(?:of\\s)?)${months}(?![\\p{L}])`, 'iu');

/** Words after which a number names something rather than counting it: "page 5", "Article 5", "No 10", "articles 133 and 157". */
const namingWords = '(?:pp?\\.|no\\.?|nos\\.?|vol\\.?|(?:page|number|article|chapter|section|part|paragraph|clause|point|item|line|photo|image|picture|slide|video|flight|route|highway|room|level|phase|stage|step|round|season|episode|issue|volume|resolution|decree|law|category|grade|gate|platform|unit|block|house|apartment|tier|version|model|channel|seat|protocol|annex|bus|tram|studio|building|plot|exit|junction|ward)s?)';
const namingWordBefore = new RegExp(`(?:^|[^\\p{L}])${namingWords}\\s?$`, 'iu');
const namingWord = new RegExp(`^${namingWords}$`, 'iu');

const ageBefore = /(?:^|[^\p{L}])(?:aged|age|ages)\s(?:between\s|from\s)?$/iu;
// "aged 8 and 13", "aged 18 to 60", "articles 133, 134 and 157": a number coordinated with the one before it.
const coordinatedBefore = /(?<![\d.,])\d+(?:,?\s(?:and|or|&|to)\s|,\s)$/u;
// "8 and 13 years old": a number coordinated with the one after it.
const coordinatedAfter = /^(?:,?\s(?:and|or|&|to)\s|,\s)\d+/u;
const ageAfter = /^(?:[\s-]years?[\s-]old|-year-old|-years-old)(?![\p{L}])/iu;
// "Ivan Petrenko, 45, said", "a woman, 67, was killed": an age between commas after a name or a person.
const nameCommaBefore = /(?:\p{Lu}[\p{L}'’.-]+|(?:^|[^\p{L}])(?:man|woman|boy|girl|son|daughter|wife|husband|mother|father|brother|sister|grand(?:mother|father|son|daughter)|widow|teenager|pensioner|resident|soldier|driver|volunteer)),\s$/u;
const closingComma = /^(?:,|\s*\))/u;
const nameBracketBefore = /\p{Lu}[\p{L}'’-]+\s\($/u;

const houseAfter = /^\s(?:\p{Lu}[\p{L}'’-]*\s){1,3}(?:Street|St|Avenue|Ave|Road|Rd|Lane|Square|Place|Boulevard|Blvd|Drive|Way|Prospect|Embankment)(?![\p{L}])/u;

const phoneAfter = /^\)?[ -]\d{2,4}[ -]\d{2,4}(?!\d)/u;
const phoneBefore = /(?:\+\d{0,3}[\s(]*|\d{2,5}\)?[ -]\d{2,4}[ -]|\+\d{1,3}[ -]|\(\d{2,5}\)\s?)$/u;

const weekday = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/u;
// "day 1,000 of the war" numbers the day rather than counting anything.
const dayBefore = /(?:^|[^\p{L}])day\s$/iu;
// A live blog's time stamp opening a paragraph: "14.30 Russian forces ...", "09:15".
const stampAt = new RegExp(`^${clockTime}$`, 'u');

const clockBefore = /(?:^|[^\p{L}])(?:at|by|until|till|from|before|after)\s$/iu;
// "at 3 in the morning", "since about 4 at night": an hour told by the part of the day after it.
const hourBefore = /(?:^|[^\p{L}])(?:at|by|until|till|from|before|after|since|around|about|past)\s$/iu;
const dayPartAfter = /^\s(?:in\sthe\s(?:morning|afternoon|evening)|at\snight)(?![\p{L}])/iu;

// Module-level, as every \p pattern here: the bundler turns an inline \p{…} literal into a `new RegExp` on each call.
const wordBeforeSpace = /(\p{L}[\p{L}\p{N}'’.-]*)\s$/u;
const capitalised = /^\p{Lu}/u;
const afterStamp = /^(?:\s+\p{Lu}|\s*$|\s*[-–—:])/u;

/** The word just before `start`, when only one space separates it from the number. */
function previousWord(sentence: string, start: number): {word: string; start: number} | null {
	const windowStart = Math.max(0, start - 30);
	if (start - 1 < windowStart || !isSpaceAt(sentence, start - 1)) return null;
	// The word runs back over letters, digits, apostrophes, dots and hyphens and starts at its first letter.
	let wordStart = -1;
	for (let index = start - 1; index > windowStart; index--) {
		const code = sentence.charCodeAt(index - 1);
		if (code >= 0x80 && code !== 0x2019) return previousWordByPattern(sentence, start);
		if (isAsciiLetter(code)) wordStart = index - 1;
		else if (!(isDigitCode(code) || code === 39 || code === 0x2019 || code === 46 || code === 45)) break;
	}
	return wordStart < 0 ? null : {word: sentence.slice(wordStart, start - 1), start: wordStart};
}

/** `previousWord` for words with letters beyond ASCII. */
function previousWordByPattern(sentence: string, start: number): {word: string; start: number} | null {
	const match = wordBeforeSpace.exec(sentence.slice(Math.max(0, start - 30), start));
	if (match === null) return null;
	return {word: match[1]!, start: start - match[0].length};
}

/** True for a capitalised word in mid-sentence: "Boeing 737", "Leopard 2", "World War 2". */
function followsName(sentence: string, start: number): boolean {
	const previous = previousWord(sentence, start);
	if (previous === null || !capitalised.test(previous.word) || weekday.test(previous.word)) return false;
	const before = sentence.slice(Math.max(0, previous.start - 3), previous.start);
	// A capital after the sentence start or an opening quote or bracket is just a first word.
	return previous.start > 0 && !/(?:^|[.!?:;]\s*|["“‘'(\[]\s*)$/u.test(before);
}

/** Offsets of the first and last number of the run coordinated with the one at `[start, end)`. */
function coordinatedRun(sentence: string, start: number, end: number): {head: number; tail: number} {
	let head = start;
	let tail = end;
	for (let step = 0; step < 4 && mayFollowCoordination(sentence, head); step++) {
		const match = coordinatedBefore.exec(sentence.slice(Math.max(0, head - 16), head));
		if (match === null) break;
		head -= match[0].length;
	}
	for (let step = 0; step < 4 && mayPrecedeCoordination(sentence, tail); step++) {
		const match = coordinatedAfter.exec(sentence.slice(tail, tail + 16));
		if (match === null) break;
		tail += match[0].length;
	}
	return {head, tail};
}

/*
 * Most checks below need a particular character right next to the number (a space before "May 5", a
 * comma after "Petrenko, 45,"): a look at that character first spares the pattern for most numbers.
 */

/**
 * The word (letters and an optional final dot) that ends at `end`, within
 * `windowStart`; undefined when it has letters beyond ASCII, which only the patterns judge.
 */
function wordEndingAt(sentence: string, end: number, windowStart: number): string | undefined {
	let begin = end > windowStart && sentence.charCodeAt(end - 1) === 46 ? end - 1 : end;
	for (; begin > windowStart; begin--) {
		const code = sentence.charCodeAt(begin - 1);
		if (code >= 0x80) return undefined;
		if (!isAsciiLetter(code)) break;
	}
	return sentence.slice(begin, end);
}

/** Whether `monthBefore` can match before `start`: a month name, then one space. */
function mayFollowMonth(sentence: string, start: number): boolean {
	if (!isSpaceAt(sentence, start - 1)) return false;
	const word = wordEndingAt(sentence, start - 1, Math.max(0, start - 40));
	return word === undefined || monthWord.test(word);
}

/** Whether `namingWordBefore` can match before `start`: "page", "no.", "articles", then at most one space. */
function mayFollowNamingWord(sentence: string, start: number): boolean {
	const word = wordEndingAt(sentence, isSpaceAt(sentence, start - 1) ? start - 1 : start, Math.max(0, start - 40));
	return word === undefined || namingWord.test(word);
}

function isSpaceAt(sentence: string, index: number): boolean {
	return isSpaceCode(sentence.charCodeAt(index));
}

/** The character at `index` in lower case when it is an ASCII letter; non-ASCII letters that fold to ASCII ones are left to the patterns. */
function lowerAt(sentence: string, index: number): string {
	return (sentence[index] ?? '').toLowerCase();
}

/** Whether `phoneBefore` can match before `start`: it ends in a digit, "+", ")" or "-", then spaces or "(" only. */
function mayFollowPhonePrefix(sentence: string, start: number): boolean {
	const windowStart = Math.max(0, start - 40);
	let index = start;
	while (index > windowStart && (isSpaceAt(sentence, index - 1) || sentence[index - 1] === '(')) index--;
	if (index === windowStart) return false;
	const code = sentence.charCodeAt(index - 1);
	return isDigitCode(code) || code === 43 || code === 41 || code === 45;
}

/** Whether `coordinatedBefore` can match before `head`: a space after "and", "or", "&", "to" or a comma. */
function mayFollowCoordination(sentence: string, head: number): boolean {
	return isSpaceAt(sentence, head - 1) && 'dro&,'.includes(lowerAt(sentence, head - 2) || ' ');
}

/** Whether `coordinatedAfter` can match at `tail`: it starts with a comma or a space. */
function mayPrecedeCoordination(sentence: string, tail: number): boolean {
	return sentence[tail] === ',' || isSpaceAt(sentence, tail);
}

export interface BareNumber {
	readonly start: number;
	readonly end: number;
	/** As written, digits and separators only. */
	readonly written: string;
	readonly value: number;
	/** The noun after the number counts something (people, things). */
	readonly counted: boolean;
}

/**
 * True when a plain number (no currency, multiplier or unit) is not a figure. `start`/`end` are
 * offsets of the digits in `sentence`.
 */
export function isBareNonFigure(sentence: string, number: BareNumber): boolean {
	const {start, end, written, value, counted} = number;
	const before = sentence.slice(Math.max(0, start - 40), start);
	const after = sentence.slice(end, end + 60);
	const grouped = /[.,\s]/u.test(written);

	if (/^\d{4}$/.test(written) && value >= 1900 && value <= 2100) {
		// "2000 troops" is a count; "in 2022", "since 2022", "the 2022 invasion" are years.
		const previous = previousWord(sentence, start)?.word.toLowerCase();
		if (!counted || /^(?:in|since|by|of|until|till|from|to|before|after|during|early|late|mid|through|throughout|the)$/.test(previous ?? '')) return true;
	}
	const spaceBefore = isSpaceAt(sentence, start - 1);
	const spaceAfter = isSpaceAt(sentence, end);
	const next = sentence[end] ?? '';
	if ((mayFollowMonth(sentence, start) && monthBefore.test(before)) || (spaceAfter && monthAfter.test(after))) return true;
	if ((spaceBefore && ageBefore.test(before)) || ((spaceAfter || next === '-') && ageAfter.test(after))) return true;
	if (!grouped && value <= 120 && ((closingComma.test(after) && nameCommaBefore.test(before)) || (next === ')' && nameBracketBefore.test(before)))) return true;
	if (spaceAfter && houseAfter.test(after)) return true;
	const phoneGap = next === ' ' || next === '-';
	if (((phoneGap || next === ')') && phoneAfter.test(after)) || (mayFollowPhonePrefix(sentence, start) && phoneBefore.test(before))
		|| (phoneGap && /^[ -]\d{2,4}(?!\d)/u.test(after) && /\d{2,5}[ -]$/u.test(before))) return true;
	if (!grouped && ((mayFollowNamingWord(sentence, start) && namingWordBefore.test(before)) || followsName(sentence, start))) return true;
	// List numbering: "1. Troops", "(2) ...".
	if (start === 0 && /^[.)](?:\s|$)/u.test(after)) return true;
	if (next === ')' && sentence[start - 1] === '(' && !counted) return true;
	// A note or reference marker: "[1]".
	if (next === ']' && sentence[start - 1] === '[' && !counted) return true;
	if (spaceBefore && /^\d{1,2}\.\d{2}$/.test(written) && clockBefore.test(before)) return true;
	if (spaceBefore && spaceAfter && /^\d{1,2}$/.test(written) && value >= 1 && value <= 12 && hourBefore.test(before) && dayPartAfter.test(after)) return true;
	if (start === 0 && stampAt.test(written) && afterStamp.test(after)) return true;
	if (spaceBefore && lowerAt(sentence, start - 2) === 'y' && dayBefore.test(before)) return true;
	// The word that makes the first of "aged 8 and 13" an age (or the last of "8 and 13 years old") governs the whole run.
	const {head, tail} = coordinatedRun(sentence, start, end);
	if (head < start) {
		const lead = sentence.slice(Math.max(0, head - 40), head);
		if (ageBefore.test(lead) || (!grouped && namingWordBefore.test(lead))) return true;
	}
	return tail > end && ageAfter.test(sentence.slice(tail, tail + 20));
}
