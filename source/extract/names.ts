/**
 * Person names, titles and roles as news copy writes them: "Ukrainian defence minister Rustem Umerov",
 * "Mr Umerov", "a senior Ukrainian official", "The spokesman of the Kremlin", "CNN".
 */

import {memoised} from '../memo.js';
import {isSpaceCode} from '../text/charCodes.js';

/** Who a phrase names: a person, an organisation or place, an unnamed source, or a pronoun. */
export type PhraseKind = 'person' | 'group' | 'description' | 'pronoun';

export interface SpeakerPhrase {
	readonly kind: PhraseKind;
	/** As written, with a sentence-initial determiner lowercased ("a senior Ukrainian official"). */
	readonly text: string;
	/** The name without titles ("Rustem Umerov" for "Ukrainian defence minister Rustem Umerov"); the description itself otherwise. */
	readonly name: string;
	/** The role the article gives the person ("Ukrainian defence minister"), or null. */
	readonly role: string | null;
}

/** Words that stand before a name as titles; stripped from the name. */
const titles = new Set([
	'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady', 'president', 'president-elect',
	'vice', 'vice-president', 'prime', 'minister', 'premier', 'chancellor', 'senator', 'sen', 'rep', 'representative',
	'congressman', 'congresswoman', 'secretary', 'general', 'gen', 'lt', 'col', 'colonel', 'maj', 'major', 'capt',
	'captain', 'admiral', 'adm', 'sgt', 'commander', 'commander-in-chief', 'chief', 'deputy', 'foreign', 'defence',
	'defense', 'spokesman', 'spokeswoman', 'spokesperson', 'ambassador', 'envoy', 'governor', 'gov', 'mayor', 'king',
	'queen', 'prince', 'princess', 'pope', 'patriarch', 'speaker', 'leader', 'chairman', 'chairwoman', 'director',
	'judge', 'justice', 'bishop', 'archbishop', 'sheikh', 'emir', 'marshal', 'acting', 'former', 'ex', 'state',
	'mp', 'ceo', 'head', 'press', 'adviser', 'advisor', 'aide', 'counsellor', 'counselor', 'rt', 'hon', 'honourable',
]);

/** What "the" may precede in a person's style ("The Rt Hon John Healey"), never in an institution's name. */
const honorifics = new Set(['rt', 'right', 'hon', 'honourable']);

/** Letters after a name that are honours or seats, not part of it ("John Healey MP", "Sir Keir Starmer KC"). */
const postnominals = new Set(['mp', 'mep', 'msp', 'td', 'kc', 'qc', 'obe', 'mbe', 'cbe', 'kbe', 'dbe', 'frs', 'phd']);

/** A title, or a hyphenated compound of titles ("Secretary-General", "Vice-Chancellor"). */
function isTitle(bare: string): boolean {
	if (titles.has(bare)) return true;
	if (!bare.includes('-')) return false;
	const parts = bare.split('-');
	return parts.some(part => titles.has(part)) && parts.every(part => titles.has(part) || part === 'in' || part === 'of');
}

/** Head nouns of unnamed sources and roles ("official" in "a senior Ukrainian official"). */
const roleNouns = new Set([
	'official', 'source', 'spokesman', 'spokeswoman', 'spokesperson', 'spokesmen', 'diplomat', 'minister', 'secretary',
	'president', 'president-elect', 'chief', 'head', 'leader', 'adviser', 'advisor', 'aide', 'analyst', 'expert',
	'commander', 'general', 'envoy', 'ambassador', 'representative', 'negotiator', 'director', 'fellow', 'lawmaker',
	'legislator', 'senator', 'congressman', 'governor', 'mayor', 'chancellor', 'officer', 'soldier', 'resident',
	'witness', 'researcher', 'professor', 'economist', 'scholar', 'historian', 'ministry', 'agency', 'insider', 'person',
	'people', 'member', 'chairman', 'chair', 'ceo', 'founder', 'editor', 'correspondent', 'reporter', 'journalist',
	'activist', 'prosecutor', 'judge', 'lawyer', 'attorney', 'deputy', 'mp', 'politician', 'strategist',
	'administration', 'government', 'military', 'army', 'command', 'office', 'embassy', 'police', 'authorities',
	'authority', 'personnel', 'veteran', 'volunteer', 'medic', 'doctor', 'worker', 'pilot', 'fighter', 'observer',
	'investigator', 'inspector', 'mediator', 'consultant', 'executive', 'coordinator', 'counterpart', 'premier',
	'nominee', 'candidate', 'ally', 'critic', 'commentator', 'civilian', 'survivor', 'refugee', 'mother', 'father',
	'woman', 'man', 'villager', 'priest', 'staff', 'team', 'campaign', 'statement', 'operator', 'planner', 'colonel',
	'captain', 'sergeant', 'major', 'admiral', 'marshal', 'king', 'queen', 'pope', 'speaker', 'manager', 'partner',
	'friend', 'colleague', 'counsellor', 'counselor', 'chief-of-staff', 'intelligence', 'ministries', 'governments',
	'militaries', 'generals', 'premiers', 'commanders-in-chief', 'commander-in-chief', 'author', 'blogger', 'writer',
	'columnist',
]);

/** Words that may stand in a role before the head noun ("senior", "former", "national security"). */
const roleModifiers = new Set([
	'senior', 'former', 'top', 'chief', 'deputy', 'acting', 'incoming', 'outgoing', 'new', 'then', 'current', 'longtime',
	'veteran', 'special', 'national', 'security', 'defence', 'defense', 'foreign', 'military', 'communications', 'press',
	'state', 'presidential', 'vice-presidential', 'war-time', 'wartime', 'executive', 'associate', 'general', 'prime',
	'vice', 'interior', 'finance', 'economy', 'energy', 'intelligence', 'government', 'administration', 'european',
	'regional', 'local', 'russian', 'ukrainian', 'western', 'unnamed', 'anonymous', 'high-ranking', 'ranking', 'key',
	'independent', 'political', 'policy', 'polling', 'research', 'retired', 'serving', 'assistant', 'principal',
	'permanent', 'ex', 'first', 'second', 'lead', 'leading', 'elected', 'opposition', 'ruling', 'party', 'junior',
	'well-placed', 'knowledgeable', 'informed', 'official', 'secretary', 'affairs', 'staff', 'army', 'navy', 'air',
	'force', 'armed', 'forces', 'ground', 'police', 'border', 'health', 'emergency', 'and', 'of', 'the',
]);

const determiners = new Set([
	'a', 'an', 'the', 'another', 'one', 'two', 'three', 'four', 'five', 'several', 'some', 'many', 'his', 'her', 'their',
	'its', 'our', 'other', 'both', 'unnamed', 'anonymous', 'multiple', 'various',
]);

/** Words after which a noun phrase's head has been passed ("official" in "an official from Kiev"). */
const headCut = new Set([
	'from', 'of', 'at', 'in', 'with', 'who', 'for', 'close', 'familiar', 'on', 'to', 'speaking', 'based', 'within',
	'inside', 'involved', 'briefed', 'responsible', 'overseeing', 'working', 'knowledgeable',
]);

/** Capitalised words that name places, organisations, outlets or times, never a person's name. */
const notNames = new Set([
	'ukraine', 'ukraine’s', 'russia', 'kyiv', 'kiev', 'moscow', 'kremlin', 'nato', 'us', 'u.s', 'u.s.', 'uk', 'u.k.',
	'eu', 'un', 'u.n.', 'america', 'american', 'americans', 'united', 'states', 'kingdom', 'nations', 'union', 'european',
	'europe', 'north', 'south', 'east', 'west', 'eastern', 'western', 'northern', 'southern', 'central', 'korea',
	'korean', 'koreans', 'china', 'chinese', 'iran', 'iranian', 'belarus', 'poland', 'polish', 'germany', 'german',
	'france', 'french', 'britain', 'british', 'washington', 'white', 'house', 'pentagon', 'congress', 'senate',
	'republican', 'republicans', 'democrat', 'democrats', 'democratic', 'g7', 'g20', 'kursk', 'donbas', 'donetsk',
	'luhansk', 'crimea', 'kharkiv', 'kherson', 'odesa', 'odessa', 'zaporizhzhia', 'black', 'sea', 'day', 'post', 'times',
	'journal', 'news', 'reuters', 'cnn', 'bbc', 'ap', 'afp', 'politico', 'bloomberg', 'tass', 'ria', 'interfax',
	'ukrinform', 'affairs', 'ministry', 'council', 'office', 'army', 'forces', 'force', 'air', 'navy', 'command', 'institute',
	'university', 'program', 'programme', 'centre', 'center', 'agency', 'party', 'parliament', 'verkhovna', 'rada',
	'federation', 'republic', 'asia', 'pacific', 'atlantic', 'middle', 'far', 'independent', 'premium', 'street',
	'square', 'oblast', 'region', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september',
	'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov',
	'dec', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
	'new', 'york', 'street', 'guardian', 'telegraph', 'economist', 'wall', 'fox', 'nbc', 'abc', 'cbs', 'sky', 'kbs',
	'yonhap', 'axios', 'euronews', 'dw', 'al', 'jazeera', 'tv', 'television', 'radio', 'agency', 'group', 'company',
	'corporation', 'bank', 'fund', 'imf', 'osce', 'iaea', 'wagner', 'duma', 'state', 'department', 'defence', 'defense',
	'security', 'service', 'intelligence', 'general', 'staff', 'ukrainians', 'russians', 'ukrainian', 'russian', 'hungary',
	'hungarian', 'turkey', 'turkish', 'israel', 'gaza', 'syria', 'japan', 'japanese', 'india', 'brussels', 'paris',
	'london', 'berlin', 'warsaw', 'beijing', 'pyongyang', 'seoul', 'tehran', 'minsk', 'siberia', 'euro-atlantic',
	'indo-pacific', 'the', 'in', 'on', 'at', 'when', 'while', 'after', 'before', 'as', 'but', 'and', 'if', 'meanwhile',
	'however', 'yesterday', 'today', 'earlier', 'later', 'despite', 'under', 'during', 'amid', 'according', 'this',
	'that', 'these', 'those', 'it', 'he', 'she', 'they', 'we', 'i', 'our', 'his', 'her', 'their', 'its', 'both', 'one',
	'two', 'a', 'an', 'there', 'what', 'who', 'why', 'how', 'where', 'for', 'from', 'with', 'by', 'to', 'of', 'not',
	'no', 'yes', 'so', 'also', 'still', 'now', 'then', 'separately', 'asked', 'speaking', 'calling', 'russia’s',
	'facebook', 'telegram', 'x', 'twitter', 'youtube', 'google', 'microsoft', 'eurasia', 'chatham', 'kiis', 'gru', 'fsb',
	'sbu', 'hur', 'isw', 'omitted',
]);

/** Words that open a clause: a subject starts after the last of them ("after his defence minister said"). */
const clauseOpeners = new Set([
	'which', 'who', 'that', 'after', 'before', 'while', 'when', 'as', 'because', 'since', 'if', 'although', 'though',
	'what', 'where', 'whom', 'whose', 'until', 'once', 'whether', 'unless', 'whereas', 'where',
]);

const leadingFillers = new Set([
	'and', 'but', 'so', 'then', 'yesterday', 'today', 'earlier', 'later', 'meanwhile', 'however', 'also', 'separately',
	'still', 'now', 'previously', 'instead', 'indeed', 'moreover', 'tonight', 'overnight',
]);

const prepositions = new Set([
	'in', 'on', 'at', 'during', 'after', 'before', 'for', 'from', 'with', 'by', 'to', 'under', 'amid', 'despite',
	'over', 'about', 'into', 'through', 'without', 'of', 'like', 'unlike', 'following', 'according',
]);

const verbLike = new Set([
	'is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must',
	'do', 'does', 'did', 'been', 'being', 'be', 'not',
]);

/** Last words of a place's name: "Downing Street" speaks for a government, it is nobody's name. */
const placeHeads = new Set(['street', 'square', 'avenue', 'road', 'boulevard', 'lane', 'palace', 'castle', 'hall', 'tower', 'bridge']);

const institutionJoiners = new Set(['the', 'of', 'for', 'and', 'on', 'in']);

const pronouns = new Set(['he', 'she', 'they', 'we', 'it']);

function lower(word: string): string {
	return word.toLowerCase();
}

function isCapitalised(word: string): boolean {
	const code = word.charCodeAt(0);
	if (code < 0x80) return (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
	return /^[\p{Lu}\p{N}]/u.test(word);
}

function isPossessive(word: string): boolean {
	return /['’]s$/u.test(word) || /s['’]$/u.test(word);
}

function withoutPossessive(word: string): string {
	const length = word.length;
	const mark = word.charCodeAt(length - 2);
	return word.charCodeAt(length - 1) === 115 && (mark === 39 || mark === 0x2019) ? word.slice(0, -2) : word;
}

function isAcronym(word: string): boolean {
	return /^\p{Lu}[\p{Lu}.\d]+$/u.test(withoutPossessive(word));
}

/** "Ukrainian", "Korean", "Serbian": adjectives of nationality that stand before titles. */
function isDemonym(word: string): boolean {
	return /^\p{Lu}\p{Ll}+(?:ian|ean|ese|ish|ic|an|i)$/u.test(word);
}

function isRoleNoun(word: string): boolean {
	const key = lower(word);
	return roleNouns.has(key) || (key.endsWith('s') && roleNouns.has(key.slice(0, -1)));
}

/** What the rules below ask of a word, worked out once per spelling: news copy reuses a small vocabulary. */
interface WordFacts {
	readonly lower: string;
	readonly capitalised: boolean;
	readonly possessive: boolean;
	/** Lowercase, without a possessive 's. */
	readonly bare: string;
	readonly acronym: boolean;
	readonly demonym: boolean;
	readonly roleNoun: boolean;
	/** Whether the word, lowercased and without a final s, is a role noun: the head test of a description. */
	readonly roleHead: boolean;
	readonly digit: boolean;
	readonly title: boolean;
}

/** What the rules below ask of a word, worked out once per spelling. */
const factsOf = memoised((word: string): WordFacts => {
	const bare = lower(withoutPossessive(word));
	return {
		lower: lower(word),
		capitalised: isCapitalised(word),
		possessive: isPossessive(word),
		bare,
		acronym: isAcronym(word),
		demonym: isDemonym(word),
		roleNoun: isRoleNoun(word),
		roleHead: isRoleNoun(lower(word).replace(/s$/, '')),
		digit: /\d/.test(word),
		title: isTitle(bare),
	};
}, 50_000);

/** Punctuation stripped from the start of a word: ( [ “ " ‘ '. */
function isLeadingPunctuation(code: number): boolean {
	return code === 40 || code === 91 || code === 0x201c || code === 34 || code === 0x2018 || code === 39;
}

/** Punctuation stripped from the end of a word: ) ] ” " ’ ' , ; : . ! ?. */
function isTrailingPunctuation(code: number): boolean {
	return code === 41 || code === 93 || code === 0x201d || code === 34 || code === 0x2019 || code === 39 || code === 44 ||
		code === 59 || code === 58 || code === 46 || code === 33 || code === 63;
}

/** Offset just past the punctuation that opens the word at [start, end). */
function strippedStart(text: string, start: number, end: number): number {
	while (start < end && isLeadingPunctuation(text.charCodeAt(start))) start++;
	return start;
}

function strippedEnd(text: string, start: number, end: number): number {
	while (end > start && isTrailingPunctuation(text.charCodeAt(end - 1))) end--;
	return end;
}

/** The words of a phrase, or null as soon as there are more than `limit`. */
function wordsUpTo(phrase: string, limit: number): string[] | null {
	const found: string[] = [];
	const length = phrase.length;
	let index = 0;
	while (index < length) {
		while (index < length && isSpaceCode(phrase.charCodeAt(index))) index++;
		const pieceStart = index;
		while (index < length && !isSpaceCode(phrase.charCodeAt(index))) index++;
		const start = strippedStart(phrase, pieceStart, index);
		const end = strippedEnd(phrase, start, index);
		if (end > start) {
			if (found.length === limit) return null;
			found.push(phrase.slice(start, end));
		}
	}
	return found;
}

/** The pieces of a text between spaces, punctuation kept: `text.trim().split(/\s+/)` without the empty piece. */
function spacePieces(text: string): string[] {
	const pieces: string[] = [];
	const length = text.length;
	let index = 0;
	while (index < length) {
		while (index < length && isSpaceCode(text.charCodeAt(index))) index++;
		const start = index;
		while (index < length && !isSpaceCode(text.charCodeAt(index))) index++;
		if (index > start) pieces.push(text.slice(start, index));
	}
	return pieces;
}

/** A piece without the punctuation at its ends, as `words` strips it (possibly empty). */
function stripPiece(piece: string): string {
	const start = strippedStart(piece, 0, piece.length);
	const end = strippedEnd(piece, start, piece.length);
	return start === 0 && end === piece.length ? piece : piece.slice(start, end);
}

/** `parsePhrase` of the pieces [from, to) joined by spaces, given the pieces already stripped. */
function phraseOfPieces(stripped: readonly string[], from: number, to: number): SpeakerPhrase | null {
	const found: string[] = [];
	for (let index = from; index < to; index++) {
		const word = stripped[index]!;
		if (word === '') continue;
		if (found.length === maxPhraseWords) return null;
		found.push(word);
	}
	return parseWords(found);
}

/** Splits a phrase into words, dropping punctuation stuck to their ends (not apostrophes or hyphens inside). */
export function words(phrase: string): string[] {
	return wordsUpTo(phrase, Number.POSITIVE_INFINITY)!;
}

/** The words of a phrase in lowercase, without possessive 's. */
export const lowerWords = memoised((phrase: string): readonly string[] => words(phrase).map(word => withoutPossessive(factsOf(word).lower)));

/** The head noun of a description: its last word before a postmodifier ("official" in "an official from Kiev"). */
export function headNoun(tokens: readonly string[]): string {
	return lower(tokens[headIndex(tokens.map(factsOf))] ?? '').replace(/s$/, '');
}

function headIndex(facts: readonly WordFacts[]): number {
	let head = 0;
	for (let index = 1; index < facts.length; index++) {
		if (headCut.has(facts[index]!.lower)) break;
		head = index;
	}
	return head;
}

function asWritten(tokens: readonly string[], facts: readonly WordFacts[]): string {
	const first = facts[0];
	if (first !== undefined && determiners.has(first.lower)) return [first.lower, ...tokens.slice(1)].join(' ');
	return tokens.join(' ');
}

function description(tokens: readonly string[], facts: readonly WordFacts[]): SpeakerPhrase | null {
	if (tokens.length > 14 || facts.some(word => verbLike.has(word.lower))) return null;
	if (!facts[headIndex(facts)]!.roleHead) return null;
	const text = asWritten(tokens, facts);
	return {kind: 'description', text, name: text, role: text};
}

/** Strips titles from the front of a capitalised run: "Ukrainian President Volodymyr Zelensky" -> "Volodymyr Zelensky". */
function stripTitles(run: readonly string[], facts: readonly WordFacts[]): {from: number; titled: boolean} {
	let from = 0;
	for (let index = run.length - 2; index >= 0; index--) {
		if (facts[index]!.title) {
			from = index + 1;
			break;
		}
	}
	const titled = from > 0;
	while (run.length - from > 1) {
		const first = facts[from]!;
		if (first.possessive || notNames.has(first.bare) || (first.acronym && run[from]!.length > 2) || first.demonym && isDemonymBeforeName(facts[from + 1])) {
			from++;
			continue;
		}
		break;
	}
	return {from, titled};
}

/** A nationality adjective only counts as such when another non-name word or a title follows it. */
function isDemonymBeforeName(next: WordFacts | undefined): boolean {
	return next !== undefined && (notNames.has(next.lower) || next.acronym);
}

/** Where a name that starts at `from` ends: before letters that follow it ("John Healey MP"), keeping two words at least. */
function nameEnd(facts: readonly WordFacts[], from: number): number {
	let end = facts.length;
	while (end - from > 2 && postnominals.has(facts[end - 1]!.lower)) end--;
	return end;
}

/** Lowercase words inside a post's portfolio: "Commander-in-Chief of the Armed Forces of Ukraine". */
const portfolioJoiners = new Set(['of', 'the', 'and']);
/** At most this many words make the holder's name after a portfolio. */
const maxHolderNameWords = 3;

/**
 * "Ukraine’s Minister of Defence Rustem Umerov", "Secretary of State Marco Rubio", "Commander-in-Chief of the Armed
 * Forces of Ukraine Oleksandr Syrskyi", "Head of the Sumy RMA Volodymyr Artiukh": a post with its portfolio after
 * "of", then the holder's name (up to three words, no acronym). Null for anything else ("a spokesman for President
 * Zelensky" is not Zelensky).
 */
function portfolioHolder(tokens: readonly string[], facts: readonly WordFacts[]): SpeakerPhrase | null {
	const end = nameEnd(facts, 0);
	let nameStart = end;
	while (nameStart > 0 && end - nameStart < maxHolderNameWords) {
		const word = facts[nameStart - 1]!;
		if (!word.capitalised || word.possessive || word.title || word.acronym || notNames.has(word.bare) || roleModifiers.has(word.lower)) break;
		nameStart--;
	}
	// The portfolio: capitalised words and the joiners between them, back to a possessive or a lowercase word.
	let portfolio = nameStart;
	while (portfolio > 0) {
		const word = facts[portfolio - 1]!;
		if (word.capitalised ? word.possessive : !portfolioJoiners.has(word.lower)) break;
		portfolio--;
	}
	if (nameStart === end || nameStart - portfolio < 3) return null;
	// The post opens the portfolio: a title, then "of".
	const of = tokens.indexOf('of', portfolio + 1);
	if (of < 0 || of >= nameStart - 1 || !facts[of - 1]!.title || facts[nameStart - 1]!.lower === 'of' || facts[nameStart - 1]!.lower === 'the') return null;
	return {kind: 'person', text: tokens.join(' '), name: withoutPossessive(tokens.slice(nameStart, end).join(' ')), role: tokens.slice(0, nameStart).join(' ')};
}

/** The connectors that may stand inside a name ("Ursula von der Leyen", "Mohammed bin Salman"). */
const nameConnectors = new Set(['von', 'van', 'der', 'de', 'den', 'da', 'di', 'la', 'le', 'du', 'dos', 'del', 'bin', 'al', 'ibn']);

/** At most this many words make a speaker's phrase. */
const maxPhraseWords = 16;

/**
 * Classifies a whole phrase that stands where a speaker stands: "Mr Umerov", "Kurt Volker",
 * "a senior Ukrainian official", "the Kremlin", "CNN", "he". Null when it is none of these.
 */
export const parsePhrase = memoised(parsePhraseOnce);

function parsePhraseOnce(phrase: string): SpeakerPhrase | null {
	const tokens = wordsUpTo(phrase, maxPhraseWords);
	return tokens === null ? null : parseWords(tokens);
}

/** `parsePhrase` of words already split and stripped of punctuation. */
function parseWords(tokens: readonly string[]): SpeakerPhrase | null {
	const count = tokens.length;
	if (count === 0 || count > maxPhraseWords) return null;
	const facts = tokens.map(factsOf);
	const first = facts[0]!;
	const last = facts[count - 1]!;
	if (count === 1 && pronouns.has(first.lower)) return {kind: 'pronoun', text: first.lower, name: first.lower, role: null};
	if (pronouns.has(first.lower) || first.lower === 'i') return null;
	// "Now they are asking": a capitalised word that opens a sentence names nobody by itself.
	if (count === 1 && (leadingFillers.has(first.lower) || clauseOpeners.has(first.lower) || prepositions.has(first.lower) || determiners.has(first.lower))) {
		return null;
	}

	// "the Institute for the Study of War", "the Ministry of Defence": an institution's name.
	// "The Rt Hon John Healey MP": a person's formal style.
	const styled = first.lower === 'the' && count > 2 && honorifics.has(facts[1]!.lower);
	if (first.lower === 'the' && count > 2 && facts[1]!.capitalised && last.capitalised && !styled &&
		facts.every(word => word.capitalised || institutionJoiners.has(word.lower))) {
		return {kind: 'group', text: asWritten(tokens, facts), name: asWritten(tokens, facts), role: null};
	}
	if (last.capitalised && count > 3 && tokens.indexOf('of', 1) > 0) {
		const minister = portfolioHolder(tokens, facts);
		if (minister !== null) return minister;
	}
	const determined = !styled && (determiners.has(first.lower) || first.possessive || !first.capitalised);
	if (determined || !last.capitalised) {
		const described = description(tokens, facts);
		if (described !== null || !last.capitalised) return described;
	}

	// A capitalised run at the end is a name; what stands before it is a role.
	let runStart = count - 1;
	while (runStart > 0) {
		const previous = facts[runStart - 1]!;
		if (previous.capitalised && !previous.possessive) runStart--;
		else if (nameConnectors.has(tokens[runStart - 1]!)) {
			// "von der": a chain of connectors counts only when a capitalised name stands before it.
			let before = runStart - 1;
			while (before > 0 && nameConnectors.has(tokens[before - 1]!)) before--;
			if (before === 0 || !facts[before - 1]!.capitalised) break;
			runStart = before - 1;
		} else break;
	}
	if (runStart > 0 && prepositions.has(facts[runStart - 1]!.lower)) return null;
	for (let index = 0; index < runStart; index++) {
		const word = facts[index]!;
		if (verbLike.has(word.lower) || (!word.capitalised && !roleModifiers.has(word.lower) && !word.roleNoun && !determiners.has(word.lower))) return null;
	}
	const run = tokens.slice(runStart);
	const stripped = stripTitles(run, runStart === 0 ? facts : facts.slice(runStart));
	const nameFrom = runStart + stripped.from;
	const name = tokens.slice(nameFrom, nameEnd(facts, nameFrom));
	const role = nameFrom > 0 ? tokens.slice(0, nameFrom).join(' ') : null;
	const roleMarksPerson = stripped.titled || (runStart > 0 && facts[runStart - 1]!.roleNoun && first.lower !== 'the');
	let onlyNonNames = true;
	for (let index = nameFrom; index < count && onlyNonNames; index++) onlyNonNames = notNames.has(facts[index]!.bare) || facts[index]!.acronym;
	if (!roleMarksPerson && (onlyNonNames || first.lower === 'the' || placeHeads.has(last.bare))) {
		return {kind: 'group', text: asWritten(tokens, facts), name: asWritten(tokens, facts), role: null};
	}
	for (let index = nameFrom; index < count; index++) if (facts[index]!.digit) return null;
	if (onlyNonNames) return null;
	return {kind: 'person', text: run.join(' '), name: withoutPossessive(name.join(' ')), role};
}

/**
 * The longest description at the end of a phrase: "Speaking in Kyiv alongside the Danish prime minister"
 * -> "the Danish prime minister".
 */
export const trailingDescription = memoised(trailingDescriptionOnce);

function trailingDescriptionOnce(phrase: string): SpeakerPhrase | null {
	const pieces = spacePieces(phrase);
	const stripped = pieces.map(stripPiece);
	for (let start = Math.max(0, pieces.length - 12); start < pieces.length; start++) {
		const first = pieces[start]!;
		if (start > 0 && !determiners.has(factsOf(first).lower) && !isPossessive(first)) continue;
		const found = phraseOfPieces(stripped, start, pieces.length);
		if (found?.kind === 'description') return found;
	}
	return null;
}

/** Where the subject may start in a clause's pieces, past what opens the clause: "after his defence minister" -> "his". */
function tailStart(pieces: readonly string[]): number {
	let from = 0;
	for (let index = pieces.length - 1; index >= 0; index--) {
		const piece = pieces[index]!;
		// Lowercasing never shortens a word, so longer pieces cannot be openers.
		if (piece.length <= longestOpener && clauseOpeners.has(factsOf(piece).lower)) {
			from = index + 1;
			break;
		}
	}
	while (from < pieces.length && leadingFillers.has(factsOf(pieces[from]!).lower)) from++;
	return from;
}

const longestOpener = Math.max(...[...clauseOpeners].map(word => word.length));

/** Length of the pieces from `from` on, joined by single spaces. */
function joinedLength(pieces: readonly string[], from: number): number {
	let length = Math.max(0, pieces.length - from - 1);
	for (let index = from; index < pieces.length; index++) length += pieces[index]!.length;
	return length;
}

/** "Olena, 34, who lives in Kyiv," / "aged 34": an age between commas, after a name, is an aside. */
const age = /^(?:aged\s+)?\d{1,3}$/u;
const appositive = /^an?\s/u;

function startsAside(pieces: readonly string[]): boolean {
	const first = pieces[0] === undefined ? '' : factsOf(pieces[0]).lower;
	return prepositions.has(first) || first === 'who' || first === 'which' || first === 'speaking' || first === 'whose';
}

function withRole(person: SpeakerPhrase, role: SpeakerPhrase | null): SpeakerPhrase {
	if (role === null || role.kind !== 'description') return person;
	return {...person, role: person.role === null ? role.text : `${person.role}, ${role.text}`};
}

/** A speaker found in a clause, with the offset (into the clause) where the words naming them begin. */
export interface FoundSubject {
	readonly phrase: SpeakerPhrase;
	readonly start: number;
}

/** The parts of a clause between commas, semicolons and dashes, with their offsets. */
function clauseParts(clause: string): {text: string; start: number}[] {
	const parts: {text: string; start: number}[] = [];
	let from = 0;
	const push = (end: number) => {
		const raw = clause.slice(from, end);
		const text = raw.trim();
		if (text !== '') parts.push({text, start: from + raw.indexOf(text)});
	};
	for (let index = 0; index < clause.length; index++) {
		const code = clause.charCodeAt(index);
		// , ; : — – or a spaced hyphen ("Q: Sergei Lavrov said": a transcript's label is not part of the name).
		const length = code === 44 || code === 59 || code === 58 || code === 0x2014 || code === 0x2013 ? 1
			: isSpaceCode(code) && clause.charCodeAt(index + 1) === 45 && isSpaceCode(clause.charCodeAt(index + 2)) ? 3 : 0;
		if (length === 0) continue;
		push(index);
		from = index + length;
		index = from - 1;
	}
	push(clause.length);
	return parts;
}

/**
 * The speaker named right before a speech verb, given the clause up to the verb:
 * "Kurt Volker, former US special representative," -> Kurt Volker (with his role);
 * "When asked about it, Stephen Chung, Trump's communications director," -> Stephen Chung.
 */
export const subjectBefore = memoised(subjectBeforeOnce);

function subjectBeforeOnce(clause: string): FoundSubject | null {
	const parts = clauseParts(clause);
	let role: FoundSubject | null = null;
	for (let index = parts.length - 1; index >= 0; index--) {
		const part = parts[index]!;
		const pieces = spacePieces(part.text);
		// The last part, or one before a role, may open with a conjunction or a subordinate clause; inner parts are whole.
		const fromTail: boolean = index === parts.length - 1 || role === null;
		const from = fromTail ? tailStart(pieces) : 0;
		const phrase = phraseOfPieces(pieces.map(stripPiece), from, pieces.length);
		if (phrase === null) {
			// "Iryna Koval, 41, a teacher from Kharkiv, told": an age or an appositive (a/an …) set off after a name.
			if (startsAside(pieces) || (index > 0 && (age.test(part.text) || appositive.test(part.text)))) continue;
			return role;
		}
		// The tail is measured as its words joined by single spaces.
		const start: number = part.start + part.text.length - (fromTail ? joinedLength(pieces, from) : part.text.length);
		if (phrase.kind === 'description') {
			if (role !== null) return role;
			role = {phrase, start};
			continue;
		}
		if (phrase.kind === 'pronoun') return role ?? {phrase, start};
		const before = index > 0 ? parsePhrase(parts[index - 1]!.text) : null;
		const named = withRole(withRole(phrase, role?.phrase ?? null), before);
		return {phrase: named, start: before?.kind === 'description' ? parts[index - 1]!.start : start};
	}
	return role;
}

/** The speaker named right after a verb or "according to": "said Zelenski", "says CNN", "said the official". */
export const subjectAfter = memoised(subjectAfterOnce);

function subjectAfterOnce(rest: string): SpeakerPhrase | null {
	const [head = '', next = ''] = rest.split(/\s*[,;:.!?—–()]\s*/, 2);
	const stripped = spacePieces(head).map(stripPiece);
	// "said Anton Grushetsky on Sunday": try the longest leading phrase that parses.
	for (let length = Math.min(stripped.length, 10); length > 0; length--) {
		const phrase = phraseOfPieces(stripped, 0, length);
		if (phrase === null || phrase.kind === 'pronoun' && length > 1) continue;
		return phrase.kind === 'person' ? withRole(phrase, parsePhrase(next)) : phrase;
	}
	return null;
}

/**
 * The subject at the start of a clause ("Meanwhile, Zelenskyy continues to seek support, telling reporters"
 * -> Zelenskyy), skipping introductory phrases.
 */
export function subjectAtStart(clause: string): SpeakerPhrase | null {
	const parts = clause.split(/\s*[,;]\s+/);
	for (const [index, part] of parts.entries()) {
		const tokens = part.trim().split(/\s+/).filter(word => word !== '');
		const first = tokens[0];
		if (first === undefined) continue;
		if (leadingFillers.has(lower(first)) && tokens.length === 1) continue;
		if (prepositions.has(lower(first)) || clauseOpeners.has(lower(first)) || /(?:ing|ed)$/.test(lower(first))) continue;
		let end = 0;
		while (end < tokens.length) {
			const word = tokens[end]!;
			const key = lower(word);
			if (isCapitalised(word) || determiners.has(key) || roleModifiers.has(key) || isRoleNoun(word) || nameConnectors.has(key)) end++;
			else break;
		}
		const phrase = end > 0 ? parsePhrase(tokens.slice(0, end).join(' ')) : null;
		if (phrase === null) return null;
		if (phrase.kind === 'description' && end === tokens.length) {
			// "The spokesman of the Kremlin, Dmitry Peskov, said": the appositive names him.
			const named = parsePhrase(parts[index + 1] ?? '');
			if (named?.kind === 'person') return withRole(named, phrase);
		}
		return phrase;
	}
	return null;
}

/**
 * A spelling-tolerant key for a surname: diacritics removed, transliteration endings folded
 * (Zelensky, Zelenskyy, Zelenskiy, Zelenski -> zelenski; Hagerty, Hagerti -> hagerti).
 */
export const nameKey = memoised(foldName, 50_000);

function foldName(word: string): string {
	return word
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/['’]s$/, '')
		.replace(/[^a-z0-9-]/g, '')
		.replace(/(?:skyy|skyi|skiy|skij|skii|sky|ski)$/, 'ski')
		.replace(/(?:yy|iy|ij|yi|y)$/, 'i')
		.replace(/(.)\1/g, '$1');
}

/** Whether two strings are at most one insertion, deletion or substitution apart. */
function withinOneEdit(a: string, b: string): boolean {
	if (a.length < b.length) [a, b] = [b, a];
	if (a.length - b.length > 1) return false;
	let first = 0;
	while (first < b.length && a.charCodeAt(first) === b.charCodeAt(first)) first++;
	if (first === b.length) return true;
	// Past the first difference the rest must agree: a substitution, or one extra character in the longer string.
	const skip = a.length === b.length ? 1 : 0;
	for (let index = first + 1; index < a.length; index++) if (a.charCodeAt(index) !== b.charCodeAt(index - 1 + skip)) return false;
	return true;
}

/** Surnames shorter than this (folded) must match exactly: one letter changes a short name into another. */
const minFuzzySurname = 5;

/** Two surnames that are one person's name spelled two ways (same fold, or one edit apart in a long name). */
export function sameSurname(a: string, b: string): boolean {
	return sameSurnameKey(nameKey(a), nameKey(b));
}

/** `sameSurname` of two surnames' keys (`nameKey`). */
export function sameSurnameKey(keyA: string, keyB: string): boolean {
	if (keyA === keyB) return true;
	return Math.min(keyA.length, keyB.length) >= minFuzzySurname && withinOneEdit(keyA, keyB);
}

/**
 * Keys under which to index a surname so that any two surnames `sameSurname` accepts share at least one:
 * the folded key, and for long keys every form with one character deleted.
 */
export function surnameBlocks(word: string): readonly string[] {
	return surnameKeyBlocks(nameKey(word));
}

/**
 * `surnameBlocks` of a surname's key (`nameKey`), remembered: the blocks are then the same strings each time,
 * which are quick to look up again.
 */
export const surnameKeyBlocks = memoised(keyBlocks, 50_000);

function keyBlocks(key: string): readonly string[] {
	const blocks = [key];
	if (key.length >= minFuzzySurname) for (let index = 0; index < key.length; index++) blocks.push(key.slice(0, index) + key.slice(index + 1));
	return blocks;
}

/** The words of a person's name (titles already stripped). */
export const nameWords = memoised((name: string): readonly string[] => name.split(/\s+/).filter(word => word !== ''));

export function isPronoun(word: string): boolean {
	return pronouns.has(lower(word));
}

/** A post a named person holds, written as a title before a name and as the head of a role ("president", "minister"). */
export function isPostTitle(word: string): boolean {
	const key = lower(word);
	return titles.has(key) && roleNouns.has(key);
}

export function isNotName(word: string): boolean {
	return notNames.has(lower(withoutPossessive(word))) || isAcronym(word);
}
