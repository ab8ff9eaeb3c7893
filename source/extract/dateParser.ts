import * as chrono from 'chrono-node';
import {memoised} from '../memo.js';

/** A date expression chrono found in a short window of text. */
export interface WindowDate {
	/** Offset of the expression in the window. */
	readonly index: number;
	/** As chrono matched it (it may carry surrounding spaces). */
	readonly text: string;
	/** The start of the expression, as `Date.getTime()`. */
	readonly time: number;
	/** chrono is certain of the day of the month or of the weekday. */
	readonly day: boolean;
	/** chrono is certain of both the month and the day of the month. */
	readonly monthAndDay: boolean;
	/** The last day of a range of days ("19-20 November"), as `Date.getTime()`; null for a single day or time. */
	readonly endDay: number | null;
}

/**
 * A parser of chrono's casual English configuration that is skipped when `mayMatch` does not find its text:
 * each `mayMatch` looks for a word or shape that the parser's own pattern requires (`marks` is that required
 * part of the pattern's source), so a window without it cannot give that parser a match. Most windows hold a
 * month or a weekday and nothing else, and each skipped parser saves a long case-insensitive regex scan.
 */
interface ParserGuard {
	readonly marks: string;
	readonly mayMatch: RegExp;
}

const month = /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i;

const guards: readonly ParserGuard[] = [
	{marks: String.raw`(\W|^)([0-9]{4})[-\.\/\s]`, mayMatch: /\d{4}[-./\s]/},
	{marks: String.raw`(\W|^)([0-9]{4})\-([0-9]{1,2})\-`, mayMatch: /\d{4}-\d/},
	{marks: String.raw`([^\d]|^)([0-3]{0,1}[0-9]{1})[\/\.\-]([0-3]{0,1}[0-9]{1})`, mayMatch: /\d[/.-]\d/},
	{marks: String.raw`(\W|^)([0-9]|0[1-9]|1[012])\/([0-9]{4})`, mayMatch: /\d\/\d{4}/},
	{marks: String.raw`(?:of)?\s{0,3})((?:september|february|`, mayMatch: month},
	{marks: String.raw`(\W|^)((?:september|february|`, mayMatch: month},
	{marks: String.raw`(?:\s*[-.\/,]?\s*|\s+of\s+)((?:september|february|`, mayMatch: month},
	{marks: String.raw`(\W|^)((?:in)\s*)?((?:september|february|`, mayMatch: month},
	{marks: String.raw`|weekend|weekday)`, mayMatch: /sun|mon|tue|wed|thu|fri|sat|weekend|weekday/i},
	{marks: String.raw`\s{0,5}(?:ago|before|earlier)(?=\W|$)`, mayMatch: /ago|before|earlier/i},
	{marks: String.raw`\s{0,5}(?:later|after|from now|henceforth|forward|out)(?=`, mayMatch: /later|after|from now|henceforth|forward|out/i},
	{marks: String.raw`(\W|^)(now|today|tonight|tomorrow|overmorrow|tmr|tmrw|yesterday|last\s*night)`, mayMatch: /now|today|tonight|tomorrow|overmorrow|tmr|yesterday|last\s*night/i},
	{marks: String.raw`(morning|afternoon|evening|night|midnight|midday|noon)`, mayMatch: /morning|afternoon|evening|night|midday|noon/i},
	{marks: String.raw`(?:last\s+day|end)\s+of\s+(?:the\s+)?month`, mayMatch: /month/i},
	{marks: String.raw`(\W|^)(this|last|past|next|after\s*this)\s*`, mayMatch: /this|last|past|next|after/i},
	{marks: String.raw`(\W|^)(this|last|past|next|after|\+|-)\s*`, mayMatch: /this|last|past|next|after|\+|-/i},
];

/** Anchored at the start, so the engine gives up at once. */
const neverMatches = /^(?!)/;

/** `parser`, skipped on text that its guard (if one marks its pattern) rules out. */
function guarded(parser: chrono.Parser, patternSource: string): chrono.Parser {
	const guard = guards.find(candidate => patternSource.includes(candidate.marks));
	if (guard === undefined) return parser;
	const {mayMatch} = guard;
	return {
		pattern: context => (mayMatch.test(context.text) ? parser.pattern(context) : neverMatches),
		extract: (context, match) => parser.extract(context, match),
	};
}

/** chrono's casual English parser, with the same parsers and refiners in the same order, each parser guarded. */
function guardedCasual(): chrono.Chrono {
	const probe = new chrono.ParsingContext('', new Date(2000, 0, 1, 12));
	return new chrono.Chrono({
		parsers: chrono.casual.parsers.map(parser => guarded(parser, parser.pattern(probe).source)),
		refiners: chrono.casual.refiners,
	});
}

const casual = guardedCasual();

function parseKeyed(key: string): readonly WindowDate[] {
	const split = key.indexOf(' ');
	const reference = new Date(Number(key.slice(0, split)));
	return casual.parse(key.slice(split + 1), reference).map(result => {
		const {start, end} = result;
		return {
			index: result.index,
			text: result.text,
			time: start.date().getTime(),
			day: start.isCertain('day') || (start.isCertain('weekday') ?? false),
			monthAndDay: start.isCertain('month') && start.isCertain('day'),
			endDay: end?.isCertain('day') ? end.date().getTime() : null,
		};
	});
}

/** Windows recur across a corpus (wire copy, "on Monday, the Kremlin said"), so each is parsed once per reference. */
const parseRemembered = memoised(parseKeyed);

/** The date expressions chrono's casual English parser finds in `window`, read against `reference`. */
export function windowDates(window: string, reference: Date): readonly WindowDate[] {
	return parseRemembered(`${reference.getTime()} ${window}`);
}
