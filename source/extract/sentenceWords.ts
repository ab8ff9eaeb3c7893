import {memoised} from '../memo.js';
import {actorNouns, cuePairs, cueWords, eventVerbs, reportingVerbs} from './eventCues.js';
import {isWordChar} from './eventNarrative.js';
import {buildWordTrie, trieRoot} from './wordTrie.js';

/**
 * What the words of a sentence tell, read in one pass over its characters. Each word is recognised
 * letter by letter in a trie of the thousand-odd words that matter (verbs in every inflection, role nouns,
 * auxiliaries, cue words), so the tens of thousands of other words are never sliced out or looked up.
 */
export interface WordScan {
	/** Words read: a letter, then letters, apostrophes and hyphens. */
	readonly words: number;
	readonly eventVerb: boolean;
	readonly reporting: boolean;
	/** Event verbs and verbs of saying. */
	readonly verbs: number;
	/** Offset of the first of those verbs; the text's length when there is none. */
	readonly firstVerbAt: number;
	/** A capitalised name or a role noun such as "officials". */
	readonly actor: boolean;
	/** "we", "We" or "I": the actor of an interview answer. */
	readonly firstPersonSubject: boolean;
	/** "will", "shall", or a "to" after a word that opens a plan ("set to", "plans to"): the only words the future pattern can match at. */
	readonly futureHint: boolean;
	/** What the tense of the main verb says (see `mainTense`), or undefined when no main verb was found. */
	readonly current: boolean | undefined;
	readonly digit: boolean;
	/** Letters and digits, counted as `isWordChar` counts them for the quoted share. */
	readonly letters: number;
	/** Offset of the first word of each cue (see `cueWords`; negation only from `mainFrom` on), or -1, by cue number (see `cue`). */
	readonly cueAt: readonly number[];
}

type CueKind = keyof typeof cueWords | keyof typeof cuePairs;

// Capitalised words that do not name an actor, each with its first letter alone a capital.
const notNames = [
	'The', 'A', 'An', 'This', 'That', 'These', 'Those', 'It', 'He', 'She', 'They', 'We', 'I', 'There', 'In', 'On', 'At',
	'As', 'While', 'When', 'If', 'After', 'Before', 'During', 'Under', 'With', 'For', 'Despite', 'Amid', 'According',
	'But', 'And', 'So', 'Yet', 'Mr', 'Mrs', 'Ms', 'What', 'Who', 'Why', 'How', 'Where', 'Both', 'One', 'Some', 'Many',
	'All', 'Its', 'His', 'Her', 'Their', 'Our', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday',
	'Sunday', 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
	'November', 'December', 'Yesterday', 'Today', 'Earlier', 'Later', 'Meanwhile', 'However', 'Also', 'Now', 'Then',
] as const;
const notNameSet: ReadonlySet<string> = new Set(notNames);
/** Words after which "to" opens a plan: "set to", "plans to". */
const futureLeads = ['set', 'due', 'scheduled', 'going', 'about', 'poised', 'plan', 'plans', 'intend', 'intends', 'aim', 'aims'];
/** Present-tense verbs of a report: "Starmer says", "the ministry warns". */
const presentReporting = ['says', 'tells', 'warns', 'insists', 'announces', 'urges', 'vows', 'confirms', 'admits', 'denies', 'accuses', 'claims'];
/** Auxiliaries that put the main verb in the past or the future. */
const pastOrFuture = ['had', 'was', 'were', 'did', 'will', 'would'];

// Facts of a whole word, compared without case for verbs and role nouns and in lower case for the rest
// (notNames: capitalised, as listed).
const eventVerb = 1 << 0;
const reportingVerb = 1 << 1;
const actorNoun = 1 << 2;
const notName = 1 << 3;
const willOrShall = 1 << 4;
const to = 1 << 5;
const futureLead = 1 << 6;
const we = 1 << 7;
const perfect = 1 << 8;
const isOrAre = 1 << 9;
const pastOrFutureAuxiliary = 1 << 10;
const presentReportingVerb = 1 << 11;
/** Not in the trie: a word ending in "ly" ("has repeatedly said"). */
const endsInLy = 1 << 30;

/** The cues, numbered: `WordScan.cueAt[cue.hedge]`. */
export const cue = {
	secondPerson: 0, firstPerson: 1, hedge: 2, background: 3, habitual: 4, evaluative: 5, negation: 6, chrome: 7, time: 8, nonReport: 9, ownTime: 10,
} as const satisfies Record<CueKind, number>;
const cueCount = Object.keys(cue).length;
/** No cue seen yet: -1 for each, copied for every sentence. */
const noCues: readonly number[] = Array.from({length: cueCount}, () => -1);
/** The flag of the words of cue number `index`. */
const cueFlag = (index: number): number => 1 << (12 + index);
const cueMask = cueFlag(cueCount) - cueFlag(0);
/** The flags of the first and second words of each pair cue, after the cue flags. */
const pairs = Object.entries(cuePairs).map(([kind, pair], index) => ({
	cue: cue[kind as keyof typeof cuePairs],
	lead: 1 << (12 + cueCount + 2 * index),
	follow: 1 << (13 + cueCount + 2 * index),
	...pair,
}));
const leadMask = pairs.reduce((mask, pair) => mask | pair.lead, 0);

/** Every word the scan tells apart, with its flags. */
function* trieEntries(): Generator<readonly [string, number]> {
	for (const word of eventVerbs) yield [word, eventVerb];
	for (const word of reportingVerbs) yield [word, reportingVerb];
	for (const word of actorNouns) yield [word, actorNoun];
	for (const word of notNames) yield [word, notName];
	yield* [['will', willOrShall], ['shall', willOrShall], ['to', to], ['we', we], ['has', perfect], ['have', perfect], ['is', isOrAre], ['are', isOrAre]];
	for (const word of futureLeads) yield [word, futureLead];
	for (const word of presentReporting) yield [word, presentReportingVerb];
	for (const word of pastOrFuture) yield [word, pastOrFutureAuxiliary];
	for (const [kind, words] of Object.entries(cueWords)) for (const word of words) yield [word, cueFlag(cue[kind as keyof typeof cueWords])];
	for (const pair of pairs) {
		for (const word of pair.leads) yield [word, pair.lead];
		for (const word of pair.follows) yield [word, pair.follow];
	}
}

const {next, flags: trieFlags} = buildWordTrie(trieEntries());

// What a character is to a word: types below lowerCase cannot start one, types below joiner end one.
const otherType = 0;
/** Not a letter, but counted with letters and digits (see `isWordChar`): × ÷ and characters past General Punctuation. */
const otherWordChar = 1;
const digitType = 2;
/** An apostrophe or a hyphen: inside a word, it ends a run of letters. */
const joiner = 3;
const lowerCase = 4;
const upperCase = 5;
const otherLetter = 6;
const asciiTypes = Uint8Array.from({length: 128}, (_, code) =>
	code >= 97 && code <= 122 ? lowerCase : code >= 65 && code <= 90 ? upperCase : code >= 48 && code <= 57 ? digitType : code === 39 || code === 45 ? joiner : otherType,
);

function typeAbove127(code: number): number {
	if (isWordLetter(code)) return otherLetter;
	if (code === 0x2019) return joiner;
	return isWordChar(code) ? otherWordChar : otherType;
}

const event = 1;
const reporting = 2;
const actor = 3;
const other = 0;
type Kind = typeof event | typeof reporting | typeof actor | typeof other;

/** The kind of a word of ASCII letters, apostrophes and hyphens, from its trie flags (0 unless it is one run of letters) and its capitals. */
function asciiKind(flags: number, capitals: number, capitalised: boolean, length: number): Kind {
	if ((flags & eventVerb) !== 0) return event;
	if ((flags & reportingVerb) !== 0) return reporting;
	// A capitalised word names an actor unless it is one of the capitalised words listed as naming none.
	if (capitals > 0 && length > 1 && !((flags & notName) !== 0 && capitalised)) return actor;
	return (flags & actorNoun) !== 0 ? actor : other;
}

/** The kind of a word with letters outside ASCII, whose lower case the trie cannot tell. Rare, so each spelling is classified once. */
const unicodeKind = memoised((word: string): Kind => {
	const lower = word.toLowerCase();
	if (eventVerbs.has(lower)) return event;
	if (reportingVerbs.has(lower)) return reporting;
	return (word !== lower && word.length > 1 && !notNameSet.has(word)) || actorNouns.has(lower) ? actor : other;
}, 20_000);

/** A letter that can start a word: ASCII, or outside ASCII below the General Punctuation block. */
export function isWordLetter(code: number): boolean {
	return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 0xc0 && code !== 0xd7 && code !== 0xf7 && code < 0x2000);
}

/** A character that continues a word: a letter, an apostrophe or a hyphen. */
export function continuesWord(code: number): boolean {
	return isWordLetter(code) || code === 39 || code === 0x2019 || code === 45;
}

/** Notes where the cues of a run of letters (its trie `flags`, the run before's `previous`) first occur. */
function noteCues(cueAt: number[], flags: number, previous: number, at: number, mainFrom: number): void {
	for (let bits = flags & cueMask; bits !== 0; bits &= bits - 1) {
		const index = 31 - Math.clz32(bits & -bits) - 12;
		if (cueAt[index]! < 0 && (index !== cue.negation || at >= mainFrom)) cueAt[index] = at;
	}
	for (const pair of pairs) {
		if ((previous & pair.lead) !== 0 && (flags & pair.follow) !== 0 && cueAt[pair.cue]! < 0) cueAt[pair.cue] = at;
	}
}

/** The trie flags of the run of ASCII letters at `at` that ended at trie `node`, with the cues it holds noted. */
function endRun(cueAt: number[], node: number, previous: number, at: number, mainFrom: number): number {
	const flags = trieFlags[node]!;
	if (((flags & cueMask) | (previous & leadMask)) !== 0) noteCues(cueAt, flags, previous, at, mainFrom);
	return flags;
}

/** Whether the word of `length` characters that ends at `end` ends with `suffix`, compared by character code. */
function endsWith(text: string, end: number, length: number, suffix: string): boolean {
	if (length < suffix.length) return false;
	for (let index = 1; index <= suffix.length; index++) {
		if (text.charCodeAt(end - index) !== suffix.charCodeAt(suffix.length - index)) return false;
	}
	return true;
}

/**
 * Reads the words of `text` (a sentence's own words, quotations blanked). The main verb's tense is read from
 * `mainFrom` on, after a subordinate clause that opens the sentence.
 */
export function scanWords(text: string, mainFrom: number): WordScan {
	const length = text.length;
	let words = 0;
	let verbs = 0;
	let firstVerbAt = length;
	let eventSeen = false;
	let reportingSeen = false;
	let actorSeen = false;
	let firstPersonSubject = false;
	let futureHint = false;
	let digit = false;
	let letters = 0;
	let current: boolean | undefined;
	// Facts of the two words before the current one while the main verb is sought, and of the word just before.
	let before = 0;
	let beforeThat = 0;
	let previousExact = 0;
	// Trie flags of the last run of ASCII letters, for the cues made of two words.
	let previousRun = 0;
	const cueAt = noCues.slice();
	let index = 0;
	while (index < length) {
		let code = text.charCodeAt(index);
		// Spaces are the commonest of the characters between words: they need no type.
		if (code === 32) {
			index++;
			continue;
		}
		let type = code < 128 ? asciiTypes[code]! : typeAbove127(code);
		if (type < lowerCase) {
			if (type === digitType) digit = true;
			if (type === otherWordChar || type === digitType) letters++;
			index++;
			continue;
		}
		const start = index;
		const first = code;
		let node = trieRoot;
		let runStart = index;
		let capitals = 0;
		let oneRun = true;
		let unicode = false;
		let joiners = 0;
		for (;;) {
			if (type === lowerCase) node = next[node * 26 + code - 97]!;
			else if (type === upperCase) {
				capitals++;
				node = next[node * 26 + code - 65]!;
			} else {
				// An apostrophe, a hyphen or a letter outside ASCII ends a run of ASCII letters.
				if (runStart < index) previousRun = endRun(cueAt, node, previousRun, runStart, mainFrom);
				oneRun = false;
				if (type === joiner) joiners++;
				else unicode = true;
				node = trieRoot;
				runStart = index + 1;
			}
			index++;
			// Most letters are small ASCII ones: they step the trie without a type lookup.
			for (; index < length; index++) {
				code = text.charCodeAt(index);
				if (code < 97 || code > 122) break;
				node = next[node * 26 + code - 97]!;
			}
			if (index >= length) break;
			type = code < 128 ? asciiTypes[code]! : typeAbove127(code);
			if (type < joiner) break;
		}
		if (runStart < index) previousRun = endRun(cueAt, node, previousRun, runStart, mainFrom);
		const end = index;
		const wordLength = end - start;
		letters += wordLength - joiners;
		// A word of one run of ASCII letters has the flags of that run, just read.
		const flags = oneRun ? previousRun : 0;
		const exact = capitals === 0 ? flags : 0;
		const capitalised = capitals === 1 && first < 97;
		words++;
		if (!futureHint && ((exact & willOrShall) !== 0 || ((exact & to) !== 0 && (previousExact & futureLead) !== 0))) futureHint = true;
		previousExact = exact;
		const kind = unicode ? unicodeKind(text.slice(start, end)) : asciiKind(flags, capitals, capitalised, wordLength);
		if (kind === event) eventSeen = true;
		else if (kind === reporting) reportingSeen = true;
		else if (kind === actor) actorSeen = true;
		if ((flags & we) !== 0 ? capitals === 0 || capitalised : wordLength === 1 && first === 73) firstPersonSubject = true;
		const verb = kind === event || kind === reporting;
		if (verb) {
			verbs++;
			if (firstVerbAt === length) firstVerbAt = start;
		}
		if (current === undefined && start >= mainFrom) {
			current = mainTense(verb, exact, before, beforeThat, text, end, wordLength);
			beforeThat = before;
			// An adverb in "-ly" matters only after "has" or "have" (see `mainTense`).
			before = (exact & (perfect | isOrAre)) | ((beforeThat & perfect) !== 0 && endsWith(text, end, wordLength, 'ly') ? endsInLy : 0);
		}
		// The word ended at the character in `code`: a space needs no second reading.
		if (code === 32) index++;
	}
	return {
		words,
		eventVerb: eventSeen,
		reporting: reportingSeen,
		verbs,
		firstVerbAt,
		actor: actorSeen,
		firstPersonSubject,
		futureHint,
		current,
		digit,
		letters,
		cueAt,
	};
}

/**
 * Whether the main verb tells of the news of the day, read at each word until it says: the present perfect
 * ("Lavrov has said", "has repeatedly denied"), the present progressive ("Macron is hosting") or a present verb
 * of saying ("Starmer says") tell true; an auxiliary of the past or future ("was", "will") tells false.
 */
function mainTense(verb: boolean, exact: number, before: number, beforeThat: number, text: string, end: number, length: number): boolean | undefined {
	if (verb) return (exact & presentReportingVerb) !== 0 || (before & perfect) !== 0 || ((before & endsInLy) !== 0 && (beforeThat & perfect) !== 0);
	if ((before & isOrAre) !== 0 && length > 5 && endsWith(text, end, length, 'ing')) return true;
	if ((exact & pastOrFutureAuxiliary) !== 0) return false;
	return undefined;
}
