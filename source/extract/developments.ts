import type {Article, Report} from '../model.js';
import {isAsciiLetter, isSpaceCode} from '../text/charCodes.js';
import {clockTime} from './clockTime.js';
import type {DateMention} from './dates.js';
import {
	anaphoricStart,
	background,
	backgroundLabel,
	chromeOpening,
	chromeWord,
	evaluative,
	firstPerson,
	habitual,
	hedgeWords,
	leadingClutter,
	negatedMain,
	nonReport,
	ownTime,
	pronounAttribution,
	secondPerson,
	timeCue,
} from './eventCues.js';
import {isWordChar, narratives, quotedShare, quotedShareAbove, type Narrative} from './eventNarrative.js';
import {footnotesStart, isCloser, isEndMark, type Sentence} from './sentences.js';
import {continuesWord, cue, isWordLetter, scanWords, type WordScan} from './sentenceWords.js';

/** An undated report carries on the story of a report at most this many sentences before it. */
const carryDistance = 3;
/** Sentences scoring at least this many points report an event (see `eventScore`). */
const reportThreshold = 3;
/** At most this share of an article's sentences become reports (rounded down: never more than half). */
const maxShare = 0.5;
/** When more sentences qualify than a briefing keeps, the first of a post or section (its lede) weighs this much more. */
const ledeWeight = 0.5;
/** When more sentences qualify than a briefing keeps, what an outlet labels as background weighs this much less. */
const backgroundWeight = 1;
/** Above this share of quoted letters a sentence is somebody's words, not the article's report. */
const maxQuoted = 0.55;

const future = /\b(?:will|shall|(?:is|are|was|were) (?:set|due|scheduled|going|about|poised) to|plans? to|intends? to|aims? to)\b(?! (?:keep|continue|remain|be|stay)\b)/;
/** A list item's marker: "* ", "- ", "• ", "2. ". */
const listMarker = /^(?:[*•·▪‣◦–-]|\d{1,2}[.)])\s+/u;
/**
 * A post's or roundup item's stamp: "🔴 06:52 ", "⚡️ 11:55 ", "UPDATE 17:30 – ", "08:10 KYIV TIME: ", or a bare time
 * before a label ("08:15 Kharkiv Oblast: "). The label stays: it says where or who the item is from.
 */
const postStamp = new RegExp(
	[
		// A pictograph, then the time: "🔴 06:52 ".
		String.raw`[^\p{L}\p{N}\s"“‘'(]{1,4}\s*${clockTime}\s+`,
		// The time after a word of the desk and before a zone and a dash or colon: "UPDATE 17:30 – ", "08:10 KYIV TIME: ".
		String.raw`(?:(?:UPDATE|BREAKING|LATEST)\s+)?${clockTime}(?:\s+\p{Lu}{2,5}(?:\s+TIME)?)?\s*[-–—:]\s+`,
		// A bare time before a label, which stays.
		String.raw`${clockTime}\s+(?=[^:.!?"“”]{1,40}:\s)`,
	].map(form => `^${form}`).join('|'),
	'u',
);
/** A transcript's question or answer label: "Q: ", "A: ". */
const speakerLabel = /^[QA] ?:\s+/;
/** The paragraph of an interview answer: its first person is the interviewee, not the writer. */
const answerLabel = /^A ?:\s/;
/** "said it would introduce power cuts on Wednesday": a plan told in the past. */
const wouldWord = /\bwould\b/;
/** A wire story's dateline: "KYIV, March 12 (Reuters) - ", "KYIV/MOSCOW, May 14 (Reuters) - ". */
const dateline = /^\p{Lu}[\p{Lu} ./'’-]+(?:,[^()\n]{0,40})?\s*\([^()]{1,30}\)\s*[-–—]+\s*/u;
const deadline = /\b(?:before|until|by|since|from)\s+(?:the\s+)?$/i;
/** A subordinate clause opening the sentence ("When asked if Putin is planning ..., Peskov said") holds no main verb. */
const subordinateOpening = /^(?:when|if|as|while|after|before|although|though|because|once|asked)\b[^,]{0,120},\s/i;

/**
 * What happened "overnight" happened in the night before the page was published, and a tally "over the past 24 hours"
 * runs up to it: news dates both by the page's day, never by the day the sentence before names.
 */
const overnight = /\b(?:overnight|(?:over|in|during|within) the (?:past|last) (?:24 hours|twenty-four hours|day))\b/i;

/** A sentence of the day the page was published: it opens a post stamped with a time of day ("UPDATE 07:45 – "), or tells what happened overnight. */
function isOfThePageDay(text: string): boolean {
	return postStamp.test(text) || overnight.test(text);
}

/** "He also ...", "The ministry also ...": an addition to the story, not a pointer back to it. */
const alsoOpening = /^\S+(?: \S+)? also\b/i;

interface Reading {
	readonly score: number;
	/**
	 * The main verb tells of the news of the day: the present perfect ("Lavrov has said", "has denied"),
	 * the present progressive ("Macron is hosting") or a present verb of saying ("Starmer says"). News
	 * copy writes the past tense for what it can date and these for what is happening as it is written.
	 */
	readonly current: boolean;
	/** The sentence tells of a plan or what will happen. */
	readonly ahead: boolean;
	/** The sentence has a word the background pattern needs (see `cueWords`): without one, that pattern cannot match its words. */
	readonly backgroundWords: boolean;
	/**
	 * The sentence may name a time of its own (see `ownTime`): its words hold a word or a digit that pattern needs,
	 * or some of its text (an opening, a quotation) was not among the words scanned.
	 */
	readonly ownTimeWords: boolean;
}

interface Scored {
	readonly index: number;
	readonly score: number;
	/** The score that decides which reports a briefing keeps: the score, more for a lede. */
	readonly rank: number;
	/** Offset of the report's text inside the sentence, after leading connectives. */
	readonly from: number;
	/** The date the sentence (or a follow-up folded into it) gives. */
	readonly date: string | null;
	/**
	 * The date of a sentence that names none, when it tells news of the day ("has said", "says": the
	 * publication day) or carries on the story of the report just before it in the same section.
	 */
	readonly fallback: string | null;
	/** A plan with its day ("will host ... on Saturday", "said it would cut power on Wednesday"): its date is no other report's. */
	readonly plan: boolean;
}

/** The reading of a sentence that falls short of a report with `score`. */
function shortOf(score: number): Reading {
	return {score, current: false, ahead: false, backgroundWords: false, ownTimeWords: false};
}

const nothing: Reading = shortOf(0);

/**
 * How strongly a sentence reads as a report of an event: an actor (a name or a role such as
 * "officials") doing or saying something (an event verb, a plan, reported speech), better still with a
 * time or a number. Quoted speech, questions, speculation, the writer's own voice and chrome count
 * against it; hedges and judgements count only before the first verb, where they colour the main clause
 * ("Ukraine may face ...") rather than what somebody is reported to have said ("X said it could ...").
 */
/** The date mentions of one sentence: `dates[first, next)`, offsets in the article, the sentence starting at `start`. */
interface SentenceDates {
	readonly dates: readonly DateMention[];
	readonly first: number;
	readonly next: number;
	readonly start: number;
}

const digitRun = /\d+(?:[.,]\d+)*/g;
const yearNumber = /^(?:19|20)\d\d$/;

/**
 * Whether `own` (the sentence from `from` on) counts something: a number that is neither a year ("since 2022") nor part
 * of one of the sentence's dates ("on May 22"), which tell when, not how many.
 */
function hasQuantity(own: string, from: number, dated: SentenceDates): boolean {
	// Numbers and dates both come in text order: one pass over each.
	let date = dated.first;
	digitRun.lastIndex = 0;
	for (let match = digitRun.exec(own); match !== null; match = digitRun.exec(own)) {
		if (yearNumber.test(match[0])) continue;
		const at = dated.start + from + match.index;
		while (date < dated.next && dated.dates[date]!.end <= at) date++;
		if (date >= dated.next || dated.dates[date]!.start > at) return true;
	}
	return false;
}

function eventScore(narrative: Narrative, from: number, hasDay: boolean, spoken: boolean, dated: SentenceDates): Reading {
	const own = narrative.text.slice(from).trimEnd();
	// A sentence that opens with a quotation is that quotation plus its attribution.
	if (own === '' || own.charCodeAt(0) === 32 || own.endsWith('?')) return nothing;
	const mainFrom = subordinateOpening.exec(own)?.[0].length ?? 0;
	const scan = scanWords(own, mainFrom);
	if (scan.words < 6) return nothing;
	const unquotedLetters = lettersBefore(narrative.text, from) + scan.letters;
	if (quotedShareAbove(narrative, unquotedLetters, maxQuoted)) return nothing;
	// The future pattern needs "will", "shall" or a "to" after one of its lead words: without them it cannot match.
	const futureAt = scan.futureHint ? own.search(future) : -1;
	const firstVerbAt = futureAt >= 0 ? Math.min(scan.firstVerbAt, futureAt) : scan.firstVerbAt;
	const {eventVerb, reporting, verbs} = scan;
	// Saying counts fully only in the article's own words from a named speaker.
	let score = eventVerb || futureAt >= 0 ? 2 : reporting ? (quotedShare(narrative, unquotedLetters) < 0.25 && !own.endsWith(':') && !pronounAttribution.test(own) ? 2 : 1) : 0;
	if (scan.actor || (spoken && scan.firstPersonSubject)) score++;
	// More happening in one sentence makes it a denser report.
	score += Math.min(0.75, Math.max(0, verbs - 1) * 0.25);
	if (scan.digit && hasQuantity(own, from, dated)) score++;
	// A time adds one point: a sentence short of the threshold even with it need not be read further.
	if (score + 1 < reportThreshold) return shortOf(score);
	if (hasDay || hasCue(own, scan, cue.time, timeCue)) score++;
	// Everything below only lowers the score, so each step stops once the sentence falls short.
	if (score < reportThreshold) return shortOf(score);
	if (chromeOpening.test(own) || hasCue(own, scan, cue.chrome, chromeWord) || hasCue(own, scan, cue.secondPerson, secondPerson)) return nothing;
	if (hasMainCue(own, scan, cue.background, background, firstVerbAt)) score -= 0.5;
	if (anaphoricStart.test(own) && !alsoOpening.test(own)) score--;
	if (!hasDay && hasMainCue(own, scan, cue.hedge, hedgeWords, firstVerbAt)) score--;
	if (hasMainCue(own, scan, cue.evaluative, evaluative, firstVerbAt)) score--;
	if (negated(own, scan, mainFrom, firstVerbAt)) score -= 2;
	if (score < reportThreshold) return shortOf(score);
	if (!spoken && hasCue(own, scan, cue.firstPerson, firstPerson)) score -= 2;
	if (score < reportThreshold) return shortOf(score);
	if (hasCue(own, scan, cue.nonReport, nonReport)) score -= 2;
	return {
		score,
		current: scan.current === true && !hasCue(own, scan, cue.habitual, habitual),
		ahead: futureAt >= 0,
		backgroundWords: scan.cueAt[cue.background]! >= 0,
		ownTimeWords: from > 0 || narrative.unquotedLength < narrative.text.length || scan.digit || scan.cueAt[cue.ownTime]! >= 0,
	};
}

/** The letters and digits of `text` before `end`. */
function lettersBefore(text: string, end: number): number {
	let letters = 0;
	for (let index = 0; index < end; index++) if (isWordChar(text.charCodeAt(index))) letters++;
	return letters;
}

/** Whether `pattern` matches `own`. It runs only where one of the words of cue number `kind` occurs (see `cueWords`). */
function hasCue(own: string, scan: WordScan, kind: number, pattern: RegExp): boolean {
	return scan.cueAt[kind]! >= 0 && pattern.test(own);
}

/** Whether `pattern` matches in the main clause, before the first verb, where hedges and judgements colour the report itself. */
function hasMainCue(own: string, scan: WordScan, kind: number, pattern: RegExp, firstVerbAt: number): boolean {
	const at = scan.cueAt[kind]!;
	return at >= 0 && at < firstVerbAt && pattern.test(own.slice(0, firstVerbAt));
}

/** Whether the main clause, between a subordinate opening and the first verb, says what did not happen. */
function negated(own: string, scan: WordScan, mainFrom: number, firstVerbAt: number): boolean {
	const at = scan.cueAt[cue.negation]!;
	return at >= 0 && at < firstVerbAt && negatedMain.test(own.slice(mainFrom, firstVerbAt));
}

/** Offset of the first letter at or after `from`, or the text's length when there is none. */
function wordStart(text: string, from: number): number {
	let index = from;
	while (index < text.length && !isWordLetter(text.charCodeAt(index))) index++;
	return index;
}

/** Offset just past the word that starts at `start`: a letter, then letters, apostrophes and hyphens. */
function wordEnd(text: string, start: number): number {
	let index = start + 1;
	while (index < text.length && continuesWord(text.charCodeAt(index))) index++;
	return index;
}

const futureInPast = /\b(?:will|would|shall|plans?|planned|due|set to|scheduled|expected|going to|is to|are to)\b/i;
const bareWeekday = /^(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\W*$/i;
/** What tells of a plan ahead: "will host a meeting on Saturday" is the coming Saturday. */
const aheadBefore = /\b(?:will|shall|(?:is|are) (?:set|due|scheduled|expected|going|poised) to|plans? to|intends? to)\b/i;
/**
 * Words opening a phrase whose date is not when the reported event happened: a starting point or a limit
 * ("since the invasion on Feb. 24"), or a relative clause about something else ("a loan that was signed on
 * Saturday", "Zelensky, who met Trump on Friday, ..."). "That" before a subject ("said that Russia struck
 * ... on Monday") opens what was said, whose date is the event's.
 */
const boundWords = /\b(?:since|until|till|before|ahead of|prior to|which|who|that (?:was|were|is|are|has|have|had|will)\b)/i;
/** Where one clause or phrase gives way to the next. */
const clauseBreak = /[,;:()]\s|\s[—–-]\s|\s(?:and|but|while|when|as|after)\s/g;

/** Whether the date at `at` sits inside a "since …", "until …" or "before …" phrase of its own clause. */
function insideBound(text: string, at: number): boolean {
	const window = text.slice(Math.max(0, at - 90), at);
	let clauseStart = 0;
	clauseBreak.lastIndex = 0;
	for (let match = clauseBreak.exec(window); match !== null; match = clauseBreak.exec(window)) clauseStart = match.index + match[0].length;
	return boundWords.test(window.slice(clauseStart));
}

function shiftDays(iso: string, days: number): string {
	const date = new Date(`${iso}T12:00:00Z`);
	date.setUTCDate(date.getUTCDate() + days);
	return date.toISOString().slice(0, 10);
}

/**
 * The day the sentence dates its event by: the first day-precise date of the report's own text that is
 * outside quotation marks and not a deadline or starting point ("before 20 January", "since the invasion
 * on Feb. 24, 2022"). A bare weekday after the publication day in a sentence that tells of the past
 * ("the Kremlin on Thursday dismissed ...") is last week's; one before it in a plan ("will host a meeting
 * on Saturday") is next week's.
 */
function eventDate(
	sentence: Sentence,
	narrative: Narrative,
	from: number,
	dates: readonly DateMention[],
	first: number,
	end: number,
	published: string | null,
): string | null {
	for (let index = first; index < end; index++) {
		const mention = dates[index]!;
		if (!mention.day || mention.date === null) continue;
		const at = mention.start - sentence.start;
		if (at < from) continue;
		if (narrative.text.charCodeAt(at) === 32 && sentence.text.charCodeAt(at) !== 32) continue;
		if (deadline.test(sentence.text.slice(Math.max(0, at - 12), at)) || insideBound(sentence.text, at)) continue;
		if (published !== null && bareWeekday.test(mention.text)) {
			if (mention.date > published && !futureInPast.test(narrative.text)) return shiftDays(mention.date, -7);
			if (mention.date < published && aheadBefore.test(narrative.text.slice(from, at))) return shiftDays(mention.date, 7);
		}
		return mention.date;
	}
	return null;
}

/**
 * Whether the text can open with a dateline, a list marker, a Q/A label or a stamp. Most sentences open with a
 * letter and a small letter ("The", "According", "meanwhile"), as none of those do: a dateline's second character
 * is a capital or a space, a label's a colon or a space, and a marker or a stamp opens with no letter or with a
 * word in capitals.
 */
function mayHaveOpening(text: string): boolean {
	const second = text.charCodeAt(1);
	return !(isAsciiLetter(text.charCodeAt(0)) && second >= 97 && second <= 122);
}

/** Length of what opens the sentence without belonging to the report: a dateline, a list marker, a Q/A label or a roundup item's stamp, then connectives. */
function clutterLength(text: string): number {
	const openingLength = mayHaveOpening(text) ? ((dateline.exec(text) ?? listMarker.exec(text) ?? speakerLabel.exec(text) ?? postStamp.exec(text))?.[0].length ?? 0) : 0;
	leadingClutter.lastIndex = openingLength;
	return openingLength + (leadingClutter.exec(text)?.[0].length ?? 0);
}

/** Whether `test` holds for one of the words of five letters or more in `text`, each in lower case; they are read only until it does. */
function someLongWord(text: string, test: (word: string) => boolean): boolean {
	for (let at = wordStart(text, 0); at < text.length; ) {
		const end = wordEnd(text, at);
		if (end - at >= 5 && test(text.slice(at, end).toLowerCase())) return true;
		at = wordStart(text, end);
	}
	return false;
}

/** Whether two sentences share a word of five letters or more, ignoring case: the sign of one topic. */
function sharesTopic(a: string, b: string): boolean {
	const words = new Set<string>();
	// A test that never holds reads every word of the first sentence.
	someLongWord(a, word => {
		words.add(word);
		return false;
	});
	return someLongWord(b, word => words.has(word));
}

/**
 * One article's reports of events: each sentence that reports something that happened or will happen,
 * trimmed of leading connectives ("Meanwhile, ..."). A follow-up sentence that only adds detail to the
 * report before it ("One of the officials said they took part in combat on 4 November.") is folded
 * into that report, giving it its date.
 */
export function extractReports(article: Article, sentences: readonly Sentence[], dates: readonly DateMention[]): Report[] {
	const {published} = article;
	const masks = narratives(sentences);
	const chosen: Scored[] = [];
	let next = 0;
	let block = -1;
	let answer = false;
	// The sentences of the article's prose: what the share of reports is counted against.
	let prose = sentences.length;
	// Copy without full stops anywhere has no headline lines to tell apart from its prose.
	const punctuated = sentences.some(sentence => endsWithStop(sentence.text));
	for (let index = 0; index < sentences.length; index++) {
		const sentence = sentences[index]!;
		const narrative = masks[index]!;
		if (sentence.block !== block) {
			block = sentence.block;
			answer = answerLabel.test(sentence.text);
		}
		// The sentence's dates are those of dates[first, next) that start inside it (eventDate skips the others).
		const first = next;
		let mentions = 0;
		let hasDay = false;
		for (; next < dates.length && dates[next]!.start < sentence.end; next++) {
			if (dates[next]!.start < sentence.start) continue;
			mentions++;
			hasDay ||= dates[next]!.day;
		}
		if (punctuated && isHeadlineLine(article, sentences, index)) {
			prose--;
			continue;
		}
		// Mostly quotation: the quoted share would be too high even if every other character were a letter.
		if (quotedShareAbove(narrative, narrative.unquotedLength, maxQuoted)) continue;
		const from = clutterLength(sentence.text);
		const {score, current, ahead, backgroundWords, ownTimeWords} = eventScore(narrative, from, hasDay, answer, {dates, first, next, start: sentence.start});
		if (score < reportThreshold) continue;
		const date = eventDate(sentence, narrative, from, dates, first, next, published);
		const previous = chosen.at(-1);
		if (previous !== undefined && previous.index === index - 1 && isFollowUp(sentence.text.slice(from), sentences[previous.index]!.text)) {
			if (previous.date === null && date !== null) chosen[chosen.length - 1] = {...previous, date};
			continue;
		}
		let fallback: string | null = null;
		if (date === null && mentions === 0) {
			// Neither the publication day nor the report before dates a sentence naming a time of its own.
			const timed = (): boolean => ownTimeWords && ownTime.test(sentence.text);
			if ((current || (!ahead && isOfThePageDay(sentence.text))) && published !== null) fallback = timed() ? null : published;
			else if (!ahead && carriesOn(article, sentences, previous, index) && !(backgroundWords && background.test(narrative.text.slice(from))) && !timed()) {
				fallback = previous.date ?? previous.fallback;
			}
		}
		const plan = date !== null && (ahead || wouldWord.test(narrative.text));
		const lede = index === 0 || !sameSection(article, sentences[index - 1]!.block, sentence.block);
		const rank = score + (lede ? ledeWeight : 0) - (from > 0 && backgroundLabel.test(sentence.text) ? backgroundWeight : 0);
		chosen.push({index, score, rank, from, date, fallback, plan});
	}
	return briefest(chosen, prose).map(({index, from, date, fallback}) => toReport(article.id, sentences[index]!, from, date ?? fallback));
}

/**
 * Whether an undated report at `index` (not itself a plan) may carry on the story of the report before it:
 * close by, in the same section, and the report before not a plan with its day (the date of a plan is not
 * the date of what is said about it).
 */
function carriesOn(article: Article, sentences: readonly Sentence[], previous: Scored | undefined, index: number): previous is Scored {
	if (previous === undefined || previous.plan || index - previous.index > carryDistance) return false;
	return sameSection(article, sentences[previous.index]!.block, sentences[index]!.block);
}

/** What may follow a sentence's final stop: spaces and closing quotes or brackets, the guillemet » too. */
function isAfterStop(code: number): boolean {
	return isSpaceCode(code) || isCloser(code) || code === 0xbb;
}

/** Whether a sentence ends with a stop (. ! ? … or the colon that introduces a quotation), perhaps inside closing quotes. */
function endsWithStop(text: string): boolean {
	let end = text.length;
	while (end > 0 && isAfterStop(text.charCodeAt(end - 1))) end--;
	const code = text.charCodeAt(end - 1);
	return isEndMark(code) || code === 58;
}

/**
 * A paragraph of one line with no stop, not a list item: a standfirst, a subheading or a summary bullet
 * ("Ukrainian drones strike oil refinery in Russia's Ryazan Oblast") that the article's prose tells again.
 */
function isHeadlineLine(article: Article, sentences: readonly Sentence[], index: number): boolean {
	const sentence = sentences[index]!;
	// A sentence that is a whole block is the only one of it: the sentences at hand tell most apart from that.
	if (sentences[index - 1]?.block === sentence.block || sentences[index + 1]?.block === sentence.block) return false;
	if (endsWithStop(sentence.text)) return false;
	const block = article.blocks[sentence.block]!;
	return sentence.start === block.start && sentence.end === block.end && !listMarker.test(sentence.text);
}

/** Whether no section heading stands between two blocks: one post of a live blog, one part of a feature. */
function sameSection(article: Article, fromBlock: number, toBlock: number): boolean {
	for (let block = fromBlock + 1; block <= toBlock; block++) {
		if (article.blocks[block]?.kind === 'section') return false;
	}
	return true;
}

/**
 * A briefing keeps the reports to at most half of the article: when more sentences qualify, the strongest
 * are kept, in article order. News puts the main facts first: a post's or section's opening sentence weighs
 * more, and earlier sentences win a tie.
 */
function briefest(chosen: readonly Scored[], sentences: number): readonly Scored[] {
	const limit = Math.max(1, Math.floor(sentences * maxShare));
	if (chosen.length <= limit) return chosen;
	const kept = [...chosen].sort((a, b) => b.rank - a.rank || a.index - b.index).slice(0, limit);
	return kept.sort((a, b) => a.index - b.index);
}

function isFollowUp(text: string, previous: string): boolean {
	return anaphoricStart.test(text) && !alsoOpening.test(text) && sharesTopic(text, previous);
}

/** Whitespace or : ; , – — - */
function isTrailingPunctuation(code: number): boolean {
	return isSpaceCode(code) || code === 58 || code === 59 || code === 44 || code === 0x2013 || code === 0x2014 || code === 45;
}

function toReport(articleId: string, sentence: Sentence, from: number, date: string | null): Report {
	// Footnote marks after the full stop ("…near Pokrovsk.[13][14]") point into the page, not into the report.
	let end = footnotesStart(sentence.text, sentence.text.length);
	// A sentence that introduces a quotation ends in a colon; the report ends before it.
	while (end > from && isTrailingPunctuation(sentence.text.charCodeAt(end - 1))) end--;
	const own = sentence.text.slice(from, end);
	const text = own.charAt(0).toUpperCase() + own.slice(1);
	return {
		articleId,
		text,
		date,
		at: {articleId, sentence: {start: sentence.start, end: sentence.end}, span: {start: sentence.start + from, end: sentence.start + end}},
	};
}
