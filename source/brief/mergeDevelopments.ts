import type {Development, Report} from '../model.js';
import {compatible, Probe, reportVectors, type ReportVector, type TermTable, type TextVector} from './similarity.js';

/**
 * Two reports tell of one event when the mean of their two similarities reaches this: TF-IDF cosine over
 * all terms (who, where, how many) and over ordinary words alone (what happened). See docs/merging.md.
 */
export const mergeThreshold = 0.35;
/** Below this agreement on what happened, shared names alone never merge two reports. */
export const wordFloor = 0.15;
/** Blocking keys per report: its rarest terms that some other report also has. */
const keysPerReport = 6;
/** Clusters remembered per key; older ones drop out, so a very common term cannot make the work quadratic. */
const postingLimit = 32;
/** Candidate clusters compared in full per report, those sharing the most keys first. */
const candidatesPerReport = 6;
/** Members of a cluster a new report is compared with (the first ones, which set its topic). */
const membersCompared = 4;

interface Cluster {
	readonly members: number[];
}

/** Counts the full comparisons a merge makes; tests use it to check that the work grows linearly. */
export interface MergeStats {
	comparisons: number;
}

/**
 * Groups reports of the same event, across articles and within one (a live blog repeating an update),
 * into developments: newest dated first, then undated ones in the order their first report came.
 *
 * Reports are taken in order and each joins the most similar earlier cluster when the similarity
 * reaches `mergeThreshold` and nothing vetoes it (see `compatible`). Candidates come from an inverted
 * index on each report's rarest terms, so the work per report is bounded and the whole is linear.
 */
export function mergeDevelopments(reports: readonly Report[], stats?: MergeStats): Development[] {
	const {vectors, texts, table} = reportVectors(reports);
	// Keys depend on the wording alone, so reports of one text share them.
	const keysOf = texts.map(text => blockingKeys(text, table));
	const clusters: Cluster[] = [];
	// Indexed by term id: the clusters filed under that term, newest last.
	const postings: Array<number[] | undefined> = [];
	// Keys shared with the report at hand, per cluster; `touched` lists the clusters to reset afterwards.
	let hits: Int32Array = new Int32Array(1024);
	const touched: number[] = [];
	const candidates: number[] = [];
	const probe = new Probe(table.documentFrequency.length);

	for (let index = 0; index < vectors.length; index++) {
		const vector = vectors[index]!;
		const keys = keysOf[vector.textIndex]!;
		for (const key of keys) {
			const list = postings[key];
			if (list === undefined) continue;
			for (let at = Math.max(0, list.length - postingLimit); at < list.length; at++) {
				const cluster = list[at]!;
				if (hits[cluster] === 0) touched.push(cluster);
				hits[cluster]!++;
			}
		}
		topCandidates(touched, hits, candidates);
		for (const cluster of touched) hits[cluster] = 0;
		touched.length = 0;
		let best = -1;
		let bestScore = mergeThreshold;
		if (candidates.length > 0) probe.load(vector.text);
		for (const cluster of candidates) {
			const score = clusterSimilarity(vector, clusters[cluster]!, vectors, probe, stats);
			if (score >= bestScore) {
				best = cluster;
				bestScore = score;
			}
		}
		if (best < 0) {
			best = clusters.length;
			clusters.push({members: []});
			if (best === hits.length) hits = grown(hits);
		}
		clusters[best]!.members.push(index);
		for (const key of keys) {
			let list = postings[key];
			if (list === undefined) postings[key] = list = [];
			if (list.at(-1) !== best) list.push(best);
			// Trimmed in halves, so keeping only the newest clusters costs O(1) per report on average.
			if (list.length >= 2 * postingLimit) list.splice(0, postingLimit);
		}
	}
	return orderDevelopments(clusters.map(cluster => toDevelopment(cluster.members.map(member => reports[member]!))));
}

/** Into `top`: the clusters sharing the most keys with a report (newest first on a tie), at most `candidatesPerReport`. */
function topCandidates(clusters: readonly number[], hits: Int32Array, top: number[]): void {
	top.length = 0;
	for (const cluster of clusters) {
		const count = hits[cluster]!;
		let at = top.length;
		while (at > 0 && (hits[top[at - 1]!]! < count || (hits[top[at - 1]!] === count && top[at - 1]! < cluster))) at--;
		if (at < candidatesPerReport) {
			top.splice(at, 0, cluster);
			if (top.length > candidatesPerReport) top.pop();
		}
	}
}

function grown(counts: Int32Array): Int32Array {
	const larger = new Int32Array(counts.length * 2);
	larger.set(counts);
	return larger;
}

/** The report's rarest terms that at least one other report has (a term only it has cannot find a partner). */
function blockingKeys(vector: TextVector, table: TermTable): number[] {
	const shared: number[] = [];
	for (const id of vector.ids) if (table.documentFrequency[id]! >= 2) shared.push(id);
	shared.sort((a, b) => table.documentFrequency[a]! - table.documentFrequency[b]! || a - b);
	return shared.slice(0, keysPerReport);
}

/** Best similarity to the cluster's first members, or 0 when any of them is incompatible with the report. */
/** `probe` holds the report's vector. */
function clusterSimilarity(vector: ReportVector, cluster: Cluster, vectors: readonly ReportVector[], probe: Probe, stats: MergeStats | undefined): number {
	let best = 0;
	const compared = Math.min(cluster.members.length, membersCompared);
	for (let member = 0; member < compared; member++) {
		const other = vectors[cluster.members[member]!]!;
		if (!compatible(vector, other)) return 0;
		if (stats !== undefined) stats.comparisons++;
		const {all, words} = probe.similarity(other.text);
		if (words >= wordFloor) best = Math.max(best, (all + words) / 2);
	}
	return best;
}

const pointsBack = /^(?:he|she|they|it|this|that|these|those|there)\b/i;

/** How well a report stands alone as the line for its event: a named subject, a date or number, little quotation, a full sentence of moderate length. */
function clarity(report: Report): number {
	const {text} = report;
	let score = 0;
	if (pointsBack.test(text)) score -= 2;
	let quoted = false;
	let digit = false;
	for (let index = 0; index < text.length && !(quoted && digit); index++) {
		const code = text.charCodeAt(index);
		if (code === 0x22 || code === 0x201c || code === 0x201d) quoted = true;
		else if (code >= 0x30 && code <= 0x39) digit = true;
	}
	if (quoted) score -= 1;
	if (text.length > 220) score -= 1;
	if (!closingMarks.has(text.at(-1) ?? '')) score -= 1;
	if (report.date !== null) score += 1;
	if (digit) score += 1;
	return score;
}

const closingMarks = new Set(['.', '!', '?', '"', '”', '’', ')']);

/**
 * The development of one cluster. Its reports are grouped by article in the order the articles came, the
 * clearest of each article's reports first, so a reader (or a scorer) taking one line per source gets the best.
 */
function toDevelopment(members: readonly Report[]): Development {
	// Most events are told once: nothing to order or choose.
	if (members.length === 1) {
		const only = members[0]!;
		return {text: only.text, date: only.date, articleIds: [only.articleId], reports: [only]};
	}
	const articleOrder = new Map<string, number>();
	const article = new Int32Array(members.length);
	const clarities = new Int8Array(members.length);
	for (const [index, report] of members.entries()) {
		let rank = articleOrder.get(report.articleId);
		if (rank === undefined) articleOrder.set(report.articleId, (rank = articleOrder.size));
		article[index] = rank;
		clarities[index] = clarity(report);
	}
	const order = Array.from(members.keys()).sort((a, b) => article[a]! - article[b]! || clarities[b]! - clarities[a]! || a - b);
	let clearest = order[0]!;
	for (const index of order) if (clarities[index]! > clarities[clearest]!) clearest = index;
	return {
		text: members[clearest]!.text,
		date: consensusDate(members),
		articleIds: [...articleOrder.keys()],
		reports: order.map(index => members[index]!),
	};
}

/** The date most reports give; on a tie, the earliest, since later reports tend to date the telling. */
function consensusDate(members: readonly Report[]): string | null {
	const counts = new Map<string, number>();
	for (const report of members) if (report.date !== null) counts.set(report.date, (counts.get(report.date) ?? 0) + 1);
	let best: string | null = null;
	for (const [date, count] of counts) {
		const bestCount = best === null ? 0 : counts.get(best)!;
		if (count > bestCount || (count === bestCount && best !== null && date < best)) best = date;
	}
	return best;
}

function orderDevelopments(developments: Development[]): Development[] {
	const dated = developments.filter(development => development.date !== null);
	const undated = developments.filter(development => development.date === null);
	// Stable sort: developments of the same day keep the order their reports came in.
	dated.sort((a, b) => (a.date! < b.date! ? 1 : a.date! > b.date! ? -1 : 0));
	return [...dated, ...undated];
}

/**
 * A stable identity for a development: its first report's article and sentence offset. New reports of a
 * known event join behind the first one, so the key survives reloads that add articles.
 */
export function developmentKey(development: Development): string {
	const first = development.reports[0];
	return first === undefined ? `text:${development.text}` : `${first.articleId}@${first.at.sentence.start}`;
}
