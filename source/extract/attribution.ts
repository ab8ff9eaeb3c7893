import type {Span} from '../model.js';
import {isSpaceCode} from '../text/charCodes.js';
import {parsePhrase, subjectAfter, subjectAtStart, subjectBefore, type SpeakerPhrase} from './names.js';

/** A speech verb outside quotation marks and the speaker the sentence gives it, as written. */
export interface SpeechAct {
	/** Offset of the verb. */
	readonly at: number;
	/** Offset where the words naming the speaker begin (the verb's offset for "said X"). */
	readonly subjectAt: number;
	readonly speaker: SpeakerPhrase;
	/**
	 * The verb reports what came before it (`“…,” he said` or `…, he said,`): a pronoun there
	 * points to whoever is already speaking, not to the last person mentioned.
	 */
	readonly trailing: boolean;
	/** "adding", "warning": the speaker is the clause's subject, named earlier. */
	readonly participle: boolean;
	/**
	 * A lone word before a colon ("Zelenskyy: “…”"): it names a speaker only as a name the article knows, one it gives
	 * in full or writes inside its prose, as "Update:" or "Reminder:" never is.
	 */
	readonly knownNameOnly: boolean;
}

/**
 * Verbs that attribute speech or writing. Stems with their endings, so the regex stays a flat alternation
 * (linear time); ASCII word boundaries keep it fast, and a hyphen before the verb ("so-called") is checked after.
 */
const speechVerbs = [
	'sa(?:id|ys|y|ying)', 't(?:old|ells?|elling)', 'add(?:s|ed|ing)?', 'warn(?:s|ed|ing)?', 'wr(?:ote|ites?|iting|itten)',
	'stat(?:ed|es|ing)', 'claim(?:s|ed|ing)?', 'maintain(?:s|ed|ing)?', 'insist(?:s|ed|ing)?', 'argu(?:e|ed|es|ing)',
	'explain(?:s|ed|ing)?', 'not(?:ed|ing)', 'acknowledg(?:e|ed|es|ing)', 'admit(?:s|ted|ting)?', 'confirm(?:s|ed|ing)?',
	'den(?:ied|ies|ying|y)', 'declar(?:e|ed|es|ing)', 'announc(?:e|ed|es|ing)', 'stress(?:es|ed|ing)?',
	'emphasi[sz](?:e|ed|es|ing)', 'urg(?:e|ed|es|ing)', 'call(?:s|ed|ing)?', 'describ(?:e|ed|es|ing)',
	'dismiss(?:es|ed|ing)?', 'thank(?:s|ed|ing)?', 'tweet(?:s|ed|ing)?', 'posted', 'repl(?:ied|ies|ying|y)',
	'respond(?:s|ed|ing)?', 'ask(?:s|ed|ing)?', 'recall(?:s|ed|ing)?', 'suggest(?:s|ed|ing)?', 'predict(?:s|ed|ing)?',
	'promis(?:e|ed|es|ing)', 'pledg(?:e|ed|es|ing)', 'vow(?:s|ed|ing)?', 'threaten(?:s|ed|ing)?', 'accus(?:e|ed|es|ing)',
	'critici[sz](?:e|ed|es|ing)', 'prais(?:e|ed|es|ing)', 'hail(?:s|ed|ing)?', 'label(?:s|l?ed|l?ing)?',
	'brand(?:s|ed|ing)?', 'term(?:s|ed|ing)?', 'conced(?:e|ed|es|ing)', 'comment(?:s|ed|ing)?', 'remark(?:s|ed|ing)?',
	'assert(?:s|ed|ing)?', 'hop(?:e|ed|es|ing)', 'express(?:es|ed|ing)?', 'highlight(?:s|ed|ing)?',
	'reiterat(?:e|ed|es|ing)', 'assur(?:e|ed|es|ing)', 'boast(?:s|ed|ing)?', 'complain(?:s|ed|ing)?',
	'caution(?:s|ed|ing)?', 'contend(?:s|ed|ing)?', 'report(?:s|ed|ing)?', 'quot(?:ed|ing)', 'congratulat(?:e|ed|es|ing)',
	'according to', 'insist', 'mock(?:s|ed|ing)?', 'joked?', 'quipped', 'exclaimed', 'shouted', 'added', 'spoke', 'speaks',
];

/**
 * The verbs as one regex, grouped by first letter: at each word the engine then tries one group instead of
 * every verb in turn.
 */
function speechVerbRegex(verbs: readonly string[]): RegExp {
	const byFirstLetter = new Map<string, string[]>();
	for (const verb of verbs) byFirstLetter.set(verb[0]!, [...(byFirstLetter.get(verb[0]!) ?? []), verb.slice(1)]);
	const groups = [...byFirstLetter].map(([letter, rests]) => `${letter}(?:${rests.join('|')})`);
	return new RegExp(`\\b(?:${groups.join('|')})\\b(?!-)`, 'g');
}

const speechVerb = speechVerbRegex(speechVerbs);
/** The same regex for whole texts (`SpeechVerbs`), which keep their own place in it. */
const speechVerbInText = speechVerbRegex(speechVerbs);

const maxSubjectReach = 240;

/** Words between a subject and its verb: auxiliaries and adverbs ("has also said", "previously stated"). */
const auxiliaries = new Set([
	'has', 'have', 'had', 'also', 'was', 'were', 'is', 'are', 'will', 'would', 'could', 'did', 'does', 'do', 'not', 'never',
	'then', 'once', 'again', 'just', 'first', 'later', 'earlier', 'yesterday', 'today', 'may', 'might', 'should', 'shall',
	'can', 'must',
]);
/** Auxiliaries that make a verb something that might be said, not something that was. */
const modals = new Set(['will', 'would', 'could', 'may', 'might', 'should', 'shall', 'can', 'must']);
const lowercaseAdverb = /^\p{Ll}+ly$/u;
const conjunctions = new Set(['and', 'but', 'or', 'then']);

/** Offset where the whitespace before the word that ends at `end` begins (`end` itself when no word ends there). */
function wordStartBefore(text: string, end: number): number {
	let start = end;
	while (start > 0 && !isSpaceCode(text.charCodeAt(start - 1))) start--;
	return start;
}

function spacesBefore(text: string, end: number): number {
	while (end > 0 && isSpaceCode(text.charCodeAt(end - 1))) end--;
	return end;
}

/**
 * Where `text` ends without the auxiliaries and adverbs (each after a space) and spaces it ends with, and whether a
 * modal was among them.
 */
function withoutTrailingAuxiliaries(text: string, start: number, end: number): {cut: number; modal: boolean} {
	let cut = end;
	let modal = false;
	for (let wordEnd = Math.max(start, spacesBefore(text, end)); ;) {
		const wordStart = Math.max(start, wordStartBefore(text, wordEnd));
		// Auxiliaries and adverbs are lowercase: a word that opens with any other ASCII character ends the search at once.
		const code = text.charCodeAt(wordStart);
		if (wordStart === wordEnd || (code < 128 && (code < 97 || code > 122))) break;
		const word = text.slice(wordStart, wordEnd);
		if (!(auxiliaries.has(word) || (word.endsWith('ly') && lowercaseAdverb.test(word)))) break;
		const spaces = Math.max(start, spacesBefore(text, wordStart));
		if (spaces === wordStart) break;
		modal ||= modals.has(word);
		cut = spaces;
		wordEnd = spaces;
	}
	return {cut, modal};
}

/** A clause that ends with "and", "but", "or" or "then" (a second verb of the same subject follows). */
function endsWithConjunction(clause: string): boolean {
	const end = spacesBefore(clause, clause.length);
	const start = wordStartBefore(clause, end);
	return conjunctions.has(clause.slice(start, end));
}

/** Text right after a verb that makes it the start of what is said, not an aside: "said that", "said:". */
const opensSpeech = /^(?:\s+\S+){0,6}?\s*(?:that\b|:|["“‘])/u;

function pronounIsTrailing(text: string, clauseStart: number, subjectAt: number, verbEnd: number, sentenceEnd: number): boolean {
	const before = text.slice(clauseStart, subjectAt).trimEnd();
	const afterQuote = before === '' || /[,”"’]$/u.test(before);
	return afterQuote && !opensSpeech.test(text.slice(verbEnd, Math.min(sentenceEnd, verbEnd + 80)));
}

/** A speech verb as written and where it stands. */
interface VerbMatch {
	readonly at: number;
	readonly verb: string;
}

const noVerbs: readonly VerbMatch[] = [];

/** An ASCII word character (`\\w`): what the verb regex's word boundaries look at. */
function isWordCode(code: number): boolean {
	return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95;
}

const letter = /^\p{L}$/u;

/** A hyphen or a letter ("so-called", "Übersaid"): what may not stand right before a verb. */
function isHyphenOrLetter(code: number): boolean {
	return code < 128 ? code === 45 || (code >= 97 && code <= 122) || (code >= 65 && code <= 90) : letter.test(String.fromCharCode(code));
}

/**
 * The speech verbs of one text, found in one pass of the regex over it (one call per verb rather than several per
 * sentence; what lies between the stretches asked for is skipped) and handed out stretch by stretch, in order. A
 * stretch whose edge cuts a word, or that a hyphen follows, is matched on its own, since the text around it would
 * change what its edges match (and so is one that starts before the end of a stretch asked for earlier).
 */
export class SpeechVerbs {
	private pending: RegExpExecArray | null = null;
	/** Where the search for the next verb goes on. */
	private position = 0;
	/** Where the stretches asked for so far end. */
	private reached = 0;

	constructor(private readonly text: string) {
		this.advance();
	}

	private advance(): void {
		speechVerbInText.lastIndex = this.position;
		this.pending = speechVerbInText.exec(this.text);
		this.position = speechVerbInText.lastIndex;
	}

	/** The verbs in `stretch`, which must come after the stretches asked for before. */
	within(stretch: Span): readonly VerbMatch[] {
		const {text} = this;
		const {start, end} = stretch;
		const behind = start < this.reached;
		this.reached = Math.max(this.reached, end);
		if (this.pending !== null && this.pending.index < start) {
			// Skip what lies between the stretches (quotations) unread: the search picks up at the stretch.
			this.position = Math.max(this.position, start);
			this.advance();
		}
		if (behind || (isWordCode(text.charCodeAt(start - 1)) && isWordCode(text.charCodeAt(start))) ||
			(isWordCode(text.charCodeAt(end - 1)) && isWordCode(text.charCodeAt(end))) || text.charCodeAt(end) === 45) {
			return verbsInSlice(text, start, end);
		}
		let found: VerbMatch[] | null = null;
		for (; this.pending !== null && this.pending.index < end; this.advance()) {
			const at = this.pending.index;
			const verb = this.pending[0];
			if (at + verb.length > end || (at > start && isHyphenOrLetter(text.charCodeAt(at - 1)))) continue;
			(found ??= []).push({at, verb});
		}
		return found ?? noVerbs;
	}
}

/** The verbs of `text` in [start, end), matched within that stretch alone. */
function verbsInSlice(text: string, start: number, end: number): VerbMatch[] {
	const slice = text.slice(start, end);
	const found: VerbMatch[] = [];
	speechVerb.lastIndex = 0;
	for (let match = speechVerb.exec(slice); match !== null; match = speechVerb.exec(slice)) {
		if (match.index > 0 && isHyphenOrLetter(slice.charCodeAt(match.index - 1))) continue;
		found.push({at: start + match.index, verb: match[0]});
	}
	return found;
}

/** The words Ukrainian outlets put before a quotation: "Quote: “…”", "Quote from Syrskyi: “…”". */
const quoteLabelWord = '(?:quote|direct speech)';
/** A label that names who the quotation is from. */
const quoteFromLabel = new RegExp(`^${quoteLabelWord} from (.{1,80}?):\\s*$`, 'iu');
/** A label that names nobody: the quotation goes on with the paragraph before. */
const bareQuoteLabel = new RegExp(`^${quoteLabelWord}:\\s*$`, 'iu');

/** Whether `text` is a bare label before a quotation ("Quote:"). */
export function isBareQuoteLabel(text: string): boolean {
	return bareQuoteLabel.test(text);
}

/** A person's name before a colon and the quotation: "Head of the Sumy RMA Volodymyr Artiukh: “…”", "Zelenskyy: “…”". */
const nameLabel = /(?:^|:\s)([^:]{3,100}?):\s*$/u;

/** Two or more capitalised words that end a phrase: the name after a role ("… delegation Rustem Umerov"). */
const trailingName = /\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)+$/u;

/** The person a phrase names: as a whole ("Head of the Sumy RMA Volodymyr Artiukh"), or by the full name that ends it. */
function personNamed(phrase: string): SpeakerPhrase | null {
	const whole = parsePhrase(phrase);
	if (whole !== null) return whole.kind === 'person' ? whole : null;
	// Most labels end in a small word ("… said"): no name ends them, and the pattern need not run.
	const lastWord = phrase.charCodeAt(phrase.lastIndexOf(' ') + 1);
	const name = (lastWord >= 65 && lastWord <= 90) || lastWord > 127 ? trailingName.exec(phrase) : null;
	const run = name === null || name.index === 0 ? null : parsePhrase(name[0]);
	return run?.kind === 'person' ? run : null;
}

/**
 * The person a label names: the whole label, or what comes before its topic ("Rustem Umerov on the results of the
 * talks"). A person named in full speaks; a lone name only if the article knows it (see `SpeechAct.knownNameOnly`).
 */
function labelSpeaker(named: string): {readonly speaker: SpeakerPhrase; readonly knownNameOnly: boolean} | null {
	const topic = named.indexOf(' on ');
	const speaker = personNamed(named) ?? (topic > 0 ? personNamed(named.slice(0, topic)) : null);
	return speaker === null ? null : {speaker, knownNameOnly: !speaker.name.includes(' ')};
}

/**
 * The speech act of a label that opens the sentence and names the speaker of the quotation after it, if any:
 * "Quote from Syrskyi:", or a person, perhaps after a roundup item's stamp ("⚡️ 11:10 Istanbul: ").
 */
function labelAct(text: string, sentence: Span, gap: Span): SpeechAct | null {
	if (gap.start !== sentence.start || gap.end === sentence.end || gap.end - gap.start > 140) return null;
	const opening = text.slice(gap.start, gap.end);
	if (!opening.trimEnd().endsWith(':')) return null;
	const quoteFrom = quoteFromLabel.exec(opening);
	const label = quoteFrom ?? nameLabel.exec(opening);
	if (label === null) return null;
	const named = label[1]!;
	const subjectAt = gap.start + label.index + label[0].indexOf(named);
	if (quoteFrom !== null) {
		const speaker = parsePhrase(named);
		if (speaker === null || speaker.kind === 'pronoun') return null;
		return {at: gap.start, subjectAt, speaker, trailing: false, participle: false, knownNameOnly: false};
	}
	// A bare "Quote:" names nobody: the quotation goes on with the paragraph before.
	const person = isBareQuoteLabel(`${named}:`) ? null : labelSpeaker(named);
	return person === null ? null : {at: gap.start, subjectAt, trailing: false, participle: false, ...person};
}

/**
 * The line Ukrainian outlets put above a quotation to say whose it is: "Source: Roman Mrochko, Head of Kherson City
 * Military Administration, on Telegram". The name, its role between commas, and the channel after "on"/"via".
 */
const sourceLine = /^sources?:\s+([^.!?:]{2,200}?)(?:,?\s+(?:on|via)\s+[^,.!?:]{1,60})?\s*$/iu;

/** Whether `line` is a source line ("Source: NAME, ROLE, on CHANNEL"): it names who speaks in the paragraph after it. */
export function isSourceLine(line: string): boolean {
	return sourceLine.test(line);
}

/** The speech act of a source line, which names the speaker of the "Quote:" paragraph after it. */
function sourceAct(text: string, sentence: Span): SpeechAct | null {
	if (!/^sources?:/iu.test(text.slice(sentence.start, sentence.start + 8))) return null;
	const line = sourceLine.exec(text.slice(sentence.start, sentence.end));
	if (line === null) return null;
	const [name = '', ...role] = line[1]!.split(/\s*,\s*/u);
	const speaker = parsePhrase(name);
	if (speaker === null || speaker.kind === 'pronoun' || speaker.kind === 'description') return null;
	const described = speaker.kind === 'person' && role.length > 0 ? {...speaker, role: [speaker.role, ...role].filter(Boolean).join(', ')} : speaker;
	const subjectAt = sentence.start + line[0].indexOf(line[1]!);
	return {at: sentence.start, subjectAt, speaker: described, trailing: false, participle: false, knownNameOnly: !speaker.name.includes(' ')};
}

/**
 * The speech acts of one sentence, in order. `gaps` are the sentence's stretches outside quotation
 * marks (a verb inside a quotation is part of what was said, not an attribution); `verbs` are the text's.
 */
export function speechActs(text: string, sentence: Span, gaps: readonly Span[], verbs: SpeechVerbs): SpeechAct[] {
	const first = gaps[0];
	const label = first === undefined ? null : labelAct(text, sentence, first) ?? sourceAct(text, sentence);
	const acts: SpeechAct[] = label === null ? [] : [label];
	// A subject never reaches back over the previous verb: "a spokeswoman said the prime minister would tell".
	let previousEnd = sentence.start;
	for (const gap of gaps) {
		for (const {at, verb} of verbs.within(gap)) {
			const verbEnd = at + verb.length;
			// "Russian claims of a breakthrough", "reports of explosions": a noun, not a verb of saying; "called off": no saying.
			if ((verb.endsWith('s') && text.startsWith(' of ', verbEnd)) || (verb.startsWith('call') && /^ off\b/.test(text.slice(verbEnd, verbEnd + 5)))) continue;
			const act = verb === 'according to'
				? following(text, at, verbEnd, gap.end)
				: verb.endsWith('ing') && !isProgressive(text, gap.start, at)
					? participle(text, sentence, at, acts.at(-1))
					: finite(text, sentence, gap, Math.max(gap.start, previousEnd), at, verb, acts.at(-1));
			if (act !== null) {
				acts.push(act);
				previousEnd = verbEnd;
			}
		}
	}
	return acts;
}

/** Forms of "be" that make an -ing verb finite: "they are asking" has its subject right before it. */
const progressiveAuxiliaries = new Set(['is', 'are', 'was', 'were', 'am', 'be', 'been']);

/** Whether the -ing verb at `at` follows a form of "be" (past adverbs: "was still saying"). */
function isProgressive(text: string, start: number, at: number): boolean {
	for (let end = spacesBefore(text, at), words = 0; end > start && words < 3; words++) {
		const wordStart = Math.max(start, wordStartBefore(text, end));
		const word = text.slice(wordStart, end);
		if (progressiveAuxiliaries.has(word)) return true;
		if (!(auxiliaries.has(word) || lowercaseAdverb.test(word))) return false;
		end = spacesBefore(text, wordStart);
	}
	return false;
}

function following(text: string, at: number, verbEnd: number, end: number): SpeechAct | null {
	const speaker = subjectAfter(text.slice(verbEnd, end));
	return speaker === null || speaker.kind === 'pronoun' ? null : {at, subjectAt: at, speaker, trailing: false, participle: false, knownNameOnly: false};
}

function participle(text: string, sentence: Span, at: number, previous: SpeechAct | undefined): SpeechAct | null {
	const before = text.slice(sentence.start, at);
	// "The report quoted Mr Umerov as saying": the one quoted is the speaker.
	const quoted = /\bquot(?:ed|es|ing)\s+(.{1,80}?)\s+as\s*$/u.exec(before);
	if (quoted !== null) {
		const speaker = parsePhrase(quoted[1]!);
		if (speaker !== null) return {at, subjectAt: at, speaker, trailing: false, participle: true, knownNameOnly: false};
	}
	if (previous !== undefined) return {...previous, at, participle: true};
	const speaker = subjectAtStart(before);
	return speaker === null ? null : {at, subjectAt: at, speaker, trailing: false, participle: true, knownNameOnly: false};
}

/** "told", "tells", "telling": the one named after these listens ("told Reuters"); "tweeted X", "thanked X" are other verbs. */
const tellVerb = /^t(?:old|ell)/;

function finite(text: string, sentence: Span, gap: Span, from: number, at: number, verb: string, previous: SpeechAct | undefined): SpeechAct | null {
	const verbEnd = at + verb.length;
	// A subject with its role fits in a couple of hundred characters; a longer window only costs time.
	const clauseStart = Math.max(from, at - maxSubjectReach);
	// Auxiliaries and adverbs sit right before the verb: only the clause's last stretch needs the regex.
	const split = Math.max(clauseStart, at - 80);
	const tail = withoutTrailingAuxiliaries(text, split, at);
	// "Volker said Trump would call Putin": what someone else might say, inside a report of what was said.
	if (tail.modal && from > gap.start) return null;
	const clause = text.slice(clauseStart, tail.cut);
	// "said Kyiv would hold and called the offensive “futile”": a second verb of the same speaker.
	if (previous !== undefined && endsWithConjunction(clause)) return {...previous, at, participle: false};
	const found = /\S/.test(clause) ? subjectBefore(clause) : null;
	if (found !== null) {
		const subjectAt = clauseStart + found.start;
		const trailing = found.phrase.kind === 'pronoun' && pronounIsTrailing(text, gap.start, subjectAt, verbEnd, sentence.end);
		return {at, subjectAt, speaker: found.phrase, trailing, participle: false, knownNameOnly: false};
	}
	// "…,” said Zelenski" / "…, says CNN": the speaker follows the verb; whoever is "told" is the one listening.
	if (!tellVerb.test(verb) && /^[\s,;:—–-]*$|,\s*$/u.test(clause)) {
		const speaker = subjectAfter(text.slice(verbEnd, gap.end));
		if (speaker !== null && speaker.kind !== 'pronoun') return {at, subjectAt: at, speaker, trailing: true, participle: false, knownNameOnly: false};
	}
	return null;
}
