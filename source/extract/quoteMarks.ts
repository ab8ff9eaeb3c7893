import type {Block, Span} from '../model.js';
import {isLetterOrDigitCode} from '../text/charCodes.js';
import {NextCharacter} from './nextCharacter.js';

/** A quotation found by its marks, before anyone is attributed. */
export interface QuotedSpan {
	/** Offset of the opening mark. */
	readonly open: number;
	/** Offset just after the closing mark, or the end of the last paragraph when the quote is never closed. */
	readonly close: number;
	/** The quoted text of each paragraph the quotation runs over, without marks or a trailing comma. */
	readonly parts: readonly Span[];
	readonly closed: boolean;
	/** True for quotes in single marks (‘…’ or '…') used outside double quotes. */
	readonly single: boolean;
}

const markCharacter = /["“”„«»‘’'‚‹›]/g;
const doubleMarkCharacter = /["“”„«»]/g;
/** Every mark but the closing singles ’ and ›, which only matter inside single quotes. */
const openingMarkCharacter = /["“”„«»‘'‚‹]/g;

// The marks by character code: the scan reads codes, so that no mark becomes a string of its own.
const quotationMark = 34;
const apostrophe = 39;

/** “ „ « */
function isOpeningDouble(code: number): boolean {
	return code === 0x201c || code === 0x201e || code === 0xab;
}

/** ” » */
function isClosingDouble(code: number): boolean {
	return code === 0x201d || code === 0xbb;
}

function isDoubleMark(code: number): boolean {
	return code === quotationMark || isOpeningDouble(code) || isClosingDouble(code);
}

/** ‘ ' ‚ ‹ */
function isOpeningSingle(code: number): boolean {
	return code === 0x2018 || code === apostrophe || code === 0x201a || code === 0x2039;
}

/** ’ ' › */
function isClosingSingle(code: number): boolean {
	return code === 0x2019 || code === apostrophe || code === 0x203a;
}

/** A space, or nothing at all (NaN, outside the text or its paragraph). */
function isSpace(code: number): boolean {
	return Number.isNaN(code) || code === 32 || code === 9 || code === 10 || code === 0xa0;
}

/** ( [ { — – - / : “ ‘ " ' */
const opensAfterCodes = new Set([...'([{—–-/:“‘"\''].map(char => char.charCodeAt(0)));

/** What may stand right before an opening mark: nothing, a space, a bracket, a dash, a slash or another mark. */
function opensAfter(code: number): boolean {
	return isSpace(code) || opensAfterCodes.has(code);
}

/** The code at `index` when it lies in [start, end), else NaN. */
function codeWithin(text: string, index: number, start: number, end: number): number {
	return index >= start && index < end ? text.charCodeAt(index) : Number.NaN;
}

/** A mark in opening position: after a space or bracket and before text. */
function inOpeningPosition(text: string, index: number, end: number): boolean {
	return opensAfter(codeWithin(text, index - 1, 0, end)) && !isSpace(codeWithin(text, index + 1, 0, end));
}

/** A mark in closing position: after text and before a space, punctuation or the end. */
function inClosingPosition(text: string, index: number, start: number, end: number): boolean {
	return !isSpace(codeWithin(text, index - 1, start, end)) && !isLetterOrDigitCode(codeWithin(text, index + 1, start, end));
}

/** The inner text of a quote piece: spaces trimmed, and the comma that hands over to the attribution dropped. */
function innerSpan(text: string, start: number, end: number): Span {
	while (start < end && isSpace(text.charCodeAt(start))) start++;
	while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
	if (end > start && text[end - 1] === ',') end--;
	while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
	return {start, end};
}

function addPart(parts: Span[], part: Span): void {
	if (part.end > part.start) parts.push(part);
}

function startsWithOpeningDouble(text: string, block: Block | undefined): boolean {
	if (block === undefined || block.kind !== 'paragraph' || block.end <= block.start) return false;
	const first = text.charCodeAt(block.start);
	return isOpeningDouble(first) || (first === quotationMark && !isSpace(text.charCodeAt(block.start + 1)));
}

const singleMark = /[‘’'‚‹›]/g;

/**
 * Plural possessives inside single quotes: in ‘The soldiers’ morale holds,’ the mark after "soldiers" is an
 * apostrophe, because a closing mark follows before any quotation opens. What a look-ahead found is kept
 * until the scan passes it, so a paragraph is read ahead at most once.
 */
class PluralPossessives {
	/** The look-ahead covers the marks after `from` up to `until`; `closes` says whether it ended at a closing mark. */
	private from = -1;
	private until = -1;
	private closes = false;

	/** A mark after "s", before a space and a lowercase word, that a later closing mark shows is an apostrophe. */
	isApostrophe(text: string, index: number, end: number): boolean {
		if (text[index - 1] !== 's' || text[index + 1] !== ' ' || !/\p{Ll}/u.test(text[index + 2] ?? '')) return false;
		if (index <= this.from || index >= this.until) this.lookAhead(text, index, end);
		return this.closes;
	}

	private lookAhead(text: string, index: number, end: number): void {
		this.from = index;
		this.until = end;
		this.closes = false;
		singleMark.lastIndex = index + 1;
		while (singleMark.test(text)) {
			const at = singleMark.lastIndex - 1;
			if (at >= end) return;
			const code = text.charCodeAt(at);
			if (isOpeningSingle(code) && inOpeningPosition(text, at, end)) {
				this.until = at;
				return;
			}
			if (isClosingSingle(code) && inClosingPosition(text, at, index, end)) {
				this.until = at;
				this.closes = true;
				return;
			}
		}
	}
}

/**
 * Every quotation in the paragraph blocks of `text`, in order. One pass over the characters: double marks
 * pair by position (so an opening “ closed by a straight " still pairs), single marks only count outside
 * double quotes and never between two letters (Russia’s, don’t), and a quotation left open at the end of a
 * paragraph continues when the next paragraph opens with a mark (the convention for quotes that run over
 * several paragraphs).
 */
export function scanQuotes(text: string, blocks: readonly Block[]): QuotedSpan[] {
	const quotes: QuotedSpan[] = [];
	const doubles = new NextCharacter(text, doubleMarkCharacter);
	const anyMarks = new NextCharacter(text, markCharacter);
	const openings = new NextCharacter(text, openingMarkCharacter);
	// An open double quote may carry over into the next paragraph.
	let open = -1;
	let innerStart = 0;
	let parts: Span[] = [];
	for (let blockIndex = 0; blockIndex < blocks.length; blockIndex++) {
		const block = blocks[blockIndex]!;
		if (block.kind !== 'paragraph') continue;
		const {start, end} = block;
		let singleOpen = -1;
		const plural = new PluralPossessives();
		// Jump from mark to mark: the regex engine skips the plain text far faster than a character loop. Only the
		// marks that can change the state are looked for: inside double quotes the double marks, and outside any
		// quote the opening ones, so that apostrophes (“we’re”, Russia’s) are mostly skipped with the text.
		for (let from = start; ; ) {
			const index = (open >= 0 ? doubles : singleOpen >= 0 ? anyMarks : openings).from(from);
			if (index < 0 || index >= end) break;
			from = index + 1;
			const code = text.charCodeAt(index);
			if (open >= 0) {
				if (!isDoubleMark(code) || index < innerStart) continue;
				if (isClosingDouble(code) || (code === quotationMark && inClosingPosition(text, index, start, end))) {
					addPart(parts, innerSpan(text, innerStart, index));
					if (parts.length > 0) quotes.push({open, close: index + 1, parts, closed: true, single: false});
					open = -1;
					parts = [];
				}
				continue;
			}
			if (isDoubleMark(code)) {
				if (isOpeningDouble(code) ? !isSpace(text.charCodeAt(index + 1)) : code === quotationMark && inOpeningPosition(text, index, end)) {
					open = index;
					innerStart = index + 1;
					singleOpen = -1;
				}
				continue;
			}
			if (singleOpen < 0) {
				if (isOpeningSingle(code) && inOpeningPosition(text, index, end) && /\p{L}/u.test(text[index + 1] ?? '')) {
					singleOpen = index;
				}
			} else if (isClosingSingle(code) && inClosingPosition(text, index, start, end) && !plural.isApostrophe(text, index, end)) {
				const inner = innerSpan(text, singleOpen + 1, index);
				if (inner.end > inner.start) quotes.push({open: singleOpen, close: index + 1, parts: [inner], closed: true, single: true});
				singleOpen = -1;
			}
		}
		if (open < 0) continue;
		addPart(parts, innerSpan(text, innerStart, end));
		const next = blocks[blockIndex + 1];
		if (startsWithOpeningDouble(text, next)) {
			innerStart = next!.start + 1;
			continue;
		}
		if (parts.length > 0) quotes.push({open, close: end, parts, closed: false, single: false});
		open = -1;
		parts = [];
	}
	return quotes;
}

/** The quoted text: the pieces joined by spaces. */
export function quotedText(text: string, quote: QuotedSpan): string {
	return quote.parts.map(part => text.slice(part.start, part.end)).join(' ');
}
