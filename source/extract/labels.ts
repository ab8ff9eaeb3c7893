import {isModifierWord, nounKind} from './figureNouns.js';

/**
 * What a figure measures, in the article's own words: the noun phrase it counts plus one qualifier
 * ("North Korean soldiers stationed in Russia’s Kursk region", "military aid to Kyiv").
 */

interface Token {
	readonly word: string;
	/** Punctuation (comma, bracket, quote, dash) separates this word from the one before. */
	readonly breakBefore: boolean;
	/** Punctuation separates this word from the one after. */
	readonly breakAfter: boolean;
}

const maxWords = 10;
const window = 160;

const leadingPunctuation = /^[("“‘'[\]{]+/u;
const trailingPunctuation = /[,.;:!?"”’')\]}…]+$/u;
const abbreviation = /^(?:\p{L}\.){2,}$/u;

function toToken(raw: string): Token | null {
	if (/^[-–—]+$/.test(raw)) return null;
	const lead = leadingPunctuation.exec(raw)?.[0].length ?? 0;
	let body = raw.slice(lead);
	let breakAfter = false;
	if (!abbreviation.test(body)) {
		const trail = trailingPunctuation.exec(body)?.[0] ?? '';
		// "troops’ positions": a plural possessive apostrophe does not end the phrase.
		breakAfter = trail !== '' && !(trail === '’' || trail === "'");
		body = body.slice(0, body.length - trail.length);
	}
	if (body === '') return null;
	return {word: body, breakBefore: lead > 0, breakAfter};
}

/** Words after `from`, nearest first; a lone dash becomes a break on its neighbours. */
function wordsAfter(text: string, from: number): Token[] {
	const tokens: Token[] = [];
	let pendingBreak = false;
	for (const raw of text.slice(from, from + window).split(/\s+/)) {
		if (raw === '') continue;
		const token = toToken(raw);
		if (token === null) {
			pendingBreak = true;
			const last = tokens.pop();
			if (last !== undefined) tokens.push({...last, breakAfter: true});
			continue;
		}
		tokens.push(pendingBreak ? {...token, breakBefore: true} : token);
		pendingBreak = false;
	}
	return tokens;
}

/** Words before `to`, nearest first. */
function wordsBefore(text: string, to: number): Token[] {
	const tokens: Token[] = [];
	const raws = text.slice(Math.max(0, to - window), to).split(/\s+/).filter(raw => raw !== '');
	for (let index = raws.length - 1; index >= 0; index--) {
		const token = toToken(raws[index]!);
		if (token === null) {
			const last = tokens.pop();
			if (last !== undefined) tokens.push({...last, breakBefore: true});
			break;
		}
		tokens.push(token);
		if (token.breakAfter && tokens.length > 1) break;
	}
	return tokens;
}

const determiners = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'this', 'that', 'these', 'those']);
const auxiliaries = new Set([
	'is', 'are', 'was', 'were', 'be', 'been', 'being', 'have', 'has', 'had', 'will', 'would', 'could', 'can', 'may',
	'might', 'should', 'must', 'now', 'already', 'still', 'reportedly', 'also', 'currently', 'then', 'allegedly',
]);
const prepositions = new Set([
	'in', 'to', 'for', 'from', 'along', 'across', 'near', 'on', 'at', 'inside', 'into', 'toward', 'towards',
	'against', 'within', 'of', 'by', 'off', 'outside', 'around', 'through', 'under',
]);
const relatives = new Set(['that', 'which', 'who']);
/** What joins an amount to the thing it pays for: "$9bn in military aid", "10% of the budget". */
const amountLinks = new Set(['in', 'of', 'for', 'worth']);
/** What joins a thing to the amount before it: "military aid worth $9bn", "a budget of $5bn". */
const amountLeads = new Set(['worth', 'of', 'totalling', 'totaling', 'valued', 'costing', 'at']);
/** Collectives whose size is the figure: "a force of 50,000 troops". */
const collectives = new Set(['force', 'army', 'contingent', 'deployment', 'garrison', 'group', 'corps']);
const irregularParticiples = new Set([
	'held', 'taken', 'sent', 'built', 'shot', 'hit', 'lost', 'made', 'given', 'kept', 'left', 'seen', 'caught',
	'brought', 'fought', 'spent', 'paid', 'sold', 'won', 'hidden', 'driven', 'thrown', 'withdrawn', 'stolen',
]);

function isParticiple(word: string): boolean {
	const lower = word.toLowerCase();
	return (/^[a-z]{3,}ed$/.test(lower) && !/^(?:need|speed|seed|feed|bed|shed|red|bled)$/.test(lower)) || irregularParticiples.has(lower);
}

function isNumberish(word: string): boolean {
	return /^[$€£]?\d/.test(word) || /^(?:million|billion|trillion|thousand|bn|m|mn|tn|k|km|miles?)$/i.test(word);
}

function isPhraseWord(token: Token | undefined): token is Token {
	return token !== undefined && isModifierWord(token.word) && !/ly$/i.test(token.word);
}

/** The noun phrase at `from`: ends at punctuation, at a function word, or just after a known counted noun. */
function nounPhrase(tokens: readonly Token[], from: number): {words: string[]; next: number; closed: boolean} {
	const words: string[] = [];
	let index = from;
	while (index < tokens.length && words.length < 6) {
		const token = tokens[index]!;
		if (!isPhraseWord(token) || (index > from && token.breakBefore)) break;
		words.push(token.word);
		index++;
		if (token.breakAfter) return {words, next: index, closed: true};
		const kind = nounKind(token.word);
		const following = tokens[index];
		if (kind !== undefined && kind !== 'time' && !(following !== undefined && nounKind(following.word) !== undefined)) break;
	}
	return {words, next: index, closed: false};
}

/** A preposition and its object ("in Russia’s Kursk region"), skipping determiners and numbers. */
function prepositionalPhrase(tokens: readonly Token[], from: number): string[] {
	const preposition = tokens[from];
	if (preposition === undefined || !prepositions.has(preposition.word.toLowerCase()) || preposition.breakAfter) return [];
	const words = [preposition.word];
	for (let index = from + 1; index < tokens.length && words.length < 5; index++) {
		const token = tokens[index]!;
		if (token.breakBefore) break;
		const lower = token.word.toLowerCase();
		if (!determiners.has(lower) && !isNumberish(token.word)) {
			if (!isPhraseWord(token) || prepositions.has(lower)) break;
			words.push(token.word);
		}
		if (token.breakAfter) break;
	}
	return words.length > 1 ? words : [];
}

/** What follows the noun phrase and narrows it: a participle ("killed or wounded"), a place, a relative clause. */
function qualifier(tokens: readonly Token[], from: number): string[] {
	let index = from;
	while (index < tokens.length && index - from < 4 && auxiliaries.has(tokens[index]!.word.toLowerCase()) && !tokens[index]!.breakAfter) index++;
	const words: string[] = [];
	const first = tokens[index];
	if (first !== undefined && !first.breakBefore && isParticiple(first.word)) {
		words.push(first.word);
		index++;
		while (/^(?:or|and)$/i.test(tokens[index]?.word ?? '') && isParticiple(tokens[index + 1]?.word ?? '') && !first.breakAfter) {
			words.push(tokens[index]!.word, tokens[index + 1]!.word);
			index += 2;
		}
		if (tokens[index - 1]!.breakAfter) return words;
	} else if (index > from) {
		// "troops are Russian": an auxiliary without a participle starts a new clause.
		return [];
	}
	const next = tokens[index];
	if (next !== undefined && next.breakBefore) return words;
	const place = prepositionalPhrase(tokens, index);
	if (place.length > 0) return [...words, ...place];
	if (words.length === 0 && next !== undefined && relatives.has(next.word.toLowerCase())) {
		const clause = [next.word];
		for (let position = index + 1; position < tokens.length && clause.length < 5; position++) {
			const token = tokens[position]!;
			if (token.breakBefore || !isPhraseWord(token)) break;
			clause.push(token.word);
			if (token.breakAfter) break;
		}
		if (clause.length > 1) return clause;
	}
	return words;
}

/** Up to `limit` phrase words before the figure, nearest last, starting at `from` in the reversed tokens. */
function phraseBefore(tokens: readonly Token[], from: number, limit: number): string[] {
	const words: string[] = [];
	for (let index = from; index < tokens.length && words.length < limit; index++) {
		const token = tokens[index]!;
		if (!isPhraseWord(token) || (index > from && token.breakAfter)) break;
		// "rushing military aid worth": a verb form ends the phrase once it has a noun.
		if (words.length > 0 && /(?:ing|ed)$/i.test(token.word)) break;
		words.unshift(token.word);
		if (token.breakBefore) break;
	}
	return words;
}

function finish(words: readonly string[]): string {
	return words.slice(0, maxWords).join(' ');
}

export type LabelKind = 'counted' | 'amount';

/**
 * Labels the figure written at `[start, end)` of `sentence`. `start` should include any approximation
 * ("at least") so it is not mistaken for the subject; `end` should include the unit and any converted
 * value in brackets. `counted` figures count the noun after them; `amount`s (money, percentages,
 * distances) usually measure a noun joined by "in"/"of", or the noun before "worth".
 */
export function figureLabel(sentence: string, start: number, end: number, kind: LabelKind): string {
	const after = wordsAfter(sentence, end);
	const linked = kind === 'amount' && after[0] !== undefined && !after[0].breakAfter && amountLinks.has(after[0].word.toLowerCase());
	const phrase = nounPhrase(after, linked ? 1 : 0);
	const before = wordsBefore(sentence, start);

	if (phrase.words.length > 0) {
		const lead = before[0]?.word.toLowerCase() === 'of' && collectives.has(before[1]?.word.toLowerCase() ?? '') ? [before[1]!.word, 'of'] : [];
		const rest = phrase.closed ? [] : qualifier(after, phrase.next);
		return finish([...lead, ...phrase.words, ...rest]);
	}

	const place = qualifier(after, linked ? 1 : 0);
	const nearest = before[0];
	if (nearest !== undefined && !nearest.breakAfter) {
		if (amountLeads.has(nearest.word.toLowerCase())) {
			const subject = phraseBefore(before, 1, 4).filter(word => !determiners.has(word.toLowerCase()));
			if (subject.length > 0) return finish([...subject, ...place]);
		}
		if (isPhraseWord(nearest) && place.length > 0) return finish([nearest.word, ...place]);
	}
	if (place.length > 0) return finish(place);
	const context = phraseBefore(before, 0, 4).filter(word => !determiners.has(word.toLowerCase()));
	if (context.length > 0) return finish(context);
	const following = after.slice(0, 4).map(token => token.word).filter(word => !isNumberish(word));
	return following.length > 0 ? finish(following) : kind === 'amount' ? 'amount' : 'count';
}
