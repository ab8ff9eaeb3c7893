import type {Report} from '../model.js';
import {eventPart, inDifferentPlaces, reportActor, reportPlaces, reportTerms, type TermKind} from './similarityTerms.js';

/** Whether a report tells of something that will happen, something that happened, or neither clearly. */
export type Tense = 'future' | 'past' | 'open';

/** What a report's wording gives for comparing it, shared by every report of the same text. */
export interface TextVector {
	/** Term ids, ascending. */
	readonly ids: Int32Array;
	/** Weights matching `ids`, L2-normalised. */
	readonly weights: Float64Array;
	/** 1 where the term matching `ids` is an ordinary word (not a name or number). */
	readonly ordinary: Uint8Array;
	/** Length of the part of the vector made of ordinary words (not names or numbers): what happened. */
	readonly wordNorm: number;
	readonly tense: Tense;
	/** The report denies or dismisses something ("the Kremlin dismissed reports ..."). */
	readonly denial: boolean;
	/** Term ids of the places it sets its event in ("in Kherson"); see {@link reportPlaces}. */
	readonly places: readonly number[];
	/** Who acts in it, when it opens with a name: the ids of the terms that name them; see {@link reportActor}. */
	readonly actor: {readonly ids: readonly number[]; readonly state: boolean} | null;
}

/** A report reduced to what comparing it needs: a unit-length TF-IDF vector and the facts that veto a merge. */
export interface ReportVector {
	readonly text: TextVector;
	/** Index of `text` among the distinct texts of the merge. */
	readonly textIndex: number;
	/** Days since the epoch, or null for an undated report. */
	readonly day: number | null;
	readonly articleId: string;
}

const kindWeight: Readonly<Record<TermKind, number>> = {word: 1, name: 1.5, number: 2};

const futureCue = /\b(?:will|shall|(?:is|are) (?:now )?(?:likely|set|due|expected|going|poised|scheduled|about) to|plans? to|aims? to|intends? to|to call|vows? to)\b/i;
const pastCue = /\b(?:\w{3,}ed|said|told|held|met|spoke|spoken|struck|shot|won|lost|sent|gave|began|fought|took|had|was|were|did)\b/i;
const denialCue = /\b(?:den(?:y|ied|ies)|dismiss(?:ed|es)?|reject(?:ed|s)?|refut(?:ed|es)?|false|fiction|fake|did not happen|never happened)\b/i;

/** The tense of the main clause: whichever cue comes first, so "X will call Y, a diplomat said" is future. */
export function reportTense(text: string): Tense {
	const future = text.search(futureCue);
	const past = text.search(pastCue);
	if (future < 0) return past < 0 ? 'open' : 'past';
	return past < 0 || future < past ? 'future' : 'past';
}

function epochDay(iso: string | null): number | null {
	if (iso === null) return null;
	const time = Date.parse(`${iso}T00:00:00Z`);
	return Number.isNaN(time) ? null : Math.round(time / 86_400_000);
}

/** A text's terms as ids: every occurrence in order, and each id once. */
export interface TextTerms {
	readonly occurrences: readonly number[];
	readonly distinct: readonly number[];
}

/** Term ids and document frequencies shared by every report of one merge. */
export class TermTable {
	readonly ids = new Map<string, number>();
	readonly documentFrequency: number[] = [];
	/** A term's kind over all reports: a word seen capitalised mid-sentence anywhere is a name everywhere. */
	readonly kinds: TermKind[] = [];
	/** Texts already read: a text repeated (wire copy, a live blog's recap) is tokenised once. */
	private readonly byText = new Map<string, TextTerms>();
	/** Per term id, the last text that counted it: each text counts a term once without a set per text. */
	private readonly countedBy: number[] = [];

	/** Counts each report's terms once per report; returns the report's terms as ids. */
	add(text: string): TextTerms {
		const known = this.byText.get(text);
		if (known !== undefined) {
			// Kinds only ever move from word to name or number, so the first reading already set them.
			for (const id of known.distinct) this.documentFrequency[id]!++;
			return known;
		}
		const stamp = this.byText.size;
		const occurrences: number[] = [];
		const distinct: number[] = [];
		reportTerms(text, (term, kind) => {
			let id = this.ids.get(term);
			if (id === undefined) {
				id = this.documentFrequency.length;
				this.ids.set(term, id);
				this.documentFrequency.push(0);
				this.kinds.push(kind);
				this.countedBy.push(-1);
			} else if (kind !== 'word') {
				this.kinds[id] = kind;
			}
			if (this.countedBy[id] !== stamp) {
				this.countedBy[id] = stamp;
				this.documentFrequency[id]!++;
				distinct.push(id);
			}
			occurrences.push(id);
		});
		const terms = {occurrences, distinct};
		this.byText.set(text, terms);
		return terms;
	}

	/** Smoothed, so that even in a handful of reports a term they all share still counts for something. */
	inverseFrequency(id: number, reports: number): number {
		return Math.log(1 + reports / this.documentFrequency[id]!);
	}
}

/**
 * The vectors of a merge's reports, in order, the distinct texts they share (a report of a repeated
 * text points to the one {@link TextVector} of it) and the table of their terms.
 */
export function reportVectors(reports: readonly Report[]): {vectors: ReportVector[]; texts: TextVector[]; table: TermTable} {
	const table = new TermTable();
	const terms = reports.map(report => table.add(report.text));
	const textIndex = new Map<TextTerms, number>();
	const distinct: Array<{readonly text: string; readonly terms: TextTerms}> = [];
	const textOf = reports.map((report, index) => {
		const textTerms = terms[index]!;
		let at = textIndex.get(textTerms);
		if (at === undefined) {
			at = distinct.length;
			textIndex.set(textTerms, at);
			distinct.push({text: report.text, terms: textTerms});
		}
		return at;
	});
	const builder = new VectorBuilder(table, reports.length, distinct.reduce((sum, item) => sum + item.terms.distinct.length, 0));
	const texts = distinct.map(item => builder.vector(item.text, item.terms));
	const days = new Map<string, number | null>();
	const vectors = reports.map((report, index) => {
		let day: number | null = null;
		if (report.date !== null) {
			day = days.get(report.date) ?? epochDay(report.date);
			days.set(report.date, day);
		}
		const at = textOf[index]!;
		return {text: texts[at]!, textIndex: at, day, articleId: report.articleId};
	});
	return {vectors, texts, table};
}

/**
 * Builds unit vectors (term frequency × kind weight × IDF) whose arrays are views into three shared
 * ones, so tens of thousands of texts cost three allocations rather than three each.
 */
class VectorBuilder {
	private readonly ids: Int32Array;
	private readonly weights: Float64Array;
	private readonly ordinary: Uint8Array;
	/** Each term's weight in the text at hand, by term id; zero again after each text. */
	private readonly dense: Float64Array;
	private used = 0;

	constructor(
		private readonly table: TermTable,
		private readonly reports: number,
		size: number,
	) {
		this.ids = new Int32Array(size);
		this.weights = new Float64Array(size);
		this.ordinary = new Uint8Array(size);
		this.dense = new Float64Array(table.documentFrequency.length);
	}

	vector(text: string, terms: TextTerms): TextVector {
		const {table, dense} = this;
		const start = this.used;
		const end = start + terms.distinct.length;
		this.used = end;
		const ids = this.ids.subarray(start, end);
		const weights = this.weights.subarray(start, end);
		const ordinary = this.ordinary.subarray(start, end);
		// Each occurrence adds its weight; every occurrence of a term adds the same amount.
		for (const id of terms.occurrences) dense[id]! += kindWeight[table.kinds[id]!] * table.inverseFrequency(id, this.reports);
		ids.set(terms.distinct);
		ids.sort();
		let norm = 0;
		let words = 0;
		for (let index = 0; index < ids.length; index++) {
			const id = ids[index]!;
			const weight = dense[id]!;
			dense[id] = 0;
			weights[index] = weight;
			norm += weight * weight;
			if (table.kinds[id] === 'word') {
				ordinary[index] = 1;
				words += weight * weight;
			}
		}
		norm = Math.sqrt(norm) || 1;
		for (let index = 0; index < weights.length; index++) weights[index]! /= norm;
		const places: number[] = [];
		const event = eventPart(text);
		for (const place of reportPlaces(text, event)) {
			const id = table.ids.get(place);
			if (id !== undefined && !places.includes(id)) places.push(id);
		}
		const actor = reportActor(text, event);
		const actorIds = actor?.terms.map(term => table.ids.get(term)).filter(id => id !== undefined) ?? [];
		return {
			ids,
			weights,
			ordinary,
			wordNorm: Math.sqrt(words) / norm,
			tense: reportTense(text),
			denial: denialCue.test(text),
			places,
			actor: actor === null || actorIds.length === 0 ? null : {ids: actorIds, state: actor.state},
		};
	}
}

/** How alike two reports are: cosine over all terms, and cosine over their ordinary words alone. */
export interface Similarity {
	readonly all: number;
	readonly words: number;
}

/**
 * One report's vector spread over every term id, so comparing it with another costs one pass over the
 * other's terms (and no merge walk over both).
 */
export class Probe {
	private readonly dense: Float64Array;
	private loaded: TextVector | undefined;

	constructor(terms: number) {
		this.dense = new Float64Array(terms);
	}

	/** Makes `vector` the one compared. */
	load(vector: TextVector): void {
		if (this.loaded === vector) return;
		if (this.loaded !== undefined) for (const id of this.loaded.ids) this.dense[id] = 0;
		for (let index = 0; index < vector.ids.length; index++) this.dense[vector.ids[index]!] = vector.weights[index]!;
		this.loaded = vector;
	}

	/** Both cosines between the loaded vector and `other`. */
	similarity(other: TextVector): Similarity {
		const {dense} = this;
		let all = 0;
		let words = 0;
		// A term the loaded vector lacks adds 0: the sums are those of the shared terms, in the same order.
		for (let index = 0; index < other.ids.length; index++) {
			const product = dense[other.ids[index]!]! * other.weights[index]!;
			all += product;
			if (other.ordinary[index] === 1) words += product;
		}
		const wordScale = (this.loaded?.wordNorm ?? 0) * other.wordNorm;
		return {all, words: wordScale === 0 ? 0 : words / wordScale};
	}
}

/** Days apart beyond which two dated reports are different events (yesterday's strike and today's). */
const maxDaysApart = 2;

function mentions(vector: TextVector, id: number): boolean {
	let low = 0;
	let high = vector.ids.length - 1;
	while (low <= high) {
		const middle = (low + high) >> 1;
		const at = vector.ids[middle]!;
		if (at === id) return true;
		if (at < id) low = middle + 1;
		else high = middle - 1;
	}
	return false;
}

/**
 * Whether two reports tell of different actors doing alike: each opens with who acts, two states or two people or
 * bodies, and neither names the other ("The EU adopted a package of sanctions…" and "Britain adopted a package of
 * sanctions…"; "Zelensky met Macron…" and "Scholz met Macron…").
 */
function byDifferentActors(a: TextVector, b: TextVector): boolean {
	const {actor} = a;
	const other = b.actor;
	if (actor === null || other === null || actor.state !== other.state || actor.ids[0] === other.ids[0]) return false;
	return !actor.ids.some(id => mentions(b, id)) && !other.ids.some(id => mentions(a, id));
}

/**
 * Facts that keep two similar-sounding reports apart: a plan and a past event, a claim and its denial,
 * two dates (or, in one article, two days), two places, two actors.
 */
export function compatible(a: ReportVector, b: ReportVector): boolean {
	if (a.text.tense !== b.text.tense && a.text.tense !== 'open' && b.text.tense !== 'open') return false;
	if (a.text.denial !== b.text.denial) return false;
	if (inDifferentPlaces(a.text.places, b.text.places, place => mentions(a.text, place), place => mentions(b.text, place))) return false;
	if (byDifferentActors(a.text, b.text)) return false;
	if (a.day === null || b.day === null) return true;
	// One article dates what it tells: two of its reports on different days tell two events (its news, its background).
	return a.articleId === b.articleId ? a.day === b.day : Math.abs(a.day - b.day) <= maxDaysApart;
}
