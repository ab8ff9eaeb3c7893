import {isDigitCode, isSpaceCode} from '../text/charCodes.js';
import {isModifierWord, lowerCase, nounKind} from './figureNouns.js';

/**
 * What a figure measures, in the article's own words: the noun phrase it counts plus one qualifier
 * ("North Korean soldiers stationed in Russia’s Kursk region", "military aid to Kyiv").
 */

class Token {
	private lowerCase: string | undefined;

	constructor(
		readonly word: string,
		/** Punctuation (comma, bracket, quote, dash) separates this word from the one before. */
		public breakBefore: boolean,
		/** Punctuation separates this word from the one after. */
		public breakAfter: boolean,
	) {}

	/** `word` in lower case, which most checks compare; many words are never asked. */
	get lower(): string {
		this.lowerCase ??= lowerCase(this.word);
		return this.lowerCase;
	}
}

/** The words on one side of a figure, nearest first, split only as far as they are read. */
interface Words {
	/** The word at `position` (0 is nearest), undefined past the last. */
	at(position: number): Token | undefined;
}

const maxWords = 10;
const window = 120;

const abbreviation = /^(?:\p{L}\.){2,}$/u;

/** ( " “ ‘ ' [ ] {: punctuation that opens a word. */
function isLeadingPunctuation(code: number): boolean {
	return code === 40 || code === 34 || code === 0x201c || code === 0x2018 || code === 39 || code === 91 || code === 93 || code === 123;
}

/** , . ; : ! ? " ” ’ ' ) ] } …: punctuation that closes a word. */
function isTrailingPunctuation(code: number): boolean {
	return code === 44 || code === 46 || code === 59 || code === 58 || code === 33 || code === 63 || code === 34 || code === 0x201d ||
		code === 0x2019 || code === 39 || code === 41 || code === 93 || code === 125 || code === 0x2026;
}

/** - – —: a piece made only of these is a dash, not a word. */
function isDash(code: number): boolean {
	return code === 45 || code === 0x2013 || code === 0x2014;
}

/** The word of the piece `text[start, end)` (no spaces in it) without its punctuation; null for a dash or bare punctuation. */
function toToken(text: string, start: number, end: number): Token | null {
	let index = start;
	while (index < end && isDash(text.charCodeAt(index))) index++;
	if (index === end) return null;
	let lead = start;
	while (lead < end && isLeadingPunctuation(text.charCodeAt(lead))) lead++;
	let bodyEnd = end;
	let breakAfter = false;
	if (!(text.charCodeAt(end - 1) === 46 && abbreviation.test(text.slice(lead, end)))) {
		while (bodyEnd > lead && isTrailingPunctuation(text.charCodeAt(bodyEnd - 1))) bodyEnd--;
		// "troops’ positions": a plural possessive apostrophe does not end the phrase.
		const apostrophe = end - bodyEnd === 1 && (text.charCodeAt(bodyEnd) === 0x2019 || text.charCodeAt(bodyEnd) === 39);
		breakAfter = bodyEnd < end && !apostrophe;
	}
	if (bodyEnd === lead) return null;
	return new Token(text.slice(lead, bodyEnd), lead > start, breakAfter);
}

/** Words after `from`; a lone dash becomes a break on its neighbours. */
class WordsAfter implements Words {
	private readonly tokens: Token[] = [];
	private readonly end: number;
	private index: number;
	private pendingBreak = false;

	constructor(private readonly text: string, from: number) {
		this.index = from;
		this.end = Math.min(text.length, from + window);
	}

	at(position: number): Token | undefined {
		// A word is complete once the next one is read: a dash between them may still break it.
		while (this.tokens.length <= position + 1 && this.index < this.end) this.readPiece();
		return this.tokens[position];
	}

	private readPiece(): void {
		const {text, end} = this;
		let index = this.index;
		while (index < end && isSpaceCode(text.charCodeAt(index))) index++;
		const start = index;
		while (index < end && !isSpaceCode(text.charCodeAt(index))) index++;
		this.index = index;
		if (index === start) return;
		const token = toToken(text, start, index);
		if (token === null) {
			this.pendingBreak = true;
			const last = this.tokens.at(-1);
			if (last !== undefined) last.breakAfter = true;
			return;
		}
		if (this.pendingBreak) token.breakBefore = true;
		this.tokens.push(token);
		this.pendingBreak = false;
	}
}

/** Words before `to`, up to the first punctuation that closes a phrase. */
class WordsBefore implements Words {
	private readonly tokens: Token[] = [];
	private readonly start: number;
	private index: number;
	private done = false;

	constructor(private readonly text: string, to: number) {
		this.index = to;
		this.start = Math.max(0, to - window);
	}

	at(position: number): Token | undefined {
		// A word is complete once the next one is read: a dash before it may still break it.
		while (this.tokens.length <= position + 1 && !this.done) this.readPiece();
		return this.tokens[position];
	}

	private readPiece(): void {
		const {text, start} = this;
		let index = this.index;
		while (index > start && isSpaceCode(text.charCodeAt(index - 1))) index--;
		const end = index;
		while (index > start && !isSpaceCode(text.charCodeAt(index - 1))) index--;
		this.index = index;
		if (index === end) {
			this.done = true;
			return;
		}
		const token = toToken(text, index, end);
		if (token === null) {
			const last = this.tokens.at(-1);
			if (last !== undefined) last.breakBefore = true;
			this.done = true;
			return;
		}
		this.tokens.push(token);
		if ((token.breakAfter && this.tokens.length > 1) || index <= start) this.done = true;
	}
}

/** "seven more Patriot systems": words before what is counted. */
const countLeads = new Set(['more', 'fewer', 'other', 'extra']);
const determiners = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'this', 'that', 'these', 'those']);
const auxiliaries = new Set([
	'is', 'are', 'was', 'were', 'be', 'been', 'being', 'have', 'has', 'had', 'will', 'would', 'could', 'can', 'may',
	'might', 'should', 'must', 'now', 'already', 'still', 'reportedly', 'also', 'currently', 'then', 'allegedly',
]);
const prepositions = new Set([
	'in', 'to', 'for', 'from', 'along', 'across', 'near', 'on', 'at', 'inside', 'into', 'toward', 'towards', 'against',
	'within', 'of', 'by', 'off', 'outside', 'around', 'through', 'under', 'without', 'among', 'behind', 'beyond',
]);
const relatives = new Set(['that', 'which', 'who']);
/** Words that say when, not what: a phrase made of them does not describe a quantity. */
const whenWords = new Set([
	'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may',
	'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep',
	'sept', 'oct', 'nov', 'dec', 'today', 'yesterday', 'tomorrow', 'tonight', 'morning', 'evening', 'afternoon', 'night', 'overnight',
	'week', 'weekend', 'month', 'year', 'day', 'time', 'ago', 'last', 'next', 'one', 'two', 'three', 'four', 'five', 'six', 'seven',
	'eight', 'nine', 'ten',
]);
/** What joins an amount of money to what it pays for: "$9bn in military aid". */
const moneyLinks = new Set(['in', 'of', 'for', 'worth']);
/** What joins a share to its whole: "10% of the budget". */
const shareLinks = new Set(['of']);
/** What joins a thing to the amount after it: "military aid worth $9bn", "a price cap of $60", "traded at $58". */
const amountLeads = new Set(['worth', 'of', 'totalling', 'totaling', 'valued', 'costing', 'at']);
/** Collectives whose size is the figure: "a force of 50,000 troops". */
const collectives = new Set(['force', 'army', 'contingent', 'deployment', 'garrison', 'group', 'corps']);
/** Verbs of change or level before a figure: "revenues fell 12%"; the subject before them is the label. */
const levelVerbs = /^(?:up|down|rose|risen|rises|rise|fell|fallen|falls|fall|grew|grown|grows|grow|dropped|drops|jumped|climbed|declined|increased|decreased|surged|slumped|plunged|soared|reached|reaches|reach|hit|hits|topped|exceeded|exceed|stood|stands|totalled|totaled|totals|cost|costs|is|are|was|were|be|now|put|puts)$/i;
const irregularParticiples = new Set([
	'held', 'taken', 'sent', 'built', 'shot', 'hit', 'lost', 'made', 'given', 'kept', 'left', 'seen', 'caught',
	'brought', 'fought', 'spent', 'paid', 'sold', 'won', 'hidden', 'driven', 'thrown', 'withdrawn', 'stolen',
]);

const notParticiples = new Set(['need', 'speed', 'seed', 'feed', 'bed', 'shed', 'red', 'bled', 'hundred']);

/** Whether a word already in lower case is a past participle: "killed", "held". */
function isParticipleLower(lower: string): boolean {
	// No irregular participle ends in "ed".
	if (!lower.endsWith('ed')) return irregularParticiples.has(lower);
	return /^[a-z]{3,}ed$/.test(lower) && !notParticiples.has(lower);
}

function isParticiple(word: string): boolean {
	return isParticipleLower(lowerCase(word));
}

function isNumberish(word: string): boolean {
	const first = word.charCodeAt(0);
	if (isDigitCode(first) || ((first === 36 || first === 0x20ac || first === 0xa3) && isDigitCode(word.charCodeAt(1)))) return true;
	return 'mbtkpcMBTKPC'.includes(word[0] ?? ' ') && /^(?:million|billion|trillion|thousand|bn|m|mn|tn|k|km|miles?|per|cent|percent)$/i.test(word);
}

/** "-ly" words (adverbs) do not describe what is counted. */
function endsInLy(word: string): boolean {
	const last = word.charCodeAt(word.length - 1);
	const previous = word.charCodeAt(word.length - 2);
	return (last === 121 || last === 89) && (previous === 108 || previous === 76);
}

function isPhraseWord(token: Token | undefined): token is Token {
	// "U.S. military aid": an abbreviation with its dots is a modifier like any other.
	return token !== undefined && ((isModifierWord(token.word) && !endsInLy(token.word)) || abbreviation.test(token.word));
}

function lower(token: Token | undefined): string {
	return token?.lower ?? '';
}

/** Lower case without a possessive: "Monday’s" → "monday". */
function bareWord(token: Token | undefined): string {
	const word = lower(token);
	return word.endsWith("'s") || word.endsWith('’s') ? word.slice(0, -2) : word;
}

/**
 * The noun phrase at `from`: ends at punctuation, at a function word, or just after a known counted
 * noun. `afterLink` skips a leading determiner ("10% of the town").
 */
function nounPhrase(tokens: Words, from: number, afterLink: boolean): {words: string[]; next: number; closed: boolean} {
	const words: string[] = [];
	let index = from;
	if (afterLink && determiners.has(lower(tokens.at(index))) && !tokens.at(index)!.breakAfter) index++;
	if (afterLink && isNumberish(tokens.at(index)?.word ?? '') && !tokens.at(index)!.breakAfter) index++;
	// "seven more Patriot systems": what is counted comes after "more".
	while (countLeads.has(lower(tokens.at(index))) && !tokens.at(index)!.breakAfter && index - from < 2) index++;
	// "27% a year ago": a time is not what the figure measures.
	if (whenWords.has(bareWord(tokens.at(index)))) return {words, next: from, closed: false};
	while (tokens.at(index) !== undefined && words.length < 6) {
		const token = tokens.at(index)!;
		// Punctuation between the figure and the next word ("$1.1bn, according to") leaves nothing to count.
		if (!isPhraseWord(token) || token.breakBefore) break;
		words.push(token.word);
		index++;
		if (token.breakAfter) return {words, next: index, closed: true};
		const kind = nounKind(token.word);
		const following = tokens.at(index);
		if (kind !== undefined && kind !== 'time' && !(following !== undefined && nounKind(following.word) !== undefined)) break;
	}
	return {words, next: index, closed: false};
}

/** A preposition and its object ("in Russia’s Kursk region"), skipping determiners and numbers; none for times ("on Monday"). */
function prepositionalPhrase(tokens: Words, from: number): string[] {
	const preposition = tokens.at(from);
	if (preposition === undefined || !prepositions.has(lower(preposition)) || preposition.breakAfter) return [];
	const words = [preposition.word];
	for (let index = from + 1; tokens.at(index) !== undefined && words.length < 5; index++) {
		const token = tokens.at(index)!;
		if (token.breakBefore) break;
		const word = lower(token);
		if (whenWords.has(bareWord(token))) return [];
		if (!determiners.has(word) && !isNumberish(token.word)) {
			// "a loan for Ukraine backed by ...": a participle starts a new phrase.
			if (!isPhraseWord(token) || prepositions.has(word) || isParticipleLower(word)) break;
			words.push(token.word);
		}
		// "along northeastern, eastern and southeastern parts of the front": the first of a list of modifiers is no place.
		if (token.breakAfter) return word === token.word && listGoesOn(tokens, index + 1) ? [] : words.length > 1 ? words : [];
	}
	return words.length > 1 ? words : [];
}

/** Whether the words from `from` on carry a list on, lowercase, to its "and" or "or" within three words. */
function listGoesOn(tokens: Words, from: number): boolean {
	for (let index = from; index < from + 3; index++) {
		const token = tokens.at(index);
		if (token === undefined || token.word !== lower(token)) return false;
		if (token.word === 'and' || token.word === 'or') return index > from;
		if (token.breakAfter) return false;
	}
	return false;
}

/** What follows the noun phrase and narrows it: a participle ("killed or wounded"), a place, a relative clause. */
function qualifier(tokens: Words, from: number): string[] {
	let index = from;
	while (tokens.at(index) !== undefined && index - from < 4 && auxiliaries.has(lower(tokens.at(index))) && !tokens.at(index)!.breakAfter) index++;
	const words: string[] = [];
	const first = tokens.at(index);
	if (first !== undefined && !first.breakBefore && isParticipleLower(first.lower)) {
		words.push(first.word);
		index++;
		while ((lower(tokens.at(index)) === 'or' || lower(tokens.at(index)) === 'and') && isParticipleLower(lower(tokens.at(index + 1))) && !first.breakAfter) {
			words.push(tokens.at(index)!.word, tokens.at(index + 1)!.word);
			index += 2;
		}
		if (tokens.at(index - 1)!.breakAfter) return words;
	} else if (index > from) {
		// "troops are Russian": an auxiliary without a participle starts a new clause.
		return [];
	}
	const next = tokens.at(index);
	if (next !== undefined && next.breakBefore) return words;
	const place = prepositionalPhrase(tokens, index);
	if (place.length > 0) return [...words, ...place];
	if (words.length === 0 && next !== undefined && relatives.has(lower(next))) {
		const clause = [next.word];
		for (let position = index + 1; tokens.at(position) !== undefined && clause.length < 5; position++) {
			const token = tokens.at(position)!;
			if (token.breakBefore || !isPhraseWord(token)) break;
			clause.push(token.word);
			if (token.breakAfter) break;
		}
		if (clause.length > 1) return clause;
	}
	return words;
}

/**
 * The noun phrase that ends just before the figure (tokens nearest first, from `from`), up to `limit`
 * words: a verb form at its far end ("rushing military aid") is left out.
 */
function phraseBefore(tokens: Words, from: number, limit: number, join = true): string[] {
	const words: string[] = [];
	let index = from;
	// "Urals crude traded at $58": the verb next to the figure is not part of the subject.
	while (index - from < 3 && tokens.at(index) !== undefined && !tokens.at(index)!.breakBefore
		&& (isParticipleLower(tokens.at(index)!.lower) || levelVerbs.test(tokens.at(index)!.word) || auxiliaries.has(lower(tokens.at(index))))) index++;
	for (; tokens.at(index) !== undefined && words.length < limit; index++) {
		const token = tokens.at(index)!;
		// "support for negotiations", "the size of the army": a noun joined by "of"/"for" belongs to the phrase.
		const joined = join && words.length > 0 && (token.lower === 'of' || token.lower === 'for') && !token.breakAfter && isPhraseWord(tokens.at(index + 1)) && !determiners.has(lower(tokens.at(index + 1)));
		if (joined) {
			// One head noun before the joint: "support for negotiations", not "polls show support for negotiations".
			words.unshift(tokens.at(index + 1)!.word, token.word);
			break;
		}
		if (!isPhraseWord(token) || (words.length > 0 && token.breakAfter) || determiners.has(lower(token))) break;
		if (words.length > 0 && /(?:ing|ed)$/i.test(token.word)) break;
		words.unshift(token.word);
		if (token.breakBefore) break;
	}
	return words;
}

/** The subject of the clause before the figure, past function words and numbers ("total EU support since 2022 to"). */
function subjectBefore(tokens: Words): string[] {
	let index = 0;
	while (index < 3 && tokens.at(index) !== undefined && !tokens.at(index)!.breakAfter && (!isPhraseWord(tokens.at(index)) || isNumberish(tokens.at(index)!.word))) {
		if (tokens.at(index)!.breakBefore) return [];
		index++;
	}
	return phraseBefore(tokens, index, 4);
}

/** ", which has totalled about ": a relative clause whose verb ends right before the figure. */
const relativeClause = /,\s+(?:which|that)(?:\s+\p{Ll}+){1,3}\s+$/u;

/**
 * "the leverage of US aid, which has totalled $175 billion": the figure measures what the relative clause is about,
 * the phrase right before its comma (not what that phrase belongs to).
 */
function relativeAntecedent(sentence: string, start: number): string[] {
	const clause = relativeClause.exec(sentence.slice(Math.max(0, start - 40), start));
	if (clause === null) return [];
	return phraseBefore(new WordsBefore(sentence, Math.max(0, start - 40) + clause.index), 0, 4, false);
}

/** "shot down": what completes a verb. */
const particles = new Set(['down', 'up', 'off', 'out', 'back']);

/** Forms of "be" that make a participle passive: "56 were shot down". */
const passiveAuxiliaries = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);

/**
 * "56 were shot down and 31 were “lost”": a figure that is the subject of a passive verb counts what the verb did,
 * as its participle (and particle). Quotation marks around the participle do not part it from its auxiliary.
 */
function passiveAfter(tokens: Words): string[] {
	let index = 0;
	let passive = false;
	for (; index < 3 && tokens.at(index) !== undefined && auxiliaries.has(lower(tokens.at(index))); index++) {
		if (tokens.at(index)!.breakAfter) return [];
		passive ||= passiveAuxiliaries.has(lower(tokens.at(index)));
	}
	const participle = tokens.at(index);
	if (!passive || participle === undefined || !isParticipleLower(participle.lower)) return [];
	const particle = tokens.at(index + 1);
	const verb = particle !== undefined && !participle.breakAfter && !particle.breakBefore && particles.has(particle.lower) ? [participle.word, particle.word] : [participle.word];
	// "43 were lost to electronic warfare": where or to what, as any qualifier says it.
	const last = tokens.at(index + verb.length - 1)!;
	return last.breakAfter || tokens.at(index + verb.length)?.breakBefore ? verb : [...verb, ...prepositionalPhrase(tokens, index + verb.length)];
}

/** A number in digits followed by a space: where an earlier count in the sentence may name what it counts. */
const digitsThenSpace = /\d[\d,.]*\s/gu;

/**
 * "launched 87 drones overnight, of which 56 were shot down": what the nearest earlier count in the sentence counts,
 * people or things, which a figure without a noun of its own counts too.
 */
function countedBefore(sentence: string, start: number): string[] {
	const ends: number[] = [];
	const from = Math.max(0, start - window);
	digitsThenSpace.lastIndex = from;
	for (let match = digitsThenSpace.exec(sentence); match !== null && match.index < start; match = digitsThenSpace.exec(sentence)) ends.push(match.index + match[0].length);
	for (const end of ends.reverse()) {
		const {words} = nounPhrase(new WordsAfter(sentence, end), 0, false);
		const kind = nounKind(words.at(-1) ?? '');
		if (kind === 'people' || kind === 'thing') return words;
	}
	return [];
}

/**
 * What a clause in -ing does to those it counts, as the participle a label uses: "killing 11 people" counts people
 * killed, "wounding 84" the wounded.
 */
const doneBy: ReadonlyMap<string, string> = new Map([
	['killing', 'killed'], ['injuring', 'injured'], ['wounding', 'wounded'], ['destroying', 'destroyed'],
	['damaging', 'damaged'], ['capturing', 'captured'], ['detaining', 'detained'], ['displacing', 'displaced'],
	['evacuating', 'evacuated'], ['downing', 'downed'], ['leaving', 'left'],
]);

/** "killed at least 12 people", "shot down 104 of the missiles", "killing 11 people": what happened to those counted. */
function verbBefore(tokens: Words): string[] {
	const nearest = tokens.at(0);
	const previous = tokens.at(1);
	if (nearest === undefined || nearest.breakAfter) return [];
	if (isParticipleLower(nearest.lower)) return [nearest.word];
	const done = doneBy.get(nearest.lower);
	if (done !== undefined) return [done];
	if (particles.has(nearest.lower) && previous !== undefined && !previous.breakAfter && isParticipleLower(previous.lower)) return [previous.word, nearest.word];
	return [];
}

/**
 * "The number of people killed in the strike has risen to 15", "the death toll ... rose to 14":
 * the figure measures what the clause names, not its verb.
 */
const tallyClause = /(?:^|\s)(?:the\s+)?((?:death\s+|casualty\s+)?(?:number|toll|total|tally|count))\s+(?:of\s+)?(.*?)\s*(?:has\s+|had\s+|have\s+)?(?:risen|rose|climbed|jumped|reached|increased|grown|grew|stands|stood|is|was)\s+(?:to|at)\s*$/iu;

/** The words of the tally clause that a number at `start` ends ("number of people killed in the strike has risen to"), or none. */
export function tallyLabel(sentence: string, start: number): string[] {
	const clause = sentence.slice(Math.max(0, start - window), start).split(/[,;:.()]/u).at(-1) ?? '';
	const match = tallyClause.exec(clause);
	if (match === null) return [];
	const words = match[2]!.split(/\s+/u).filter(word => word !== '' && !determiners.has(word.toLowerCase()));
	return /^(?:number|total|count)$/i.test(match[1]!) && words.length > 0 ? words.slice(0, 8) : [...match[1]!.split(/\s+/u), ...words].slice(0, 8);
}

/** The first `count` words (fewer when the words run out). */
function firstWords(tokens: Words, count: number): string[] {
	const words: string[] = [];
	for (let index = 0; index < count && tokens.at(index) !== undefined; index++) words.push(tokens.at(index)!.word);
	return words;
}

function finish(words: readonly string[]): string {
	return (words.length > maxWords ? words.slice(0, maxWords) : words).join(' ');
}

export type LabelKind = 'counted' | 'money' | 'share' | 'measure';

/**
 * Labels the figure written at `[start, end)` of `sentence`. `start` should include any approximation
 * ("at least") so it is not mistaken for the subject; `end` should include the unit and any converted
 * value in brackets. `counted` figures count the noun after them; money usually pays for a noun joined by
 * "in"/"of" or named before "worth"; a share is "of" a whole; a measure (distance, weight) says where.
 */
export function figureLabel(sentence: string, start: number, end: number, kind: LabelKind): string {
	const after = new WordsAfter(sentence, end);
	const links = kind === 'money' ? moneyLinks : kind === 'share' || kind === 'counted' ? shareLinks : undefined;
	const first = after.at(0);
	const linked = links !== undefined && first !== undefined && !first.breakAfter && links.has(first.lower);
	const phrase = nounPhrase(after, linked ? 1 : 0, linked);
	const before = new WordsBefore(sentence, start);
	const closest = before.at(0);
	const nearest = closest !== undefined && !closest.breakAfter ? closest : undefined;

	if (kind !== 'counted' && !linked && nearest !== undefined && amountLeads.has(lower(nearest))) {
		// "a price cap of $60 set by the G7": the thing before the amount, not the verb after it.
		const subject = phraseBefore(before, 1, 4);
		if (subject.length > 0) return finish([...subject, ...qualifier(after, 0)]);
	}

	if (phrase.words.length > 0) {
		const lead = lower(nearest) === 'of' && collectives.has(lower(before.at(1))) ? [before.at(1)!.word, 'of'] : [];
		const rest = phrase.closed ? [] : qualifier(after, phrase.next);
		const verb = kind === 'counted' && lead.length === 0 ? verbBefore(before) : [];
		// "shot down 104 of the 120 missiles fired": the part is what the verb before did, not the whole.
		if (linked && verb.length > 0) return finish([...phrase.words, ...verb]);
		return finish([...lead, ...phrase.words, ...(isParticiple(rest[0] ?? '') ? [] : verb), ...rest]);
	}

	const tally = tallyLabel(sentence, start);
	if (tally.length > 0) return finish(tally);
	const passive = kind === 'counted' && !first?.breakBefore ? passiveAfter(after) : [];
	if (passive.length > 0) return finish([...countedBefore(sentence, start), ...passive]);
	const place = qualifier(after, linked ? 1 : 0);
	if (nearest !== undefined) {
		// "killing 2 people and injuring 14": the 14 injured.
		const done = doneBy.get(nearest.lower);
		if (done !== undefined) return finish([done, ...place]);
		if (isPhraseWord(nearest) && !levelVerbs.test(nearest.word) && place.length > 0) return finish([nearest.word, ...place]);
		const antecedent = relativeAntecedent(sentence, start);
		if (antecedent.length > 0) return finish(antecedent);
		const subject = subjectBefore(before);
		if (subject.length > 0) return finish(subject);
	}
	if (place.length > 0) return finish(place);
	// Last resorts: the words next to the figure, never across punctuation.
	const near = nearest !== undefined && isPhraseWord(nearest) ? [nearest.word] : [];
	if (near.length > 0) return finish(near);
	const following = first?.breakBefore ? [] : firstWords(after, 4).filter(word => !isNumberish(word));
	return following.length > 0 ? finish(following) : kind === 'counted' ? 'count' : 'amount';
}
