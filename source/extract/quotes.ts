import type {Article, Quote, Span} from '../model.js';
import {isBareQuoteLabel, isSourceLine, speechActs, SpeechVerbs, type SpeechAct} from './attribution.js';
import {quotedText, scanQuotes, type QuotedSpan} from './quoteMarks.js';
import {ArticleSpeakers, type ResolvedSpeaker} from './quoteSpeakers.js';
import type {Sentence} from './sentences.js';

/** Quotes this short need a speaker to count; embedded in a sentence, they are fragments ("pure fiction"). */
const shortQuoteWords = 5;

interface Attributed {
	readonly act: SpeechAct;
	readonly speaker: ResolvedSpeaker | null;
	readonly sentence: number;
}

/** What every sentence without a speech verb attributes: one shared empty list. */
const noAttributions: readonly Attributed[] = [];

/** How a quotation found its speaker: in its own sentence, or from the context around it. */
type Source = 'sentence' | 'context' | 'none';

interface Candidate {
	readonly mark: QuotedSpan;
	readonly speaker: ResolvedSpeaker | null;
	readonly source: Source;
	readonly act: Attributed | null;
}

function indexOfSentence(sentences: readonly Span[], offset: number): number {
	let low = 0;
	let high = sentences.length - 1;
	while (low < high) {
		const middle = (low + high + 1) >> 1;
		if (sentences[middle]!.start <= offset) low = middle;
		else high = middle - 1;
	}
	return low;
}

/** The stretches of each sentence that lie outside quotation marks. */
function sentenceGaps(sentences: readonly Span[], marks: readonly QuotedSpan[]): Span[][] {
	let first = 0;
	return sentences.map(sentence => {
		while (first < marks.length && marks[first]!.close <= sentence.start) first++;
		const gaps: Span[] = [];
		let from = sentence.start;
		for (let index = first; index < marks.length && marks[index]!.open < sentence.end; index++) {
			const mark = marks[index]!;
			if (mark.open > from) gaps.push({start: from, end: mark.open});
			from = Math.max(from, mark.close);
		}
		if (from < sentence.end) gaps.push({start: from, end: sentence.end});
		return gaps;
	});
}

/** Whether a quotation has at most `limit` words (counted by the spaces between them, stopping early). */
function hasAtMostWords(text: string, limit: number): boolean {
	let words = 1;
	for (let index = text.indexOf(' '); index >= 0; index = text.indexOf(' ', index + 1)) {
		if (++words > limit) return false;
	}
	return true;
}

const titleWord = /[\p{L}][\p{L}'’-]*/gu;
/** Words a title leaves in lowercase ("Make America Great Again", "Defence of the Realm"). */
const minorTitleWords = new Set(['of', 'the', 'and', 'a', 'an', 'in', 'on', 'for', 'to', 'at', 'with']);

/** Names, titles and slogans in quote marks ("Make America Great Again", “Trump-proof” as a coinage). */
function isTitleCase(text: string): boolean {
	let significant = 0;
	titleWord.lastIndex = 0;
	for (let match = titleWord.exec(text); match !== null; match = titleWord.exec(text)) {
		const word = match[0];
		if (minorTitleWords.has(word)) continue;
		// Words open with a letter: an ASCII one is a capital only from A to Z.
		const code = word.charCodeAt(0);
		if (code < 128 ? code < 65 || code > 90 : !/^\p{Lu}/u.test(word)) return false;
		significant++;
	}
	return significant > 0;
}

/**
 * Scare quotes around a term, a name or a slogan, never speech: “the slogan ‘…’”, “so-called ‘…’”, “Zelensky’s
 * ‘victory plan’”, “repeated the mantra ‘…’”, “placards reading ‘…’”.
 */
function isNamedTerm(text: string, mark: QuotedSpan): boolean {
	const before = text.slice(Math.max(0, mark.open - 24), mark.open);
	const after = text.slice(mark.close, mark.close + 16);
	return /(?:(?:so-called|dubbed|named|titled|entitled|known as|codenamed|slogan|hashtag|mantra|motto|catchphrase|refrain|watchword|(?:placards?|banners?|signs?|posters?)\s+(?:reading|that read|saying))(?:\s+(?:the|a|an))?|['’]s)[\s:,]*$/iu.test(before) ||
		/^\s*(?:slogan|campaign|hashtag|operation|doctrine|formula|initiative|programme|program|plan|strategy|project|mantra|motto|catchphrase|refrain)\b/iu.test(after);
}

/** A quotation that sits inside a sentence of the writer's rather than opening it or following a colon. */
function isEmbedded(text: string, sentence: Span, mark: QuotedSpan): boolean {
	const before = text.slice(sentence.start, mark.open).trimEnd();
	return /[\p{L}\p{N}]/u.test(before) && !before.endsWith(':');
}

/**
 * The quotations of one article with their speakers. Speakers are resolved within the article: "he",
 * "Mr Umerov", "the Nato chief" and "the official" become the person or source the article named earlier.
 */
export function extractQuotes(article: Article, sentences: readonly Sentence[]): Quote[] {
	const {text} = article;
	const marks = scanQuotes(text, article.blocks);
	if (marks.length === 0 || sentences.length === 0) return [];
	const gaps = sentenceGaps(sentences, marks);
	// Who speaks is worked out only for an article where someone does.
	let speakers: ArticleSpeakers | null = null;
	const verbs = new SpeechVerbs(text);
	const last = lastAttributingSentence(sentences, marks);
	const bySentence: (readonly Attributed[])[] = sentences.map((sentence, index) => {
		if (index > last) return noAttributions;
		const acts = speechActs(text, sentence, gaps[index]!, verbs);
		if (acts.length === 0) return noAttributions;
		speakers ??= new ArticleSpeakers(text, sentences, gaps);
		const resolved = speakers.resolveSentence(index, acts);
		// A lone name before a colon that names nobody the article knows (a surname it never gives in full) stays an act
		// without a speaker: the quotation after it is that name's, never the one before's nor the paragraph's.
		return acts.map((act, position) => ({act, speaker: resolved[position] ?? null, sentence: index}));
	});

	const candidates: Candidate[] = [];
	for (let index = 0; index < marks.length; index++) {
		const mark = marks[index]!;
		const own = ownAttribution(text, sentences, bySentence, marks, index) ?? sharedAttribution(text, sentences, candidates[index - 1], mark);
		candidates.push(own === null ? {mark, speaker: null, source: 'none', act: null} : {mark, speaker: own.speaker, source: 'sentence', act: own});
	}
	inheritSpeakers(text, article, candidates, bySentence, sentences, speakers);

	const quotes: Quote[] = [];
	for (let index = 0; index < candidates.length; index++) {
		let candidate = candidates[index]!;
		const next = candidates[index + 1];
		if (next !== undefined && isSplitByAttribution(text, candidate, next)) {
			candidate = {...candidate, mark: {...candidate.mark, close: next.mark.close, parts: [...candidate.mark.parts, ...next.mark.parts]}};
			index++;
		}
		const quote = toQuote(article, sentences, candidate);
		if (quote !== null) quotes.push(quote);
	}
	return withoutRepeats(quotes);
}

/**
 * The quotations of an article, each once: a page that carries its story twice (an update above the first
 * version) repeats them word for word, its source perhaps described a little differently ("a former American
 * diplomat", "a top former American diplomat"). The first telling stays, or the first with a speaker when it has
 * none. The same words from two different speakers are two quotations.
 */
function withoutRepeats(quotes: readonly Quote[]): Quote[] {
	const kept: Quote[] = [];
	const byText = new Map<string, number[]>();
	for (const quote of quotes) {
		const key = quote.text.toLowerCase();
		const earlier = byText.get(key) ?? [];
		const same = earlier.find(at => sameSource(kept[at]!.speaker, quote.speaker));
		if (same === undefined) {
			byText.set(key, [...earlier, kept.length]);
			kept.push(quote);
		} else if (kept[same]!.speaker === null && quote.speaker !== null) {
			kept[same] = quote;
		}
	}
	return kept;
}

/** Whether two speakers may be one: the same, one unknown, or one's words all among the other's. */
function sameSource(a: string | null, b: string | null): boolean {
	if (a === null || b === null || a === b) return true;
	const aWords = new Set(a.toLowerCase().split(' '));
	const bWords = b.toLowerCase().split(' ');
	const shared = bWords.filter(word => aWords.has(word)).length;
	return shared === bWords.length || shared === aWords.size;
}

/**
 * The last sentence whose speech acts a quotation may take its speaker from: the last of the paragraph where the
 * last quotation ends. A quotation looks at the acts of its own paragraph and the one before, and an act only
 * ever passes its speaker on to later ones.
 */
function lastAttributingSentence(sentences: readonly Sentence[], marks: readonly QuotedSpan[]): number {
	let close = 0;
	for (const mark of marks) close = Math.max(close, mark.close);
	let last = indexOfSentence(sentences, close - 1);
	const {block} = sentences[last]!;
	while (last + 1 < sentences.length && sentences[last + 1]!.block === block) last++;
	return last;
}

/** The speech act of the quotation's own sentence: "…,” X said" first, then "X said: “…”", then any later "X said". */
function ownAttribution(
	text: string,
	sentences: readonly Span[],
	bySentence: readonly (readonly Attributed[])[],
	marks: readonly QuotedSpan[],
	index: number,
): Attributed | null {
	const mark = marks[index]!;
	const nextOpen = marks[index + 1]?.open ?? Number.POSITIVE_INFINITY;
	const previousClose = marks[index - 1]?.close ?? -1;
	const closing = bySentence[indexOfSentence(sentences, mark.close - 1)] ?? [];
	const opening = bySentence[indexOfSentence(sentences, mark.open)] ?? [];
	const after = closing.filter(({act}) => act.at >= mark.close && act.at < nextOpen && act.speaker !== null);
	const immediate = after.find(({act}) => /^[\s,;:—–-]*$/u.test(text.slice(mark.close, act.subjectAt)));
	if (immediate !== undefined) return immediate;
	const before = opening.filter(({act}) => act.at < mark.open && act.at > previousClose);
	return before.at(-1) ?? after[0] ?? null;
}

/** "and that", "but", "or" right before a quotation: it goes on with the one before. */
const continuesQuotation = /(?:^|[\s,])(?:and|but|or)(?:\s+that)?\s*$/u;

/**
 * `The ministry said it had carried out a "massive strike" and that "all targets were hit."`: a quotation joined
 * to the one before it in the same sentence shares its speech act when no verb of its own stands between them.
 */
function sharedAttribution(text: string, sentences: readonly Span[], previous: Candidate | undefined, mark: QuotedSpan): Attributed | null {
	if (previous === undefined || previous.act === null || previous.act.act.at > previous.mark.open) return null;
	if (!continuesQuotation.test(text.slice(Math.max(previous.mark.close, mark.open - 16), mark.open))) return null;
	return indexOfSentence(sentences, previous.mark.open) === indexOfSentence(sentences, mark.open) ? previous.act : null;
}

/**
 * Quotations without an attribution of their own take the speaker of the context: the line before when it
 * ends with a colon, a neighbouring quotation of the same paragraph, the quotation of the paragraph before
 * that this one continues, or, for a paragraph that is all quotation, the person the paragraph before is about
 * when they have already spoken (an interview's introduction).
 */
function inheritSpeakers(
	text: string,
	article: Article,
	candidates: Candidate[],
	bySentence: readonly (readonly Attributed[])[],
	sentences: readonly Sentence[],
	speakers: ArticleSpeakers | null,
): void {
	const blockOf = (offset: number) => sentences[indexOfSentence(sentences, offset)]!.block;
	const actsByBlock = new Map<number, Attributed[]>();
	for (const [index, acts] of bySentence.entries()) {
		if (acts.length === 0) continue;
		const block = sentences[index]!.block;
		const inBlock = actsByBlock.get(block);
		// Appending in place: copying the list per sentence is quadratic in a paragraph's length.
		if (inBlock === undefined) actsByBlock.set(block, [...acts]);
		else inBlock.push(...acts);
	}
	for (let index = 0; index < candidates.length; index++) {
		const candidate = candidates[index]!;
		if (candidate.source !== 'none') continue;
		const block = blockOf(candidate.mark.open);
		const atBlockStart = opensBlock(text, article.blocks[block]!.start, candidate.mark.open);
		const previous = candidates[index - 1];
		const previousBlock = article.blocks[block - 1];
		let speaker: ResolvedSpeaker | null = null;
		const reportedBefore = actsByBlock.get(block)?.findLast(act => act.speaker !== null && act.act.at < candidate.mark.open);
		if (previous !== undefined && previous.speaker !== null && blockOf(previous.mark.close - 1) === block) {
			speaker = previous.speaker;
		} else if (reportedBefore !== undefined) {
			// "…, the ministry said. “The goals of the strike have been achieved.”": the quotation goes on with whoever the paragraph reports.
			speaker = reportedBefore.speaker;
		} else if (atBlockStart && previousBlock?.kind === 'paragraph') {
			const lastActs = actsByBlock.get(block - 1) ?? [];
			const before = text.slice(previousBlock.start, previousBlock.end);
			// "Source: NAME, ROLE, on Telegram" over "Quote: “…”" names the speaker as a colon would.
			const endsWithColon = before.trimEnd().endsWith(':') || isSourceLine(before);
			const quotedBefore = previous !== undefined && previous.speaker !== null && blockOf(previous.mark.close - 1) === block - 1;
			// "…, the Kremlin spokesman was blunt:" introduces the quotation without a verb of saying: its subject speaks.
			if (endsWithColon) speaker = lastActs.at(-1)?.speaker ?? speakers?.introSpeaker(indexOfSentence(sentences, previousBlock.end - 1)) ?? null;
			else if (quotedBefore) speaker = previous.speaker;
			else if ((actsByBlock.get(block)?.length ?? 0) === 0 && (previous === undefined || previous.mark.close <= previousBlock.start)) {
				const first = indexOfSentence(sentences, previousBlock.start);
				// Without speakers nobody has spoken before, so the paragraph before introduces nobody.
				speaker = speakers?.paragraphSpeaker(first, indexOfSentence(sentences, previousBlock.end - 1), candidate.mark.open) ?? null;
			}
		}
		if (speaker !== null) candidates[index] = {...candidate, speaker, source: 'context'};
	}
	// "Yes." "No," he said: a quotation before an attributed one in the same paragraph shares its speaker.
	for (let index = candidates.length - 2; index >= 0; index--) {
		const candidate = candidates[index]!;
		const next = candidates[index + 1]!;
		if (candidate.source === 'none' && next.speaker !== null && blockOf(candidate.mark.open) === blockOf(next.mark.open)) {
			candidates[index] = {...candidate, speaker: next.speaker, source: 'context'};
		}
	}
}

/** Whether the quotation that opens at `open` opens the paragraph that starts at `blockStart`, perhaps after a bare label ("Quote: “…”"). */
function opensBlock(text: string, blockStart: number, open: number): boolean {
	return blockStart === open || (open - blockStart <= 16 && isBareQuoteLabel(text.slice(blockStart, open)));
}

/** `“We will not,” she said, “give up.”`: one sentence quoted in two pieces around its attribution. */
function isSplitByAttribution(text: string, first: Candidate, second: Candidate): boolean {
	if (first.source !== 'sentence' || first.act === null || first.mark.single !== second.mark.single) return false;
	const lastPart = first.mark.parts.at(-1);
	const firstPart = second.mark.parts[0];
	if (lastPart === undefined || firstPart === undefined || text[lastPart.end] !== ',') return false;
	const between = text.slice(first.mark.close, second.mark.open);
	return first.act.act.at > first.mark.close && first.act.act.at < second.mark.open &&
		/^,?\s[^.!?“”"]{1,100},\s*$/u.test(between) && /^\p{Ll}/u.test(text.slice(firstPart.start, firstPart.end));
}

function toQuote(article: Article, sentences: readonly Sentence[], candidate: Candidate): Quote | null {
	const {text} = article;
	const {mark, speaker, source} = candidate;
	const quoted = quotedText(text, mark).trim();
	if (quoted === '') return null;
	const sentence = sentences[indexOfSentence(sentences, mark.open)]!;
	const short = hasAtMostWords(quoted, shortQuoteWords);
	const fragment = short && isEmbedded(text, sentence, mark);
	if (short && (isTitleCase(quoted) || isNamedTerm(text, mark))) return null;
	if (fragment ? source !== 'sentence' : short && source === 'none') return null;
	const first = mark.parts[0]!;
	const last = mark.parts.at(-1)!;
	return {
		text: quoted,
		speaker: speaker?.speaker ?? null,
		speakerAsWritten: speaker?.asWritten ?? null,
		fragment,
		at: {articleId: article.id, sentence: {start: sentence.start, end: sentence.end}, span: {start: first.start, end: last.end}},
	};
}
