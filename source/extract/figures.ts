import type {Article, Figure, FigureUnit} from '../model.js';
import {isAsciiLetter, isCodeOf, isDigitCode, isLetterOrDigitCode, isSpaceCode} from '../text/charCodes.js';
import type {DateMention} from './dates.js';
import {numbersBetween, sentenceMarks} from './sentenceMarks.js';
import {sentenceExcerpt} from './excerpt.js';
import {isModifierWord, lowerCase, nounKind, reportingNouns, type NounKind} from './figureNouns.js';
import {isBareNonFigure} from './figureGuards.js';
import {figureLabel, tallyLabel, type LabelKind} from './labels.js';
import {multiplierValue, parseDigits, readWordNumber} from './numbers.js';
import type {Sentence} from './sentences.js';

/** A figure found in one sentence, with offsets into that sentence. */
interface Reading {
	readonly start: number;
	/** End of the figure as written (number and unit). */
	readonly end: number;
	/** End of everything that belongs to it, such as a converted value in brackets. */
	readonly through: number;
	readonly value: number;
	readonly unit: FigureUnit;
	readonly approximate: boolean;
	readonly labelKind: LabelKind;
}

/**
 * The reading of a figure that is all of [start, end) and nothing after it, approximate when it is said to be
 * (`approximate`) or the words around it say so.
 */
function spanReading(text: string, start: number, end: number, value: number, unit: FigureUnit, labelKind: LabelKind, approximate = false): Reading {
	return {start, end, through: end, value, unit, approximate: approximate || isApproximate(text, start, end), labelKind};
}

const currencyBefore = /(?:^|[^\p{L}\p{N}])((?:[A-Z]{1,3})?[$€£₴₽¥]|(?:USD|EUR|GBP|UAH|RUB|CHF|CAD|AUD|JPY|CNY)\s?)$/u;
const currencyWordAfter = /\s(?:(?:US|American|Canadian|Australian)\s)?(dollars|euros?|pounds(?:\s+sterling)?|sterling|roubles?|rubles?|hryvnias?|hryvnyas?|yuan|yen|francs|zlotys?|kroner|kronor|lari|lira|tenge)(?![\p{L}])/iuy;
const wordMultiplierAfter = /[\s\u00a0-]?(trillion|billion|million|thousand|bn|bln|mn|mln|tn|trn)(?![\p{L}\p{N}])/iuy;
const letterMultiplierAfter = /([mbk])(?![\p{L}\p{N}])/iuy;
const rangeAfter = /\s?(?:[-–—]|to|and)\s?(?=(?:[$€£]|US\$)?\d)/iuy;
const rangeCurrency = /(?:US\$|[$€£])?/uy;
const digitsAt = /\d+(?:[.,\u00a0\u202f\u2009]\d+)*/uy;

const ordinalAfter = /(?:st|nd|rd|th)(?![\p{L}])/iuy;
const decadeAfter = /['’]?s(?![\p{L}])/uy;
const clockAfter = /\s?(?:[ap]\.?m\.?(?![\p{L}])|o['’]\s?clock(?![\p{L}])|(?:gmt|utc|bst|cet|cest|eet|eest|msk)(?![\p{L}])|local time|kyiv time|moscow time)/iuy;
const percentAfter = /\s?(?:%|per\s?cent(?![\p{L}])|percent(?![\p{L}])|percentage points?(?![\p{L}])|pc(?![\p{L}])|pct(?![\p{L}]))/iuy;
const areaAfter = /(?:\s?(?:square|sq\.?)\s?(?:km|kilometres?|kilometers?|miles?|metres?|meters?|m)(?![\p{L}])|\s?(?:km|mi)(?:²|2)(?![\p{L}\p{N}])|\s?(?:km\/h|kph|mph)(?![\p{L}]))/iuy;
const kilometresAfter = /(?:\s|-)?(?:km|kilometres?|kilometers?)(?![\p{L}\p{N}])/iuy;
const milesAfter = /(?:(?:\s|-)miles?|miles?|mi)(?![\p{L}])/iuy;
const measureAfter = /\s?(?:kg|mw|gw|kwh|mwh|gwh|twh|bcm|°c|°f|°)(?![\p{L}])/iuy;
/** " in 5", " out of 10", " in 5,000": the whole that the number before is a share of ("5 in 2023" is a year). */
const ratioAfter = /\s(?:in|out of)\s(?!(?:19|20)\d\d(?![.,]?\d))(\d+(?:,\d{3})*)(?![.,]?\d)/iy;
const wordRatioAfter = /\s(?:in|out of)\s/iy;
const compoundAfter = /[-‑]([\p{L}]+(?:-[\p{L}]+)*)/uy;
// A word glued to digits ("M1A1") is a name, not a noun.
const wordAfter = /\s+([\p{L}][\p{L}'’-]*|(?:\p{L}\.){2,})(?!\p{N})/uy;
const reportingAfter = /^\s+(?:familiar with|with knowledge|close to|briefed on|aware of)/iu;
const conversionAfter = /\s?\(\s?(?:about |around |some |roughly |approximately |nearly |almost |over |more than |up to )?(?:US\$|[$€£])?\d[\d.,]*\s?(?:bn|billion|m|mn|million|trillion|km|kilometres?|kilometers?|miles?|mi)?(?:[\s-]?(?:km|kilometres?|kilometers?|miles?|mi|dollars|euros|pounds))?\s?\)/iuy;

const approximationBefore = /(?:^|[^\p{L}])(?:as many as|as much as|roughly|about|around|almost|nearly|up to|more than|over|some|at least|an estimated|estimated|approximately|close to|upwards of|in excess of|just over|just under|fewer than|less than|under|circa|approx\.?|~)\s*$/iu;
const approximationAfter = /^(?:\s?\+|\s(?:or so|plus)(?![\p{L}]))/iu;
// "rose from 8,000 to 12,000" reports two values, not a range.
const comparisonBefore = /(?:(?:up|down|rising|falling|rose|fell|increased|decreased)\s+from|compared (?:with|to)|against)\s+(?:about\s+|around\s+|roughly\s+|almost\s+|nearly\s+)?$/iu;
/** "from 20 to 22 percent" tells a change unless the words before make it a span ("ranging from 20 to 22 percent"). */
const spanFrom = /\b(?:rang(?:e|es|ed|ing)|var(?:y|ies|ied|ying)|anywhere)\s+from\s$/iu;

/** Whether "X to Y" after `before` is a change from X to Y (two values) rather than a range. */
function isChange(before: string): boolean {
	return changeBefore.test(before) || (/\bfrom\s$/iu.test(before) && !spanFrom.test(before));
}
const partOfPrevious = /^\s+of\s+(?:them|those|these)(?![\p{L}])/iu;
const changeBefore = /(?:rose|risen|rising|fell|fallen|falling|grew|grown|increased|decreased|dropped|jumped|climbed|declined|surged|raised|cut|reduced|lowered|boosted|went|up|down)\s+from\s$/iu;

function at(pattern: RegExp, text: string, index: number): RegExpExecArray | null {
	pattern.lastIndex = index;
	return pattern.exec(text);
}

/*
 * Most numbers are followed by a space and a plain word, which none of the patterns after a number can
 * start with: a look at the next one or two characters decides which patterns are worth trying.
 */

/** The character code at `index` as the case-insensitive patterns compare it: ASCII letters in lower case, K (Kelvin) and ſ as k and s. */
function foldedCode(text: string, index: number): number {
	const code = text.charCodeAt(index);
	if (code >= 65 && code <= 90) return code | 0x20;
	if (code === 0x212a) return 107;
	if (code === 0x17f) return 115;
	return code;
}

/** The folded first character after an optional space or hyphen at `index`: where a unit or multiplier word starts. */
function initialAfter(text: string, index: number): number {
	const code = text.charCodeAt(index);
	return isSpaceCode(code) || code === 45 ? foldedCode(text, index + 1) : foldedCode(text, index);
}

/** Whether `text[index]` is a letter as `\p{L}` says, by its code when it is ASCII. */
function isLetterAt(text: string, index: number): boolean {
	const code = text.charCodeAt(index);
	if (!(code >= 0x80)) return isAsciiLetter(code);
	return letter.test(text[index]!);
}

function currencyUnit(written: string): FigureUnit {
	const symbol = written.trim();
	if (symbol === '$' || symbol === 'US$' || symbol === 'USD') return 'USD';
	if (symbol === '€' || symbol === 'EUR') return 'EUR';
	if (symbol === '£' || symbol === 'GBP') return 'GBP';
	return 'other';
}

function currencyWordUnit(word: string): FigureUnit {
	const lower = word.toLowerCase();
	if (lower === 'dollars') return 'USD';
	if (lower.startsWith('euro')) return 'EUR';
	if (lower.startsWith('pound') || lower === 'sterling') return 'GBP';
	return 'other';
}

// Stops before the space that `wordAfter` reads: "seven of their own drones".
/** A weapon or model designation: "F-16", "Su-34s", "S-400", "Mi-8", "M1A1", "IRIS-T"; groups 2 and 4 are a plural "s". */
const modelAfter = /\s+(\p{Lu}[\p{L}]{0,4}-?\d[\p{L}\p{N}]*?(?:-\p{Lu}{1,3})?)(s)?(?![\p{L}\p{N}-])|\s+(\p{Lu}{2,5}-\p{Lu}{1,3})(s)?(?![\p{L}\p{N}-])/uy;
const partitiveAfter = /\s+of(?:\s+(?:the|its|their|these|those|our|his|her))?(?:\s+\d[\d,.]*)?(?=\s)/iuy;
// Module-level, as every \p pattern here: the bundler turns an inline \p{…} literal into a `new RegExp` on each call.
const initials = /^(?:\p{L}\.){2,}$/u;
const letter = /\p{L}/u;

/** The index of the first character at or after `index` that is no space. */
function afterSpaces(text: string, index: number): number {
	while (isSpaceCode(text.charCodeAt(index))) index++;
	return index;
}

/**
 * What `wordAfter` reads at `position`, whose word starts at `wordStart`: a character loop for ASCII words,
 * the pattern for others. A digit right after the word takes its last character off, as the pattern's
 * backtracking does.
 */
function readWordAfter(text: string, position: number, wordStart: number): {word: string; end: number} | null {
	const first = text.charCodeAt(wordStart);
	if (first >= 0x80) return wordAfterByPattern(text, position);
	if (!isAsciiLetter(first)) return null;
	let end = wordStart + 1;
	for (;; end++) {
		const code = text.charCodeAt(end);
		if (isAsciiLetter(code) || code === 39 || code === 0x2019 || code === 45) continue;
		if (code >= 0x80) return wordAfterByPattern(text, position);
		break;
	}
	if (isDigitCode(text.charCodeAt(end))) {
		if (end - wordStart < 2) return null;
		end--;
	}
	return {word: text.slice(wordStart, end), end};
}

function wordAfterByPattern(text: string, position: number): {word: string; end: number} | null {
	const match = at(wordAfter, text, position);
	return match === null ? null : {word: match[1]!, end: wordAfter.lastIndex};
}

/** The noun a number counts: up to three modifiers, then a noun on one of the lists ("104 of the 120 missiles" counts missiles). */
function countedNoun(text: string, from: number): {kind: NounKind | undefined; word: string; end: number} {
	const partitive = isSpaceCode(text.charCodeAt(from)) && foldedCode(text, afterSpaces(text, from)) === 111 && at(partitiveAfter, text, from) !== null;
	let position = partitive ? partitiveAfter.lastIndex : from;
	for (let words = 0; words < 4; words++) {
		// Both patterns below start with spaces: a designation then needs a capital, a noun a letter.
		const wordStart = afterSpaces(text, position);
		if (wordStart === position) break;
		const initial = text.charCodeAt(wordStart);
		const model = (initial >= 65 && initial <= 90) || initial >= 0x80 ? at(modelAfter, text, position) : null;
		if (model !== null) {
			// "six F-16s" counts the aircraft; "four Su-25 jets" names the kind of the jets counted.
			if ((model[2] ?? model[4]) !== undefined) return {kind: 'thing', word: model[1] ?? model[3]!, end: modelAfter.lastIndex};
			position = modelAfter.lastIndex;
			continue;
		}
		const match = readWordAfter(text, position, wordStart);
		if (match === null) break;
		const {word} = match;
		const kind = nounKind(word);
		if (kind !== undefined) return {kind, word, end: match.end};
		if (!isModifierWord(word) && !initials.test(word) && !/^(?:more|fewer|other|extra)$/i.test(word)) break;
		position = match.end;
	}
	return {kind: undefined, word: '', end: from};
}

/**
 * The last word of each phrase `approximationBefore` knows, in lower case, with the words one of which must
 * come before it when it is no phrase alone ("up to", "at least").
 */
const approximationEnds = new Map<string, readonly string[] | undefined>([
	['roughly', undefined], ['about', undefined], ['around', undefined], ['almost', undefined], ['nearly', undefined],
	['over', undefined], ['some', undefined], ['estimated', undefined], ['approximately', undefined], ['under', undefined],
	['circa', undefined], ['approx', undefined],
	['as', ['many', 'much']], ['to', ['up', 'close']], ['than', ['more', 'fewer', 'less']], ['least', ['at']], ['of', ['upwards', 'excess']],
]);

/** The ASCII word ending at `end` (not before `windowStart`) in lower case; undefined next to other letters, which only the pattern judges. */
function asciiWordBefore(text: string, end: number, windowStart: number): string | undefined {
	let begin = end;
	for (; begin > windowStart; begin--) {
		const code = text.charCodeAt(begin - 1);
		if (code >= 0x80) return undefined;
		if (!isAsciiLetter(code)) break;
	}
	return lowerCase(text.slice(begin, end));
}

/** Whether `approximationBefore` can match before `start`: a phrase of its list (within its 20-character window) ends there. */
function mayFollowApproximation(text: string, start: number): boolean {
	const windowStart = Math.max(0, start - 20);
	let end = start;
	while (end > windowStart && isSpaceCode(text.charCodeAt(end - 1))) end--;
	const last = asciiWordBefore(text, end, windowStart);
	if (last === undefined) return true;
	if (last === '') return end > windowStart && (text.charCodeAt(end - 1) === 126 || text.charCodeAt(end - 1) === 46);
	if (!approximationEnds.has(last)) return false;
	const leads = approximationEnds.get(last);
	if (leads === undefined) return true;
	const gap = end - last.length - 1;
	if (gap < windowStart || text.charCodeAt(gap) !== 32) return false;
	const lead = asciiWordBefore(text, gap, windowStart);
	return lead === undefined || leads.includes(lead);
}

/** Whether `approximationAfter` can match at `end`: a plus, or a space before "or so" or "plus". */
function mayPrecedeApproximation(text: string, end: number): boolean {
	const code = text.charCodeAt(end);
	return code === 43 || (isSpaceCode(code) && isCodeOf(foldedCode(text, end + 1), '+op'));
}

function isApproximate(text: string, start: number, end: number): boolean {
	return (mayFollowApproximation(text, start) && approximationBefore.test(text.slice(Math.max(0, start - 20), start)))
		|| (mayPrecedeApproximation(text, end) && approximationAfter.test(text.slice(end, end + 8)));
}

/** The approximation written before `start` ("at least "), with the character before it when that is no letter. */
function approximationAt(text: string, start: number): string | null {
	if (!mayFollowApproximation(text, start)) return null;
	return approximationBefore.exec(text.slice(Math.max(0, start - 20), start))?.[0] ?? null;
}

/** Where the label's subject may start: before "at least", "as many as", ... */
function labelStart(text: string, start: number): number {
	const written = approximationAt(text, start);
	return written === null ? start : start - written.length + (/^[^\p{L}]/u.test(written) ? 1 : 0);
}

/** "at least", "more than", "about": the words that bound or blur a figure, as a reader would quote them; not "~". */
function qualifierAt(text: string, start: number): string | null {
	const words = approximationAt(text, start)?.replace(/^[^\p{L}]+/u, '').trim().toLowerCase();
	return words === undefined || words === '' ? null : words;
}

/**
 * A multiplier after the digits at `from` ("bn", " million", "m"). Without a currency, "m" is a million
 * only before a counted noun ("6.5m refugees"); otherwise it is metres, and the factor is NaN.
 */
function readMultiplier(text: string, from: number, money: boolean): {factor: number | undefined; end: number} {
	if (!isCodeOf(initialAfter(text, from), 'tbmk')) return {factor: undefined, end: from};
	const word = at(wordMultiplierAfter, text, from);
	if (word !== null) return {factor: multiplierValue(word[1]!), end: wordMultiplierAfter.lastIndex};
	const letter = at(letterMultiplierAfter, text, from);
	if (letter === null) return {factor: undefined, end: from};
	const symbol = letter[1]!.toLowerCase();
	const end = letterMultiplierAfter.lastIndex;
	if (!money) {
		if (symbol === 'b') return {factor: undefined, end: from};
		if (symbol === 'm' && (text[end] !== ' ' || countedNoun(text, end).kind === undefined)) return {factor: Number.NaN, end};
	}
	return {factor: multiplierValue(symbol), end};
}

/** The unit written after a number without a currency symbol: %, km, miles, tonnes, "euros"... */
/**
 * The unit written after the value a number changed to (at `changedTo`, -1 for none), for the number itself, which
 * still ends at `end`: "from 20 to 22 percent" makes 20 percent.
 */
function sharedUnit(text: string, changedTo: number, end: number): {unit: FigureUnit; labelKind: LabelKind; end: number} | undefined {
	const to = changedTo < 0 ? null : at(digitsAt, text, changedTo);
	const shared = to === null ? undefined : unitAfter(text, changedTo + to[0].length, false);
	return shared === undefined ? undefined : {...shared, end};
}

function unitAfter(text: string, position: number, multiplied: boolean): {unit: FigureUnit; labelKind: LabelKind; end: number} | undefined {
	const initial = initialAfter(text, position);
	if (isCodeOf(initial, '%p') && at(percentAfter, text, position) !== null) return {unit: 'percent', labelKind: 'share', end: percentAfter.lastIndex};
	if (isCodeOf(initial, 'skm') && at(areaAfter, text, position) !== null) return {unit: 'other', labelKind: 'measure', end: areaAfter.lastIndex};
	if (initial === 107 && at(kilometresAfter, text, position) !== null) return {unit: 'km', labelKind: 'measure', end: kilometresAfter.lastIndex};
	if (initial === 109 && at(milesAfter, text, position) !== null) return {unit: 'mi', labelKind: 'measure', end: milesAfter.lastIndex};
	if (isCodeOf(initial, 'kmgtb°') && at(measureAfter, text, position) !== null) return {unit: 'other', labelKind: 'measure', end: measureAfter.lastIndex};
	const money = isSpaceCode(text.charCodeAt(position)) ? at(currencyWordAfter, text, position) : null;
	if (money === null) return undefined;
	// "500 pounds of explosives" is a weight; "5 million pounds" is money.
	if (/^pounds$/i.test(money[1]!) && !multiplied) return {unit: 'other', labelKind: 'measure', end: currencyWordAfter.lastIndex};
	return {unit: currencyWordUnit(money[1]!), labelKind: 'money', end: currencyWordAfter.lastIndex};
}

/** A number written in digits, with its currency, multiplier, range and unit. Null for non-figures. */
function readDigits(text: string, index: number, written: string): Reading | null {
	const previous = text[index - 1] ?? '';
	const beforePrevious = text[index - 2] ?? '';
	// Inside names and codes: G7, MH17, F-16, Su-34, Covid-19; and the second half of times, dates, scores.
	if (isLetterOrDigitCode(text.charCodeAt(index - 1)) || isCodeOf(text.charCodeAt(index - 1), '#+/:')) return null;
	if (isCodeOf(text.charCodeAt(index - 1), '-‑–') && isLetterOrDigitCode(text.charCodeAt(index - 2))) return null;
	if (previous === '.' && letter.test(beforePrevious)) return null;

	// A currency symbol, or a code such as "USD " (a letter right before the digits was ruled out above).
	const currency = isCodeOf(previous.charCodeAt(0), '$€£₴₽¥') || (isSpaceCode(previous.charCodeAt(0)) && /[A-Z]/.test(beforePrevious))
		? currencyBefore.exec(text.slice(Math.max(0, index - 6), index))
		: null;
	let unit: FigureUnit | undefined = currency === null ? undefined : currencyUnit(currency[1]!);
	const start = currency === null ? index : index - currency[1]!.length;
	let position = index + written.length;
	let multiplier = readMultiplier(text, position, unit !== undefined);
	if (Number.isNaN(multiplier.factor)) return null;
	const first = parseDigits(written, multiplier.factor !== undefined);
	if (first === null) return null;
	let value = first * (multiplier.factor ?? 1);
	position = multiplier.end;
	let approximate = false;

	const range = isCodeOf(foldedCode(text, isSpaceCode(text.charCodeAt(position)) ? position + 1 : position), '-–—ta') ? at(rangeAfter, text, position) : null;
	const rangeText = range?.[0].trim().toLowerCase();
	const before = range === null ? '' : text.slice(Math.max(0, start - 30), start);
	const change = range !== null && rangeText === 'to' && isChange(before);
	// Where the value changed to is written ("from 20 to 22 percent"): its unit is the one changed from too.
	const changedTo = change ? rangeAfter.lastIndex : -1;
	if (range !== null && !(rangeText === 'and' && !/between\s$/iu.test(before)) && !change) {
		let secondStart = rangeAfter.lastIndex;
		secondStart += at(rangeCurrency, text, secondStart)?.[0].length ?? 0;
		const second = at(digitsAt, text, secondStart);
		if (second !== null) {
			const secondMultiplier = readMultiplier(text, secondStart + second[0].length, unit !== undefined);
			const secondValue = parseDigits(second[0], secondMultiplier.factor !== undefined);
			if (secondValue !== null && !Number.isNaN(secondMultiplier.factor)) {
				const factor = secondMultiplier.factor ?? 1;
				const lower = multiplier.factor === undefined ? first * factor : value;
				if (lower < secondValue * factor) {
					value = lower;
					multiplier = secondMultiplier.factor === undefined ? multiplier : secondMultiplier;
					position = secondMultiplier.end;
					approximate = true;
				} else if (/^[-–—]$/u.test(rangeText ?? '')) {
					// "3-1", "2022-23": scores and seasons, not ranges.
					return null;
				}
			}
		}
	}

	const bare = multiplier.factor === undefined && unit === undefined;
	const ratio = bare && !approximate && isSpaceCode(text.charCodeAt(position)) && isCodeOf(foldedCode(text, position + 1), 'io') ? at(ratioAfter, text, position) : null;
	if (ratio !== null) {
		// "1 in 5 Ukrainian drones": a share of the whole.
		const whole = Number(ratio[1]!.replaceAll(',', ''));
		if (whole > value) {
			const end = ratioAfter.lastIndex;
			return spanReading(text, start, end, (value * 100) / whole, 'percent', 'counted');
		}
	}
	const next = foldedCode(text, position);
	if (bare && ((isCodeOf(next, 'snrt') && at(ordinalAfter, text, position) !== null) || (isCodeOf(next, "'’s") && at(decadeAfter, text, position) !== null))) return null;
	if (isCodeOf(isSpaceCode(next) ? foldedCode(text, position + 1) : next, 'apogubcemlk') && at(clockAfter, text, position) !== null) return null;
	if ((next === 58 || next === 47) && isDigitCode(text.charCodeAt(position + 1))) return null;

	const suffix = unit === undefined ? unitAfter(text, position, multiplier.factor !== undefined) ?? sharedUnit(text, changedTo, position) : undefined;
	let labelKind: LabelKind = suffix?.labelKind ?? (unit === undefined ? 'measure' : 'money');
	let end = suffix?.end ?? position;
	unit = suffix?.unit ?? unit;

	const compound = isCodeOf(text.charCodeAt(end), '-‑') ? at(compoundAfter, text, end) : null;
	if (compound !== null) {
		const word = compound[1]!.toLowerCase();
		if (word === 'strong' && unit === undefined) {
			unit = 'people';
			labelKind = 'counted';
			end = compoundAfter.lastIndex;
		} else if (word === 'odd' || word === 'plus') {
			approximate = true;
			end = compoundAfter.lastIndex;
		} else if (unit === undefined || /^(?:year|month|week|day|hour|minute)/.test(word)) {
			// "45-year-old", "30-day ceasefire", "10-point plan", "27-member bloc": descriptions, not figures.
			return null;
		}
	}

	if (unit === undefined) {
		// A letter glued to the number that is no known unit: "5G", "3D", "4x4".
		if (isLetterAt(text, end)) return null;
		const noun = countedNoun(text, end);
		if (noun.kind === 'time') return null;
		if (noun.kind === 'people' && reportingAfter.test(text.slice(noun.end, noun.end + 24))) return null;
		if (multiplier.factor === undefined && isBareNonFigure(text, {start, end: index + written.length, written, value, counted: noun.kind === 'people' || noun.kind === 'thing'})) return null;
		unit = noun.kind === 'people' ? 'people' : noun.kind === 'measure' ? 'other' : 'count';
		labelKind = noun.kind === 'measure' ? 'measure' : 'counted';
	}

	const conversion = unit === 'people' || unit === 'count' || initialAfter(text, end) !== 40 ? null : at(conversionAfter, text, end);
	const through = conversion === null ? end : conversionAfter.lastIndex;
	return {start, end, through, value, unit, approximate: approximate || isApproximate(text, start, through), labelKind};
}

/** A number written in words: counted only when it counts a concrete noun ("four regions", not "one day"). */
function readWords(text: string, index: number): Reading | null {
	if (isLetterOrDigitCode(text.charCodeAt(index - 1)) || text.charCodeAt(index - 1) === 45) return null;
	const number = readWordNumber(text, index);
	if (number === null) return null;
	let end = number.end;
	if (number.fraction) {
		if (!/^\s+of(?![\p{L}])/iu.test(text.slice(end, end + 6))) return null;
		return spanReading(text, index, end, number.value, 'percent', 'share');
	}
	let value = number.value;
	let approximate = false;
	const range = isCodeOf(foldedCode(text, isSpaceCode(text.charCodeAt(end)) ? end + 1 : end), '-–to') ? /^\s(?:to|or)\s|^\s?[-–]\s?/iu.exec(text.slice(end, end + 5)) : null;
	if (range !== null) {
		const second = readWordNumber(text, end + range[0].length);
		if (second !== null && !second.fraction && second.value > value) {
			end = second.end;
			approximate = true;
		}
	}
	const compound = isCodeOf(text.charCodeAt(end), '-‑') ? at(compoundAfter, text, end) : null;
	if (compound !== null && compound[1]!.toLowerCase() !== 'strong') return null;

	const money = value >= 1000 && isSpaceCode(text.charCodeAt(end)) ? at(currencyWordAfter, text, end) : null;
	if (money !== null) {
		const moneyEnd = currencyWordAfter.lastIndex;
		return spanReading(text, index, moneyEnd, value, currencyWordUnit(money[1]!), 'money', approximate);
	}
	if (compound !== null) {
		end = compoundAfter.lastIndex;
		return spanReading(text, index, end, value, 'people', 'counted', approximate);
	}

	// "one", "a": idioms far more often than counts; "the two countries" points back rather than counts.
	if (isSpaceCode(text.charCodeAt(end)) && isCodeOf(foldedCode(text, end + 1), 'io') && at(wordRatioAfter, text, end) !== null) {
		// "one in five Ukrainians": a share of the whole.
		const whole = readWordNumber(text, wordRatioAfter.lastIndex);
		if (whole !== null && !whole.fraction && whole.value > value) {
			return spanReading(text, index, whole.end, (value * 100) / whole.value, 'percent', 'counted');
		}
	}
	if (value <= 1) return null;
	if (value === 2 && /(?:^|[^\p{L}])(?:the|these|those|both|all)\s$/iu.test(text.slice(Math.max(0, index - 8), index))) return null;
	const noun = countedNoun(text, end);
	if (noun.kind !== 'people' && noun.kind !== 'thing' && noun.kind !== 'measure') {
		return talliedNumber(text, index, end, value, approximate) ?? listedCount(text, index, end, value, approximate) ?? groupPart(text, index, end, value, approximate);
	}
	if (noun.kind === 'people' && (reportingNouns.has(noun.word.toLowerCase()) || reportingAfter.test(text.slice(noun.end, noun.end + 24)))) return null;
	const unit: FigureUnit = noun.kind === 'people' ? 'people' : noun.kind === 'thing' ? 'count' : 'other';
	return spanReading(text, index, end, value, unit, noun.kind === 'measure' ? 'measure' : 'counted', approximate);
}

/**
 * A number in words that ends a tally clause, "The number of people killed in the attack has risen to three", "the
 * death toll rose to seven": the clause names what it counts, people when it speaks of people or of a death toll.
 */
function talliedNumber(text: string, index: number, end: number, value: number, approximate: boolean): Reading | null {
	const tally = tallyLabel(text, index);
	if (tally.length === 0 || isLetterOrDigitCode(text.charCodeAt(afterSpaces(text, end)))) return null;
	// "killed", "injured", "casualties" are nouns of people already; "death toll" and "casualty toll" are not.
	const people = tally.some(word => nounKind(lowerCase(word)) === 'people' || /^(?:death|casualty)$/i.test(word));
	return spanReading(text, index, end, value, people ? 'people' : 'count', 'counted', approximate);
}

/** "of them", "of those", "of these": what a part of a group counted before is told with. */
const ofTheGroup = /^\s+of\s+(?:them|those|these)(?![\p{L}])/iu;
/** A number in digits that starts a word ("212 drones"), not one inside a name ("F-16s"). */
const countInDigits = /(?:^|[\s(])\d/;

/**
 * A number in words that counts part of a group counted in digits before it, "212 drones overnight, four of them over
 * Kyiv": a count, as "64 of them" is. Without such a whole ("he met two of them") it is a figure of speech.
 */
function groupPart(text: string, index: number, end: number, value: number, approximate: boolean): Reading | null {
	if (!ofTheGroup.test(text.slice(end, end + 12)) || !countInDigits.test(text.slice(Math.max(0, index - listReach), index))) return null;
	return spanReading(text, index, end, value, 'count', 'counted', approximate);
}

/** What joins the items of a list of counts: "…, 29 over Kursk, eight over Tula and four over Crimea", "including nine". */
const listJoinBefore = /(?:,|\band|\bincluding)\s$/iu;
/** How far before a number in words the counts it belongs with are looked for: its list, or the whole it is part of. */
const listReach = 200;

/**
 * A number in words among counts written in digits whose noun the list leaves out ("47 drones were downed over
 * Bryansk, 29 over Kursk, eight over Tula and four over Crimea", "11 over the Moscow Region, including nine that
 * were flying toward Moscow"): a count like them, when a count in digits before it is followed by the same word, or
 * when it is part of such a count ("including").
 */
function listedCount(text: string, index: number, end: number, value: number, approximate: boolean): Reading | null {
	const join = listJoinBefore.exec(text.slice(Math.max(0, index - 12), index));
	if (join === null) return null;
	const next = readWordAfter(text, end, afterSpaces(text, end));
	if (next === null) return null;
	// The items of a list stand close together: only the stretch just before is searched, which keeps long lists linear.
	const earlier = text.slice(Math.max(0, index - listReach), index);
	const listed = join[0].trim().toLowerCase() === 'including' ? /\d\s+\p{L}/u.test(earlier) : followsDigits(earlier, next.word);
	return listed ? spanReading(text, index, end, value, 'count', 'counted', approximate) : null;
}

/** Whether `word` stands right after a number in digits somewhere in `text` ("29 over"). */
function followsDigits(text: string, word: string): boolean {
	for (let at = text.indexOf(` ${word}`); at > 0; at = text.indexOf(` ${word}`, at + 1)) {
		if (isDigitCode(text.charCodeAt(at - 1)) && !isLetterOrDigitCode(text.charCodeAt(at + 1 + word.length))) return true;
	}
	return false;
}

const dayRangeJoin = /(?:\s+(?:to|and|until|till|through)\s+|\s*[-–—]\s*)$/;
/**
 * How far before a candidate its reading may start ("US$3m") or the date it ends a range of may end ("May 21 to 22"):
 * dates that end earlier than this are never looked at again.
 */
const dateLookBehind = 40;

/**
 * "on the night of May 21 to 22": a day number joined to a date that ends in a day, by "to", "and" or a
 * dash, is the end of a range of days, not a count. `index` is where the number starts in the sentence.
 */
function endsDayRange(dates: readonly DateMention[], from: number, sentence: Sentence, index: number, written: string): boolean {
	if (written.length > 2 || Number(written) < 1 || Number(written) > 31) return false;
	const join = dayRangeJoin.exec(sentence.text.slice(Math.max(0, index - 10), index));
	if (join === null) return false;
	const joinStart = sentence.start + index - join[0].length;
	for (let index = from; index < dates.length && dates[index]!.start < joinStart; index++) {
		const date = dates[index]!;
		if (date.end === joinStart && date.day && /\d$/.test(date.text)) return true;
	}
	return false;
}

/** Whether `[start, end)` overlaps a date, looking from `from` in dates sorted by start. */
function overlapsDate(dates: readonly DateMention[], from: number, start: number, end: number): boolean {
	for (let index = from; index < dates.length && dates[index]!.start < end; index++) {
		if (start < dates[index]!.end) return true;
	}
	return false;
}

/**
 * The numbers of a sentence that are candidates for figures, in text order, as a scan that resumes after each
 * reading finds them: the sentence's marks, except that a reading that ends inside a number ("1 in 500" of
 * "1 in 5000") leaves the rest of that number to be read afresh.
 */
class Candidates {
	/** The current candidate, once `advance` has found one. */
	start = 0;
	end = 0;
	/** Numbers read afresh, to be taken before the rest of the marks. */
	private queue: number[] = [];
	private queued = 0;

	constructor(private readonly text: string, private readonly marks: readonly number[], private next: number, private readonly last: number) {}

	/** Moves to the next candidate that starts at or after `from`; false when there is none. */
	advance(from: number): boolean {
		for (;;) {
			if (this.queued < this.queue.length) {
				this.start = this.queue[this.queued]!;
				this.end = this.queue[this.queued + 1]!;
				this.queued += 2;
			} else if (this.next < this.last) {
				this.start = this.marks[this.next]!;
				this.end = this.marks[this.next + 1]!;
				this.next += 2;
			} else {
				return false;
			}
			if (this.start >= from) return true;
			if (this.end > from) {
				this.queue = [...numbersBetween(this.text, from, this.end), ...this.queue.slice(this.queued)];
				this.queued = 0;
			}
		}
	}
}

/**
 * The key figures of one article: money, counts of people and things, percentages and distances,
 * each with what it measures. `dates` are the article's date mentions: numbers inside them are days
 * and years, not figures.
 */
export function extractFigures(article: Article, sentences: readonly Sentence[], dates: readonly DateMention[]): Figure[] {
	const figures: Figure[] = [];
	const sortedDates = [...dates].sort((a, b) => a.start - b.start);
	const {numbers, numbersFrom: sentenceNumbers} = sentenceMarks(sentences);
	let dateIndex = 0;
	for (let position = 0; position < sentences.length; position++) {
		const sentence = sentences[position]!;
		while (dateIndex < sortedDates.length && sortedDates[dateIndex]!.end <= sentence.start) dateIndex++;
		if (sentenceNumbers[position] === sentenceNumbers[position + 1]) continue;
		const {text} = sentence;
		let resumeAt = 0;
		// The dates near the candidate: candidates come in text order, so the first date worth looking at only moves on.
		let near = dateIndex;
		const candidates = new Candidates(text, numbers, sentenceNumbers[position]!, sentenceNumbers[position + 1]!);
		while (candidates.advance(resumeAt)) {
			const {start: index, end} = candidates;
			while (near < sortedDates.length && sortedDates[near]!.end < sentence.start + index - dateLookBehind) near++;
			const digits = isDigitCode(text.charCodeAt(index));
			// A reading spans at least its digits: digits inside a date are a day or a year whatever follows them.
			if (digits && overlapsDate(sortedDates, near, sentence.start + index, sentence.start + end)) continue;
			const written = digits ? text.slice(index, end) : '';
			if (digits && endsDayRange(sortedDates, near, sentence, index, written)) continue;
			const reading = digits ? readDigits(text, index, written) : readWords(text, index);
			if (reading === null) continue;
			if (overlapsDate(sortedDates, near, sentence.start + reading.start, sentence.start + reading.end)) continue;
			resumeAt = reading.through;
			const previous = figures.at(-1);
			const sameSentence = previous !== undefined && previous.at.sentence.start === sentence.start;
			// "rose to 52%, up from 27%": the earlier value of the same quantity; "337 drones, 91 of them over Moscow": a part of it.
			// Both patterns need a space next to the figure.
			const compared = sameSentence && ((previous.unit === reading.unit && isSpaceCode(text.charCodeAt(reading.start - 1)) && comparisonBefore.test(text.slice(Math.max(0, reading.start - 24), reading.start)))
				|| (isSpaceCode(text.charCodeAt(reading.through)) && partOfPrevious.test(text.slice(reading.through, reading.through + 16))));
			figures.push({
				text: text.slice(reading.start, reading.end),
				value: reading.value,
				unit: reading.unit,
				label: compared ? previous.label : figureLabel(text, labelStart(text, reading.start), reading.through, reading.labelKind),
				approximate: reading.approximate,
				qualifier: reading.approximate ? qualifierAt(text, reading.start) : null,
				sentence: sentenceExcerpt(text, reading.start, reading.through),
				at: {
					articleId: article.id,
					sentence: {start: sentence.start, end: sentence.end},
					span: {start: sentence.start + reading.start, end: sentence.start + reading.end},
				},
			});
		}
	}
	return figures;
}
