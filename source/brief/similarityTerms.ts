/**
 * The terms two reports of one event tend to share even when worded differently: names, numbers and
 * content words, stemmed and folded so that "clashes", "battles" and "engaged in combat" meet.
 */

import {isDigitCode} from '../text/charCodes.js';
import {memoised} from '../memo.js';

/** How a term counts: names and numbers say more about which event it is than ordinary words. */
export type TermKind = 'word' | 'name' | 'number';

const stopwords: ReadonlySet<string> = new Set(
	(
		'a about above after again against all also am an and any are as at be been before being below between both but by can could ' +
		'did do does doing down during each few for from further had has have having he her here hers herself him himself his how i if ' +
		'in into is it its itself just me more most my no nor not now of off on once only or other our out over own same she should so ' +
		'some such than that the their them then there these they this those through to too under until up very was we were what when ' +
		'where which while who whom why will with would you your may might must shall yet still even however meanwhile also ' +
		// Attribution and hedging: every report has some, none says which event it is.
		'say said says told tell telling according report reported reports reportedly added stated claimed noted official officials ' +
		'source sources spokesman spokeswoman statement interview news agency mr mrs ms likely expected possible possibly recent recently ' +
		'time first one two three new last next week day days year month today yesterday tonight morning night ' +
		'monday tuesday wednesday thursday friday saturday sunday january february march april june july august september october ' +
		'november december ' +
		// Approximations and light verbs: "roughly 11,000", "engaged in combat" (the noun says what happened).
		'roughly around nearly almost approximately least many much engage engaged engaging take took taken make made get got'
	).split(' '),
);

// Different words for one thing, folded to one term (after stemming).
// Capitalised words that are titles or sentence furniture rather than names.
const notNames: ReadonlySet<string> = new Set(['president', 'prime', 'minister', 'secretary', 'general', 'chief', 'defence', 'defense', 'foreign', 'senator', 'governor', 'mayor', 'commander', 'deputy', 'spokesman', 'spokeswoman', 'ambassador', 'dr', 'sir', 'king', 'queen', 'pope', 'premier', 'chancellor']);

const synonyms: ReadonlyMap<string, string> = new Map([
	...['clash', 'combat', 'battl', 'engagement', 'fight', 'fought', 'skirmish', 'firefight'].map(word => [word, 'combat'] as const),
	...['call', 'phon', 'dial', 'telephon', 'conversation', 'spok', 'spoken', 'speak'].map(word => [word, 'call'] as const),
	...['kill', 'dead', 'death', 'di', 'dy', 'fatality'].map(word => [word, 'kill'] as const),
	...['wound', 'injur', 'injury', 'hurt'].map(word => [word, 'injur'] as const),
	...['aid', 'assistanc', 'help'].map(word => [word, 'aid'] as const),
	...['troop', 'soldier', 'personnel', 'servicemen', 'forc'].map(word => [word, 'troop'] as const),
	...['talk', 'negotiat', 'negotiation'].map(word => [word, 'negotiat'] as const),
	...['ceasefir', 'truc', 'armistic'].map(word => [word, 'ceasefire'] as const),
	...['strik', 'struck', 'attack', 'shell', 'bomb', 'bombard'].map(word => [word, 'attack'] as const),
	...['missil', 'rocket'].map(word => [word, 'missile'] as const),
	...['dron', 'uav'].map(word => [word, 'drone'] as const),
	...['congratulat', 'congratulation'].map(word => [word, 'congratulat'] as const),
	// Country and people: "North Korean troops" and "North Korea's troops" name the same actor.
	...['north korea', 'north korean', 'north koreans', 'pyongyang'].map(word => [word, 'north korea'] as const),
	...['south korea', 'south korean', 'south koreans', 'seoul'].map(word => [word, 'south korea'] as const),
	...['ukrain', 'ukraine', 'ukrainian'].map(word => [word, 'ukraine'] as const),
	// The capitals are places too ("drones over the Kyiv region" is not "drones over Belgorod, Ukrainian drones").
	...['kyiv', 'kiev'].map(word => [word, 'kyiv'] as const),
	...['russia', 'russian', 'kremlin'].map(word => [word, 'russia'] as const),
	...['america', 'american', 'americans', 'washington', 'u.s', 'usa', 'united states', 'us'].map(word => [word, 'us'] as const),
]);

/**
 * A light suffix stemmer: plural, past and -ing forms meet ("clashes", "clashed", "clashing" → "clash";
 * "planned" → "plan"; "forces" → "forc", like "force").
 */
export function stem(word: string): string {
	let result = word;
	if (result.length <= 3) return result;
	let verbal = false;
	if (result.endsWith('ing') && result.length >= 6) {
		result = result.slice(0, -3);
		verbal = true;
	} else if (result.endsWith('ied') && result.length >= 5) result = `${result.slice(0, -3)}y`;
	else if (result.endsWith('ies') && result.length >= 5) result = `${result.slice(0, -3)}y`;
	else if (result.endsWith('ed') && result.length >= 5) {
		result = result.slice(0, -2);
		verbal = true;
	} else if (result.endsWith('es') && result.length >= 5 && /(?:s|x|z|ch|sh)es$/.test(result)) result = result.slice(0, -2);
	else if (result.endsWith('s') && !result.endsWith('ss') && !result.endsWith('us') && result.length >= 4) result = result.slice(0, -1);
	if (result.length > 3 && result.endsWith('e')) result = result.slice(0, -1);
	// "planned" → "plan", but "called" stays "call" like "call" itself.
	if (verbal && /([b-df-hj-km-np-rtv-z])\1$/.test(result)) result = result.slice(0, -1);
	return result;
}

// Letters without a Unicode regex: ASCII letters and everything from Latin-1 letters up, except punctuation and symbol blocks.
function isLetter(code: number): boolean {
	return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 0xc0 && code !== 0xd7 && code !== 0xf7 && (code < 0x2000 || (code > 0x2bff && code !== 0x3000)));
}

const scaleWord = /^ ?(?:bn|billion|m|million|k|km|%)(?![\p{L}\d])/u;

/**
 * Calls `token(start, end)` for each word and number of `text`, by a single scan: words are letters
 * with inner dots, apostrophes and hyphens ("U.S", "Russia’s", "small-scale"); numbers keep their
 * separators, currency sign and scale word ("$9bn", "50.000", "€6 billion"). The scan stops once `token`
 * returns true.
 */
function scanTokens(text: string, token: (start: number, end: number) => boolean | void): void {
	let index = 0;
	while (index < text.length) {
		const code = text.charCodeAt(index);
		if (isLetter(code)) {
			const start = index;
			let end = ++index;
			while (index < text.length) {
				const next = text.charCodeAt(index);
				if (isLetter(next)) end = ++index;
				else if (next === 46 || next === 39 || next === 0x2019 || next === 45) index++;
				else break;
			}
			if (token(start, end) === true) return;
			index = end;
		} else if (isDigitCode(code) || ((code === 36 || code === 0x20ac || code === 0xa3) && isDigitCode(text.charCodeAt(index + 1)))) {
			const start = index++;
			let end = index;
			while (index < text.length) {
				const next = text.charCodeAt(index);
				if (isDigitCode(next)) end = ++index;
				else if (next === 46 || next === 44) index++;
				else break;
			}
			const scale = scaleWord.exec(text.slice(end, end + 9));
			if (token(start, scale === null ? end : end + scale[0].length) === true) return;
			index = scale === null ? end : end + scale[0].length;
		} else index++;
	}
}

/** "50.000", "50,000" and "50000" are one number; "$9bn" and "9 billion" keep their scale word. */
function numberTerm(token: string): string {
	const match = /^([$€£]?)(\d[\d.,]*)\s?(.*)$/.exec(token);
	if (match === null) return token;
	const plain = match[2]!.replace(/[.,](?=\d{3}(?:\D|$))/g, '').replace(/[.,]$/, '');
	const scale = match[3]!.replace(/^billion$/, 'bn').replace(/^million$/, 'm');
	return `${plain}${scale}`;
}

function fold(word: string): string {
	// Only non-ASCII words pay for normalisation: "Vučić" meets "Vucic".
	// eslint-disable-next-line no-control-regex
	return /[^\u0000-\u007f]/.test(word) ? word.normalize('NFD').replace(/\p{M}+/gu, '').replace(/’/g, "'") : word;
}

const attribution = /\b(?:said|says|told|tells|added|according to|reported|wrote|quoted)\b/i;
const leadingAttribution = /^[^,;:]{0,80}?\b(?:said|says|told (?:\w+ ){0,3}?)(?:\s+(?:on|last|this) \w+)?\s+(?:that\s+)?/i;

/**
 * The part of a report that tells what happened: who said it ("..., two US officials told Reuters",
 * "Ukraine said that ...") is left out, so two events told by one speaker do not look alike, and one
 * event told by two speakers does. The whole text is kept when too little would remain.
 */
export function eventPart(text: string): string {
	if (!attribution.test(text)) return text;
	const segments = text.split(/,\s+/);
	const kept = segments.filter((segment, index) => index === 0 || !attribution.test(segment) || segment.split(' ').length > 10 || /\bthat\b/.test(segment));
	const withoutTail = kept.join(', ');
	const core = withoutTail.replace(leadingAttribution, '');
	return core.split(' ').length >= 4 ? core : withoutTail;
}

const monthNames = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;
const weekdayNames = /^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*day$/i;
/** Words that make one name with the capitalised word after them: "North Korea" is not "South Korea". */
const nameQualifiers: ReadonlySet<string> = new Set(['north', 'south', 'east', 'west', 'new', 'united', 'white', 'red', 'black', 'far', 'middle', 'saudi', 'sri', 'hong', 'los', 'san', 'el', 'la']);

/** Folds the usual transliteration variants of Slavic names: Zelenskyy, Zelenskiy, Zelenski → zelensky. */
function transliterated(name: string): string {
	return name.replace(/(?:yy|iy|yi|ij|ii|i)$/, 'y');
}

interface Word {
	/** Lower case, diacritics and possessive stripped. */
	readonly lower: string;
	/** The term the word counts as when it is not part of a name. */
	readonly term: string;
	readonly capitalised: boolean;
	readonly possessive: boolean;
}

// Words recur across reports far more often than they are new, so each spelling is analysed once.
const analyse = memoised((token: string): Word => {
	let lower = fold(token).toLowerCase();
	const last = lower.charCodeAt(lower.length - 1);
	const possessive = (last === 115 || last === 83) && (lower.charCodeAt(lower.length - 2) === 39 || lower.charCodeAt(lower.length - 2) === 0x2019);
	if (possessive) lower = lower.slice(0, -2);
	if (lower.endsWith('.')) lower = lower.slice(0, -1);
	const capitalised = token !== token.toLowerCase() && token.length > 1 && !stopwords.has(lower) && !notNames.has(lower);
	const stemmed = stopwords.has(lower) || lower.length < 2 ? '' : stem(lower);
	return {lower, term: stemmed === '' ? '' : (synonyms.get(stemmed) ?? synonyms.get(lower) ?? stemmed), capitalised, possessive};
}, 200_000);

/** Words after a place's name that say what kind of place it is. */
const regionWord = /^(?:Oblast|Region|Province|District|Raion|City|Krai)$/u;

function nameTerm(name: string): string {
	return synonyms.get(name) ?? (name.endsWith('s') ? synonyms.get(name.slice(0, -1)) : undefined) ?? transliterated(name);
}

function isNumberStart(code: number): boolean {
	return (code >= 48 && code <= 57) || code === 36 || code === 0x20ac || code === 0xa3;
}

/**
 * Hands each of a report's terms, in order, to `emit`; a term may repeat. In a run of capitalised words
 * only the last counts ("President Volodymyr Zelensky" and "Zelensky" are both "zelensky"), unless a
 * qualifier joins it to the next ("North Korea").
 */
export function reportTerms(text: string, emit: (term: string, kind: TermKind) => void): void {
	const part = eventPart(text);
	let first = true;
	let previous = '';
	let previousEnd = -2;
	let pendingName: string | null = null;
	const flushName = () => {
		if (pendingName !== null) emit(nameTerm(pendingName), 'name');
		pendingName = null;
	};
	scanTokens(part, (start, end) => {
		const token = part.slice(start, end);
		const adjacent = start === previousEnd + 1;
		const before = previous;
		previous = token;
		previousEnd = end;
		if (isNumberStart(token.charCodeAt(0))) {
			flushName();
			first = false;
			const term = numberTerm(token);
			// Years and days of the month date the event; reports' dates are compared, not their terms.
			if (/^(?:19|20)\d\d$/.test(term) || monthNames.test(before) || monthNames.test(part.slice(end + 1, end + 4))) return;
			emit(`#${term}`, 'number');
			return;
		}
		const word = analyse(token);
		const wasFirst = first;
		first = false;
		if (word.capitalised && (!wasFirst || nameQualifiers.has(word.lower))) {
			// "Kherson Oblast" names Kherson.
			if (pendingName !== null && adjacent && regionWord.test(token)) return;
			if (pendingName !== null && adjacent && nameQualifiers.has(pendingName)) pendingName = `${pendingName} ${word.lower}`;
			else {
				if (!adjacent) flushName();
				pendingName = word.lower;
			}
			// A possessive ends the name: "Russia's Kursk" is two.
			if (word.possessive) flushName();
			return;
		}
		flushName();
		if (word.term !== '') emit(word.term, 'word');
	});
	flushName();
}

// A capitalised run after a word that places an event: "in Kherson", "near Tetkino", "outskirts of Romanivka",
// "seized Radkivka", "struck Odesa", "a missile strike on Kharkiv", "drones shot down over the Kyiv region".
const placeCue =
	/\b(?:in|near|over|outside|around|towards?|into|(?:captured|seized|liberated|recaptured|entered|struck|shelled|attacked|bombed|pounded|hit)|(?:strikes?|attacks?|assaults?|raids?|bombs|shelling|bombardment|bombing)\s+on|(?:outskirts|north|south|east|west|northeast|northwest|southeast|southwest|village|town|city|region|oblast)\s+of)\s+(?:the\s+)?(\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)*)/gu;

/** A roundup item's label naming its region: "Kherson Oblast: ", "Kharkiv region: ". */
const placeLabel = /^(\p{Lu}[\p{L}’'-]*)\s+(?:[Oo]blast|[Rr]egion|[Pp]rovince|[Dd]istrict):\s/u;

/**
 * The places a report sets its event in, as the name terms {@link reportTerms} gives them: the region a
 * roundup item's label names, and the last word of each capitalised run after "in", "near", "outskirts of",
 * "seized" and the like, outside brackets ("in Russia’s Kursk region" is "kursk"). Months and weekdays are not places.
 */
export function reportPlaces(text: string, event = eventPart(text)): string[] {
	const label = placeLabel.exec(text);
	const places: string[] = label === null ? [] : [nameTerm(analyse(label[1]!).lower)];
	// A bracketed place is a landmark to find the event's place by ("Radkivka (north of Kupyansk)"), not where it was.
	const part = event.replace(/\([^()]*\)/g, ' ');
	placeCue.lastIndex = 0;
	for (let match = placeCue.exec(part); match !== null; match = placeCue.exec(part)) {
		// "Kherson Oblast" is Kherson: the word for a region names none.
		const last = match[1]!.split(/\s+/).filter((word, index) => index === 0 || !regionWord.test(word)).at(-1)!;
		const word = analyse(last);
		if (!word.capitalised || monthNames.test(word.lower) || weekdayNames.test(word.lower)) continue;
		places.push(nameTerm(word.lower));
	}
	return places;
}

/** Words that may open a report before the name of who acts: "The European Union", "Russian President Vladimir Putin". */
const maxWordsBeforeSubject = 3;

/** Capitals that stand for their country as actors ("Kyiv said"), though as places they are cities. */
const capitalOf: ReadonlyMap<string, string> = new Map([['kyiv', 'ukraine']]);
/** Each such country's name terms, its capital's included: a report that has any of them names it. */
const countryNames = new Map<string, string[]>();
for (const [capital, country] of capitalOf) countryNames.set(country, [...(countryNames.get(country) ?? [country]), capital]);

/**
 * States and blocs as name terms: who acts in a report is either one of these or a person or body, and a person
 * may act for a state ("Zelensky met Macron", "Ukraine's president met Macron"), so only two of a kind are compared.
 */
const states: ReadonlySet<string> = new Set([
	'ukraine', 'russia', 'us', 'north korea', 'south korea', 'britain', 'uk', 'union', 'eu', 'nato', 'china', 'france',
	'germany', 'poland', 'hungary', 'belarus', 'iran', 'turkey', 'japan', 'israel', 'india', 'moldova', 'georgia', 'slovakia',
]);

/** Who acts in a report: the name terms that name them (a state by its capital too) and whether it is a state. */
export interface ReportActor {
	readonly terms: readonly string[];
	readonly state: boolean;
}

/**
 * Who acts in a report, as the name term {@link reportTerms} gives them: the name its event part opens with
 * ("Britain adopted…", "The European Union adopted…"; after "Zelensky said that", "Ukraine was ready…"), or
 * null when it opens otherwise ("It had clashes…", "Officials said…").
 */
export function reportActor(text: string, event = eventPart(text)): ReportActor | null {
	const subject = subjectOf(event);
	if (subject === null) return null;
	const actor = capitalOf.get(subject) ?? subject;
	return {terms: countryNames.get(actor) ?? [actor], state: states.has(actor)};
}

function subjectOf(part: string): string | null {
	let subject: string | null = null;
	let before = 0;
	scanTokens(part, (start, end) => {
		const token = part.slice(start, end);
		const word = analyse(token);
		if (word.capitalised && !isNumberStart(token.charCodeAt(0))) {
			// The last word of the opening name counts, as in reportTerms: "Vladimir Putin" is "putin".
			subject = nameTerm(word.lower);
			return word.possessive;
		}
		// A title before or inside the name: "Ukrainian President Volodymyr Zelensky".
		if (token !== word.lower && notNames.has(word.lower)) return false;
		return subject !== null || ++before > maxWordsBeforeSubject || !stopwords.has(word.lower);
	});
	return subject;
}

/**
 * Whether two texts set their events in different places: each names where, and neither mentions any place
 * the other names. Formulaic copy ("a missile strike on X killed N people") differs in little else.
 */
export function inDifferentPlaces<Place>(
	a: readonly Place[],
	b: readonly Place[],
	aMentions: (place: Place) => boolean,
	bMentions: (place: Place) => boolean,
): boolean {
	return a.length > 0 && b.length > 0 && !a.some(bMentions) && !b.some(aMentions);
}

/**
 * Where a text sets its event, and whether it mentions a name, as terms: what {@link inDifferentPlaces} compares.
 * The names are read only when a comparison needs them, and most never do.
 */
export interface PlaceFacts {
	readonly places: readonly string[];
	mentions(place: string): boolean;
}

export function placeFacts(text: string): PlaceFacts {
	let names: Set<string> | undefined;
	const namesOf = (): Set<string> => {
		const found = new Set<string>();
		reportTerms(text, (term, kind) => {
			if (kind === 'name') found.add(term);
		});
		return found;
	};
	return {places: reportPlaces(text), mentions: place => (names ??= namesOf()).has(place)};
}

/** Whether the texts of two place facts set their events in different places. */
export function elsewhere(a: PlaceFacts, b: PlaceFacts): boolean {
	return inDifferentPlaces(a.places, b.places, a.mentions, b.mentions);
}
