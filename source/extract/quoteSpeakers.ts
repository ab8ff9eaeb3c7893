import type {Span} from '../model.js';
import type {SpeechAct} from './attribution.js';
import {memoised} from '../memo.js';
import {CapitalisedRuns, roleWordsStart} from './capitalisedRuns.js';
import {headNoun, isPostTitle, lowerWords, nameKey, nameWords, parsePhrase, sameSurnameKey, subjectAtStart, surnameKeyBlocks, trailingDescription, words, type SpeakerPhrase} from './names.js';

/** A person the article names in full, with every role it gives them. */
interface Person {
	/** The first full form the article uses ("Volodymyr Zelensky"). */
	readonly name: string;
	readonly words: readonly string[];
	readonly roleWords: Set<string>;
	/** `nameKey` of the first name and of the surname, worked out once. */
	readonly firstKey: string;
	readonly surnameKey: string;
	/** Position in the order the article names people. */
	readonly order: number;
}

/** A name of one word found in a longer phrase ("President Zelensky"), waiting for pass two. */
interface Single {
	readonly at: number;
	readonly word: string;
}

interface Mention {
	readonly at: number;
	readonly person: Person;
}

/** A speaker as this article gives it: the resolved name or description and the words it was written with. */
export interface ResolvedSpeaker {
	readonly speaker: string;
	readonly asWritten: string;
	/** A person, an organisation or place speaking for itself, or an unnamed source ("he" may point to a source, never to a group). */
	readonly kind: 'person' | 'group' | 'description';
}

const definiteDeterminers = new Set(['the', 'his', 'her', 'its', 'their', 'our', 'this', 'that']);
/** Heads that say "the top person of" without naming the post ("the Nato chief" for its secretary general). */
const genericHeads = new Set(['chief', 'head', 'leader', 'boss', 'top']);
/** "Her son, Maksym,", "A drone operator, Oleksandr,": someone the article calls by a first name set off after who they are. */
const appositiveFirstName = /^(?:[Hh]er|[Hh]is|[Tt]heir|[Aa]n?|[Tt]he)\s+(?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+,\s+(\p{Lu}[\p{Ll}'’-]+),\s/u;
/** Heads of a body, not a post: "Ukraine's General Staff" is no person, though its chief's role holds its words. */
const bodyHeads = new Set([
	'staff', 'ministry', 'agency', 'government', 'administration', 'military', 'army', 'command', 'office', 'embassy', 'police',
	'authority', 'authorities', 'team', 'campaign', 'intelligence', 'service', 'council', 'committee', 'force', 'forces',
]);
/** A name that opens its clause: at the sentence start or after "while", "as", "after"... (up to four words of title before it). */
const subordinateSubject = /\b(?:while|as|after|before|when|although|though|because|since|if|once|until)\s+(?:[\p{L}'’-]+\s+){0,4}$/iu;
const sentenceSubject = /^(?:[\p{L}'’-]+\s+){0,4}$/u;
/** How far back (in mentions or descriptions) an antecedent is looked for: an article's worth, and bounded. */
const lookBack = 400;
const fillerWords = new Set(['of', 'the', 'and', 'a', 'an', 'from', 'in', 'at', 'for', 'to']);

/** How far into a sentence its subject is looked for. */
const subjectReach = 200;

/** Lone words looked up in an article's text at most this many times for each question (each lookup reads the article). */
const maxWordChecks = 32;

/** A letter or a digit (NaN, outside the text, is neither). */
function isLetterCode(code: number): boolean {
	return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || (code >= 0xc0 && wordCharacter.test(String.fromCharCode(code)));
}

const wordCharacter = /^[\p{L}\p{M}\p{N}]$/u;

/**
 * The letters (a-z, as bits) that name keys open with, and for each opening letter those its keys end with: a cheap
 * test before a word's key is looked up.
 */
interface KeyLetters {
	readonly first: number;
	/** By opening letter (0 for a): the last letters of the keys that open with it. */
	readonly lastAfter: Int32Array;
}

function letterBit(code: number): number {
	return code >= 97 && code <= 122 ? 1 << (code - 97) : 0;
}

function keyLetters(keys: Iterable<string>): KeyLetters {
	let first = 0;
	const lastAfter = new Int32Array(26);
	for (const key of keys) {
		const opening = key.charCodeAt(0);
		if (letterBit(opening) === 0) continue;
		first |= letterBit(opening);
		lastAfter[opening - 97]! |= letterBit(key.charCodeAt(key.length - 1));
	}
	return {first, lastAfter};
}

/** The bit of an ASCII letter in lowercase, or 0 for any other character. */
function asciiLetterBit(code: number): number {
	return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) ? 1 << ((code | 0x20) - 97) : 0;
}

const letterI = 1 << 8;
const letterY = 1 << 24;
/** "y", "j" and "i" endings all fold to "i" ("Zelenskyy", "Zelenskij"), and so may an opening "y" ("Yi"). */
const foldsToI = letterY | (1 << 9) | letterI;

/**
 * Whether `nameKey` of the word that `text` holds in [start, end) may be one of the keys `letters` describe. A word
 * that opens with an ASCII letter has a key that opens with it in lowercase, or with "i" for a "y"; a word of ASCII
 * letters alone has a key that ends with its last letter in lowercase, or with "i" for a "y", "j" or "i". Of other
 * words nothing is known.
 */
function mayHaveKeyLike(text: string, start: number, end: number, letters: KeyLetters): boolean {
	const opening = text.charCodeAt(start);
	const first = asciiLetterBit(opening);
	if (first === 0) return true;
	const orI = first === letterY && (letters.first & letterI) !== 0;
	if ((letters.first & first) === 0 && !orI) return false;
	for (let index = start + 1; index < end; index++) if (asciiLetterBit(text.charCodeAt(index)) === 0) return true;
	const last = asciiLetterBit(text.charCodeAt(end - 1));
	const lasts = last | ((last & foldsToI) !== 0 ? letterI : 0);
	return (letters.lastAfter[(opening | 0x20) - 97]! & lasts) !== 0 || (orI && (letters.lastAfter[8]! & lasts) !== 0);
}

/** What resolving a description asks of its words. */
interface DescriptionTerms {
	/** Its first word, lowercase ("the", "a", "his"). */
	readonly first: string;
	/** "The official", "Ukraine's defence minister": a description that may point back to someone named before. */
	readonly pointsBack: boolean;
	/** The words a person's roles must hold to be the one described (the specific ones when there are any). */
	readonly wanted: readonly string[];
	readonly head: string;
}

/** The terms of each description (a remembered parse, so one object per spelling), worked out once. */
const descriptionTerms = new WeakMap<SpeakerPhrase, DescriptionTerms>();

function termsOf(phrase: SpeakerPhrase): DescriptionTerms {
	let terms = descriptionTerms.get(phrase);
	if (terms === undefined) {
		const tokens = lowerWords(phrase.text);
		const first = tokens[0] ?? '';
		const written = words(phrase.text);
		const content = tokens.slice(1).filter(word => !fillerWords.has(word)).map(plainSingular);
		const specific = content.filter(word => !genericHeads.has(word));
		terms = {
			first,
			pointsBack: definiteDeterminers.has(first) || /['’]s$/u.test(written[0] ?? ''),
			wanted: specific.length > 0 ? specific : content,
			head: headNoun(written),
		};
		descriptionTerms.set(phrase, terms);
	}
	return terms;
}

/** Two lists of mentions sorted by offset as one. */
function mergedByOffset(a: Mention[], b: Mention[]): Mention[] {
	if (b.length === 0) return a;
	if (a.length === 0) return b;
	const merged: Mention[] = [];
	let indexA = 0;
	let indexB = 0;
	while (indexA < a.length && indexB < b.length) merged.push(a[indexA]!.at < b[indexB]!.at ? a[indexA++]! : b[indexB++]!);
	while (indexA < a.length) merged.push(a[indexA++]!);
	while (indexB < b.length) merged.push(b[indexB++]!);
	return merged;
}

/** Up to this many people, a surname is compared with each person's rather than looked up by its blocks. */
const maxScannedPersons = 32;

function addToBlocks(index: Map<string, Person[]>, person: Person): void {
	for (const block of surnameKeyBlocks(person.surnameKey)) addTo(index, block, person);
}

function surnameBlockIndex(persons: readonly Person[]): Map<string, Person[]> {
	const index = new Map<string, Person[]>();
	for (const person of persons) addToBlocks(index, person);
	return index;
}

interface NameKeys {
	readonly firstKey: string;
	readonly surnameKey: string;
}

/** A name split into its words, with the `nameKey` of each and of its first and last word. */
interface NameParts extends NameKeys {
	readonly words: readonly string[];
	readonly wordKeys: readonly string[];
}

/** The parts of a name, worked out once per spelling: one lookup instead of one per word and key. */
const namePartsOf = memoised((name: string): NameParts => {
	const parts = nameWords(name);
	const wordKeys = parts.map(nameKey);
	return {words: parts, wordKeys, firstKey: wordKeys[0] ?? '', surnameKey: wordKeys.at(-1) ?? ''};
});

function addTo(index: Map<string, Person[]>, key: string, person: Person): void {
	const list = index.get(key);
	if (list === undefined) index.set(key, [person]);
	else if (!list.includes(person)) list.push(person);
}

function plainSingular(word: string): string {
	return word.endsWith('s') && word.length > 3 ? word.slice(0, -1) : word;
}

/** The words of a role as a person's role words are kept: lowercase and singular, worked out once per role. */
const roleWordsOf = memoised((role: string): readonly string[] => lowerWords(role).map(plainSingular));

function addRole(person: Person, role: string): void {
	for (const word of roleWordsOf(role)) person.roleWords.add(word);
}

/** Whether two first names (by `nameKey`) may be one person's: the same, or an initial and a name it starts. */
function compatibleFirstNames(keyA: string, keyB: string): boolean {
	return keyA === keyB || (keyA.length === 1 && keyB.startsWith(keyA)) || (keyB.length === 1 && keyA.startsWith(keyB));
}

/**
 * Who speaks in one article: the people it names (with their roles), where it mentions them, the unnamed
 * sources it describes, and who spoke last, so that "he", "Mr Umerov", "the Nato chief" and "the official"
 * can be traced to the person or description the article means.
 */
export class ArticleSpeakers {
	private readonly persons: Person[] = [];
	/** Sorted by offset. */
	private mentions: Mention[] = [];
	/** People by the folded key of their surname, and of any word of their name. */
	private readonly bySurname = new Map<string, Person[]>();
	private readonly byWord = new Map<string, Person[]>();
	/**
	 * People by the blocks of their surname (see `surnameBlocks`): where spellings one letter apart meet. Built only
	 * once the article names more people than a scan of them all takes to compare.
	 */
	private bySurnameBlock: Map<string, Person[]> | null = null;
	/** The person each full name (without titles, as parses give it) was found to name, whatever roles came with it. */
	private readonly registered = new Map<string, Person>();
	/** Unnamed sources and organisations that have spoken, by head noun: what "the official" or "the ministry" points back to. */
	private readonly descriptions: {at: number; text: string; head: string; kind: 'description' | 'group'}[] = [];
	/** Per sentence: who it is about, once known (undefined until asked). */
	private readonly topics: (string | null | undefined)[] = [];
	/** Per sentence: the person who is its subject, once asked. */
	private readonly subjects: (Person | null | undefined)[] = [];
	/** Per sentence: the person speaking in it, once resolved. */
	private readonly speaking: (string | undefined)[] = [];
	private readonly sentenceStarts: number[] = [];
	private lastSpeaker: ResolvedSpeaker | null = null;
	private lastSpeakerAt = 0;
	private readonly plainWords = new Map<string, boolean>();
	private readonly namesInProse = new Map<string, boolean>();
	/** Where each person the article names speaks first ("Andrii Sybiha spoke to The Review"). */
	private readonly firstSpoke = new Map<string, number>();
	/** People quoted by a name the article never gives in full ("said Oleksandr, a drone operator"). */
	private readonly quotedNames = new Set<string>();
	/** The pronoun ("he" or "she") the article has used for a speaker, once it has. */
	private readonly pronounOf = new Map<string, string>();

	constructor(
		private readonly text: string,
		private readonly sentences: readonly Span[],
		private readonly gaps: readonly (readonly Span[])[],
	) {
		const singles: Single[] = [];
		// Lone capitalised words, as offsets: most name nobody, and are never sliced out of the text.
		const loneWords: number[] = [];
		const runs = new CapitalisedRuns(text);
		for (const [index, sentence] of sentences.entries()) {
			this.sentenceStarts.push(sentence.start);
			for (const gap of gaps[index]!) this.collectNames(runs, gap, sentence, singles, loneWords);
		}
		// Runs are read in order, so their mentions are already sorted by offset; so are the lone names of each kind.
		const lone: Mention[] = [];
		const letters = keyLetters(this.byWord.keys());
		for (let index = 0; index < loneWords.length; index += 2) {
			const at = loneWords[index]!;
			const end = loneWords[index + 1]!;
			if (mayHaveKeyLike(this.text, at, end, letters)) this.addLoneMention(lone, at, this.text.slice(at, end));
		}
		const loneInRuns: Mention[] = [];
		for (const {at, word} of singles) if (mayHaveKeyLike(word, 0, word.length, letters)) this.addLoneMention(loneInRuns, at, word);
		// Mentions never share an offset (each comes from its own run).
		this.mentions = mergedByOffset(this.mentions, mergedByOffset(lone, loneInRuns));
	}

	/** A lone name at `at` is a mention of the person whose surname, or else other name, it is. */
	private addLoneMention(lone: Mention[], at: number, word: string): void {
		const key = nameKey(word);
		const candidates = this.bySurname.get(key) ?? this.byWord.get(key);
		if (candidates !== undefined) lone.push({at, person: candidates.length === 1 ? candidates[0]! : this.closest(candidates, at)});
	}

	/** Names in a stretch of text outside quotes: full names register people, lone names wait for pass two. */
	private collectNames(runs: CapitalisedRuns, gap: Span, sentence: Span, singles: Single[], loneWords: number[]): void {
		for (let from = gap.start; runs.next(from, gap.end); from = runs.end) {
			// A lone capitalised word is only a mention when it is the name of someone named in full (pass two).
			if (!runs.spaced) loneWords.push(runs.start, runs.end);
			else this.collectRun(runs.start, runs.end, sentence, singles);
		}
	}

	/** A run of several capitalised words, [at, end): a person's full name (with roles) registers them, a lone name waits for pass two. */
	private collectRun(at: number, end: number, sentence: Span, singles: Single[]): void {
		// The role words and the run are one stretch of text: parsed as one slice, without joining strings.
		const rolesFrom = roleWordsStart(this.text, Math.max(sentence.start, at - 80), at);
		const phrase = parsePhrase(this.text.slice(rolesFrom, end)) ?? (rolesFrom === at ? null : parsePhrase(this.text.slice(at, end)));
		if (phrase === null || phrase.kind !== 'person') return;
		let person = this.registered.get(phrase.name);
		if (person === undefined) {
			const name = namePartsOf(phrase.name);
			if (name.words.length < 2) {
				singles.push({at, word: phrase.name});
				return;
			}
			person = this.register(phrase.name, name);
		}
		if (phrase.role !== null) addRole(person, phrase.role);
		this.addAppositiveRoles(person, sentence, at, end);
		this.mentions.push({at, person});
	}

	/** "Kurt Volker, former US envoy," and "the Danish prime minister, Mette Frederiksen,": roles set off by commas. */
	private addAppositiveRoles(person: Person, sentence: Span, start: number, end: number): void {
		if (this.text.startsWith(', ', end)) {
			const close = this.text.indexOf(',', end + 2);
			if (close > 0 && close < sentence.end && close - end < 120) {
				const appositive = parsePhrase(this.text.slice(end + 2, close));
				if (appositive?.kind === 'description') addRole(person, appositive.text);
			}
		}
		if (this.text.startsWith(', ', start - 2)) {
			const open = Math.max(sentence.start, this.text.lastIndexOf(',', start - 3) + 1, start - 120);
			const role = trailingDescription(this.text.slice(open, start - 2));
			if (role !== null) addRole(person, role.text);
		}
	}

	/**
	 * The person a full name names, registered if new. A name found by its exact surname (or new) always finds the
	 * same person again: people only ever join the lists after those already there.
	 */
	private register(written: string, name: NameParts): Person {
		const exact = this.personNamedExactly(name);
		if (exact !== undefined) {
			this.registered.set(written, exact);
			return exact;
		}
		const known = this.personNamedFuzzily(name);
		if (known !== null) return known;
		const {words: nameParts, firstKey, surnameKey} = name;
		const person: Person = {name: nameParts.join(' '), words: nameParts, roleWords: new Set(), order: this.persons.length, firstKey, surnameKey};
		this.registered.set(written, person);
		this.persons.push(person);
		addTo(this.bySurname, surnameKey, person);
		if (this.bySurnameBlock !== null) addToBlocks(this.bySurnameBlock, person);
		else if (this.persons.length > maxScannedPersons) this.bySurnameBlock = surnameBlockIndex(this.persons);
		for (const key of name.wordKeys) addTo(this.byWord, key, person);
		return person;
	}

	/** The person with this full name: same surname (exact fold first, then one edit apart) and a compatible first name. */
	private personNamed(name: NameParts): Person | null {
		return this.personNamedExactly(name) ?? this.personNamedFuzzily(name);
	}

	private personNamedExactly({firstKey, surnameKey}: NameKeys): Person | undefined {
		return this.bySurname.get(surnameKey)?.find(person => compatibleFirstNames(person.firstKey, firstKey));
	}

	private personNamedFuzzily({firstKey, surnameKey}: NameKeys): Person | null {
		return this.withSurname(surnameKey).find(person => compatibleFirstNames(person.firstKey, firstKey)) ?? null;
	}

	/** People whose surname (by its `nameKey`) is spelled some way as `key`, in the order the article names them. */
	private withSurname(key: string): Person[] {
		if (this.bySurnameBlock === null) return this.persons.filter(person => sameSurnameKey(person.surnameKey, key));
		const found = new Set<Person>();
		for (const block of surnameKeyBlocks(key)) {
			for (const person of this.bySurnameBlock.get(block) ?? []) if (sameSurnameKey(person.surnameKey, key)) found.add(person);
		}
		return [...found].sort((a, b) => a.order - b.order);
	}

	/** The person a name refers to: same surname (spelling-tolerant), else any matching word ("Yoon" for "Yoon Suk Yeol"). */
	private personFor(written: string, at: number): Person | null {
		const name = namePartsOf(written);
		if (name.words.length === 0) return null;
		if (name.words.length >= 2) return this.personNamed(name);
		const key = name.surnameKey;
		const bySurname = this.bySurname.get(key) ?? this.withSurname(key);
		if (bySurname.length > 0) return this.closest(bySurname, at);
		const byWord = this.byWord.get(key);
		return byWord === undefined ? null : this.closest(byWord, at);
	}

	/** Index of the first mention at or after `at`. */
	private mentionIndex(at: number): number {
		let low = 0;
		let high = this.mentions.length;
		while (low < high) {
			const middle = (low + high) >> 1;
			if (this.mentions[middle]!.at < at) low = middle + 1;
			else high = middle;
		}
		return low;
	}

	/** Of several candidates, the one mentioned last before `at` (looking a bounded way back), else the first. */
	private closest(candidates: readonly Person[], at: number): Person {
		if (candidates.length === 1) return candidates[0]!;
		return this.lastMention(candidates, at)?.person ?? candidates[0]!;
	}

	/** The last mention before `at` of any of the candidates (looking a bounded way back). */
	private lastMention(candidates: readonly Person[], at: number): Mention | null {
		const from = this.mentionIndex(at) - 1;
		for (let index = from; index >= Math.max(0, from - lookBack); index--) {
			const mention = this.mentions[index]!;
			if (candidates.includes(mention.person)) return mention;
		}
		return null;
	}

	/** Whether the article writes `word` capitalised inside a sentence (after a small letter or a comma), as a name is written. */
	private isNameInProse(word: string): boolean {
		return this.writesWord(this.namesInProse, word, ` ${word}`, at => {
			const before = this.text.charCodeAt(at - 1);
			return ((before >= 97 && before <= 122) || before === 44) && !isLetterCode(this.text.charCodeAt(at + 1 + word.length));
		});
	}

	/**
	 * Whether the article's text holds `written` (for `word`) somewhere `fits`, asked once per word and remembered in
	 * `answers`. Each answer reads the whole article, so an article gets at most `maxWordChecks` of each kind; past that
	 * the answer is no.
	 */
	private writesWord(answers: Map<string, boolean>, word: string, written: string, fits: (at: number) => boolean): boolean {
		let found = answers.get(word);
		if (found !== undefined) return found;
		if (answers.size >= maxWordChecks) return false;
		found = false;
		for (let at = this.text.indexOf(written); at >= 0 && !found; at = this.text.indexOf(written, at + 1)) found = fits(at);
		answers.set(word, found);
		return found;
	}

	/** Whether the article writes `word` in lowercase as a word of its own ("everyone"), as it never writes a name. */
	private isPlainWord(word: string): boolean {
		const lowered = word.toLowerCase();
		return this.writesWord(this.plainWords, word, lowered, at => !isLetterCode(this.text.charCodeAt(at - 1)) && !isLetterCode(this.text.charCodeAt(at + lowered.length)));
	}

	private sentenceIndex(at: number): number {
		let low = 0;
		let high = this.sentenceStarts.length - 1;
		while (low < high) {
			const middle = (low + high + 1) >> 1;
			if (this.sentenceStarts[middle]! <= at) low = middle;
			else high = middle - 1;
		}
		return low;
	}

	/** Resolves the speech acts of one sentence, in order, and remembers who the sentence is about. */
	resolveSentence(index: number, acts: readonly SpeechAct[]): (ResolvedSpeaker | null)[] {
		const resolved = acts.map(act => {
			const speaker = this.resolve(act);
			if (speaker !== null) {
				this.lastSpeaker = speaker;
				this.lastSpeakerAt = act.at;
				if (speaker.kind === 'person' && !this.firstSpoke.has(speaker.speaker)) this.firstSpoke.set(speaker.speaker, act.at);
			}
			if (speaker !== null && act.speaker.kind === 'pronoun' && (act.speaker.text === 'he' || act.speaker.text === 'she')) {
				this.pronounOf.set(speaker.speaker, act.speaker.text);
			}
			if (speaker !== null && (act.speaker.kind === 'description' || act.speaker.kind === 'group')) {
				this.descriptions.push({at: act.at, text: speaker.speaker, head: termsOf(act.speaker).head, kind: act.speaker.kind});
			}
			return speaker;
		});
		const topic = resolved.find(speaker => speaker?.kind === 'person')?.speaker;
		if (topic !== undefined) {
			this.topics[index] = topic;
			this.speaking[index] = topic;
		}
		return resolved;
	}

	/** Who a sentence is about: the person speaking in it, else its subject, else the last person it names. */
	private topicOf(index: number): string | null {
		let topic = this.topics[index];
		if (topic === undefined) {
			topic = this.sentenceTopic(index);
			this.topics[index] = topic;
		}
		return topic;
	}

	private sentenceTopic(index: number): string | null {
		const sentence = this.sentences[index]!;
		const subject = subjectAtStart(this.text.slice(sentence.start, sentence.end));
		if (subject?.kind === 'person') {
			const person = this.personFor(subject.name, sentence.start);
			if (person !== null) return person.name;
		}
		const last = this.mentions[this.mentionIndex(sentence.end) - 1];
		return last !== undefined && last.at >= sentence.start ? last.person.name : null;
	}

	private resolve(act: SpeechAct): ResolvedSpeaker | null {
		const phrase = act.speaker;
		switch (phrase.kind) {
			case 'person': {
				const person = this.personFor(phrase.name, act.at);
				// "Zelenskyy:" names him where the article writes "Zelenskyy" as a name in its prose ("between Putin and Zelenskyy").
				if (person === null && act.knownNameOnly && !this.isNameInProse(phrase.name)) return null;
				// "Everyone", "Europeans": a lone word the article also writes in lowercase is nobody's name.
				const named = person !== null || phrase.role !== null || phrase.name.includes(' ') || !this.isPlainWord(phrase.name);
				if (named && person === null) this.quotedNames.add(phrase.name);
				return {speaker: person?.name ?? phrase.name, asWritten: phrase.text, kind: named ? 'person' : 'group'};
			}
			case 'group':
				return {speaker: phrase.text, asWritten: phrase.text, kind: 'group'};
			case 'description':
				return this.resolveDescription(phrase.text, act);
			case 'pronoun':
				return this.resolvePronoun(phrase.text, act);
		}
	}

	private resolveDescription(description: string, act: SpeechAct): ResolvedSpeaker {
		const {at} = act;
		const {first, pointsBack, wanted, head} = termsOf(act.speaker);
		const written: ResolvedSpeaker = {speaker: description, asWritten: description, kind: 'description'};
		if (!pointsBack) return written;
		// The nearest antecedent: a person the article gave this role, or an unnamed source or organisation with this head.
		let person: Mention | null = null;
		if (wanted.length > 0 && !bodyHeads.has(head)) {
			const matching = this.persons.filter(candidate => wanted.every(word => candidate.roleWords.has(word)));
			if (matching.length > 0) person = this.lastMention(matching, at) ?? {at: -1, person: matching[0]!};
		}
		for (let index = this.descriptions.length - 1; index >= Math.max(0, this.descriptions.length - lookBack); index--) {
			const earlier = this.descriptions[index]!;
			if (person !== null && earlier.at < person.at) break;
			if (earlier.at < at && earlier.head === head && earlier.text !== description) {
				return {speaker: earlier.text, asWritten: description, kind: earlier.kind};
			}
		}
		if (person !== null) return {speaker: person.person.name, asWritten: description, kind: 'person'};
		// "Emmanuel Macron is hosting… The French president said": a post with no name attached is the person the text is about.
		// "Her deputy" is someone else's: only "the" points back.
		const subject = first === 'the' && isPostTitle(head) ? this.nearbySubject(act, head) : null;
		if (subject === null) return written;
		for (const word of wanted) subject.roleWords.add(word);
		return {speaker: subject.name, asWritten: description, kind: 'person'};
	}

	/**
	 * The person who is the subject of the act's own sentence (before the speaker's words) or of the sentence before,
	 * when the post `head` may be theirs.
	 */
	private nearbySubject(act: SpeechAct, head: string): Person | null {
		const index = this.sentenceIndex(act.at);
		const speakingBefore = this.speaking[index - 1];
		const candidates = [
			this.subjectPerson(index, act.subjectAt),
			index > 0 ? (speakingBefore === undefined ? null : this.personFor(speakingBefore, act.at)) ?? this.sentenceSubject(index - 1) : null,
		];
		return candidates.find(person => person !== null && this.mayHold(person, head)) ?? null;
	}

	/**
	 * Whether the post `head` may be the person's: the article gives them no post ("the prime minister" is not
	 * the defence minister), or the head only says "the top person".
	 */
	private mayHold(person: Person, head: string): boolean {
		if (genericHeads.has(head)) return true;
		for (const word of person.roleWords) if (isPostTitle(word)) return false;
		return true;
	}

	/** `subjectPerson` of a whole sentence, worked out once. */
	private sentenceSubject(index: number): Person | null {
		let subject = this.subjects[index];
		if (subject === undefined) {
			subject = this.subjectPerson(index, this.sentences[index]!.end);
			this.subjects[index] = subject;
		}
		return subject;
	}

	/** The person named at the start of a sentence, or of a subordinate clause in it, before `until`. */
	private subjectPerson(index: number, until: number): Person | null {
		const sentence = this.sentences[index]!;
		for (let position = this.mentionIndex(sentence.start); position < this.mentions.length; position++) {
			const mention = this.mentions[position]!;
			if (mention.at >= until) break;
			const from = Math.max(sentence.start, mention.at - 60);
			const before = this.text.slice(from, mention.at);
			// "While Zelensky remains open to talks, he maintains": a subordinate clause's subject, not a name in passing.
			if (subordinateSubject.test(before) || (from === sentence.start && sentenceSubject.test(before))) return mention.person;
		}
		return null;
	}

	/**
	 * Who a paragraph that introduces an interview or a long quotation is about: the first person who is the subject
	 * of one of its sentences (`first` to `last`) and has spoken in the article before `before`.
	 */
	paragraphSpeaker(first: number, last: number, before: number): ResolvedSpeaker | null {
		for (let index = first; index <= last && index < first + 8; index++) {
			const subject = this.sentenceSubject(index);
			const spoke = subject === null ? undefined : this.firstSpoke.get(subject.name);
			if (subject !== null && spoke !== undefined && spoke < before) return {speaker: subject.name, asWritten: subject.name, kind: 'person'};
		}
		return null;
	}

	/**
	 * Who a line that introduces a quotation without a verb of saying is about ("Asked about the proposal, the Kremlin
	 * spokesman was blunt:"): the subject it opens with, resolved as a speaker of that line would be.
	 */
	introSpeaker(index: number): ResolvedSpeaker | null {
		const sentence = this.sentences[index]!;
		const phrase = subjectAtStart(this.text.slice(sentence.start, Math.min(sentence.end, sentence.start + subjectReach)));
		if (phrase === null) return null;
		return this.resolve({at: sentence.start, subjectAt: sentence.start, speaker: phrase, trailing: false, participle: false, knownNameOnly: false});
	}

	/**
	 * The person who is the subject of the latest of the (at most three) sentences after sentence `from` and before
	 * `index`: someone the article names in full, or a lone name already quoted ("In Kramatorsk, Oleksandr shrugged").
	 */
	private subjectSince(from: number, index: number): string | null {
		for (let back = index - 1; back > from && back >= index - 3; back--) {
			const sentence = this.sentences[back]!;
			const subject = this.sentenceSubject(back);
			if (subject !== null) return subject.name;
			const opening = this.gaps[back]![0];
			if (opening === undefined || opening.start !== sentence.start) continue;
			const firstName = appositiveFirstName.exec(this.text.slice(opening.start, Math.min(opening.end, opening.start + subjectReach)));
			if (firstName !== null) return firstName[1]!;
			if (this.quotedNames.size === 0) continue;
			// A subject stands near the start: parse the opening only when one of those names is there.
			const start = this.text.slice(opening.start, Math.min(opening.end, opening.start + subjectReach));
			if (![...this.quotedNames].some(name => start.includes(name))) continue;
			const phrase = subjectAtStart(start);
			if (phrase?.kind === 'person' && this.quotedNames.has(phrase.name)) return phrase.name;
		}
		return null;
	}

	private resolvePronoun(pronoun: string, act: SpeechAct): ResolvedSpeaker | null {
		const last = this.lastSpeaker;
		if (pronoun !== 'he' && pronoun !== 'she') {
			return last !== null && last.kind !== 'person' ? {...last, asWritten: pronoun} : null;
		}
		const index = this.sentenceIndex(act.at);
		if (act.trailing && last !== null && last.kind !== 'group') {
			// "…,' said Oleksandr. President Zelensky has made the same argument. '…,' he told reporters": the newer subject.
			const newer = this.subjectSince(this.sentenceIndex(this.lastSpeakerAt), index);
			if (newer !== null) return {speaker: newer, asWritten: pronoun, kind: 'person'};
			// "…,” she said. Her son put it more simply. “…,” he said": not the woman who spoke last.
			return this.isOtherPronoun(last.speaker, pronoun) ? null : {...last, asWritten: pronoun};
		}
		const earlier = this.subjectPerson(index, act.subjectAt);
		if (earlier !== null) return {speaker: earlier.name, asWritten: pronoun, kind: 'person'};
		for (let back = index - 1; back >= Math.max(0, index - 3); back--) {
			const topic = this.topicOf(back);
			if (topic !== null) return {speaker: topic, asWritten: pronoun, kind: 'person'};
		}
		return last === null || last.kind === 'group' || this.isOtherPronoun(last.speaker, pronoun) ? null : {...last, asWritten: pronoun};
	}

	/** Whether the article has called `speaker` by the other of "he" and "she". */
	private isOtherPronoun(speaker: string, pronoun: string): boolean {
		const known = this.pronounOf.get(speaker);
		return known !== undefined && known !== pronoun;
	}
}
