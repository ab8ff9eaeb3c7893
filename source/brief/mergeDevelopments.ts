import type {Development, Report} from '../model.js';
import {compatible, reportVector, similarity, TermTable, type ReportVector} from './similarity.js';

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
	const table = new TermTable();
	const occurrences = reports.map(report => table.add(report.text));
	const vectors = reports.map((report, index) => reportVector(report, occurrences[index]!, table, reports.length));
	const clusters: Cluster[] = [];
	const postings = new Map<number, number[]>();
	const hits = new Map<number, number>();

	for (const [index, vector] of vectors.entries()) {
		const keys = blockingKeys(vector, table);
		hits.clear();
		for (const key of keys) {
			const list = postings.get(key);
			if (list === undefined) continue;
			for (let at = Math.max(0, list.length - postingLimit); at < list.length; at++) hits.set(list[at]!, (hits.get(list[at]!) ?? 0) + 1);
		}
		let best = -1;
		let bestScore = mergeThreshold;
		for (const cluster of topCandidates(hits)) {
			const score = clusterSimilarity(vector, clusters[cluster]!, vectors, table, stats);
			if (score >= bestScore) {
				best = cluster;
				bestScore = score;
			}
		}
		if (best < 0) {
			best = clusters.length;
			clusters.push({members: []});
		}
		clusters[best]!.members.push(index);
		for (const key of keys) {
			const list = postings.get(key) ?? [];
			if (list.at(-1) !== best) list.push(best);
			// Trimmed in halves, so keeping only the newest clusters costs O(1) per report on average.
			if (list.length >= 2 * postingLimit) list.splice(0, postingLimit);
			postings.set(key, list);
		}
	}
	return orderDevelopments(clusters.map(cluster => toDevelopment(cluster.members.map(member => reports[member]!))));
}

/** The clusters sharing the most keys with a report (newest first on a tie), at most `candidatesPerReport`. */
function topCandidates(hits: ReadonlyMap<number, number>): number[] {
	const top: number[] = [];
	for (const [cluster, count] of hits) {
		let at = top.length;
		while (at > 0 && (hits.get(top[at - 1]!)! < count || (hits.get(top[at - 1]!) === count && top[at - 1]! < cluster))) at--;
		if (at < candidatesPerReport) {
			top.splice(at, 0, cluster);
			if (top.length > candidatesPerReport) top.pop();
		}
	}
	return top;
}

/** The report's rarest terms that at least one other report has (a term only it has cannot find a partner). */
function blockingKeys(vector: ReportVector, table: TermTable): number[] {
	const shared: number[] = [];
	for (const id of vector.ids) if (table.documentFrequency[id]! >= 2) shared.push(id);
	shared.sort((a, b) => table.documentFrequency[a]! - table.documentFrequency[b]! || a - b);
	return shared.slice(0, keysPerReport);
}

/** Best similarity to the cluster's first members, or 0 when any of them is incompatible with the report. */
function clusterSimilarity(vector: ReportVector, cluster: Cluster, vectors: readonly ReportVector[], table: TermTable, stats: MergeStats | undefined): number {
	let best = 0;
	for (const member of cluster.members.slice(0, membersCompared)) {
		const other = vectors[member]!;
		if (!compatible(vector, other)) return 0;
		if (stats !== undefined) stats.comparisons++;
		const {all, words} = similarity(vector, other, table.kinds);
		if (words >= wordFloor) best = Math.max(best, (all + words) / 2);
	}
	return best;
}

/** How well a report stands alone as the line for its event: a named subject, a date or number, little quotation, a full sentence of moderate length. */
function clarity(report: Report): number {
	let score = 0;
	if (/^(?:he|she|they|it|this|that|these|those|there)\b/i.test(report.text)) score -= 2;
	if (/["“”]/.test(report.text)) score -= 1;
	if (report.text.length > 220) score -= 1;
	if (!/[.!?"”’)]$/.test(report.text)) score -= 1;
	if (report.date !== null) score += 1;
	if (/\d/.test(report.text)) score += 1;
	return score;
}

/**
 * The development of one cluster. Its reports are grouped by article in the order the articles came, the
 * clearest of each article's reports first, so a reader (or a scorer) taking one line per source gets the best.
 */
function toDevelopment(members: readonly Report[]): Development {
	const articleOrder = new Map<string, number>();
	for (const report of members) if (!articleOrder.has(report.articleId)) articleOrder.set(report.articleId, articleOrder.size);
	const reports = members
		.map((report, index) => ({report, index, clarity: clarity(report)}))
		.sort((a, b) => articleOrder.get(a.report.articleId)! - articleOrder.get(b.report.articleId)! || b.clarity - a.clarity || a.index - b.index)
		.map(item => item.report);
	let clearest = reports[0]!;
	for (const report of reports) if (clarity(report) > clarity(clearest)) clearest = report;
	return {
		text: clearest.text,
		date: consensusDate(members),
		articleIds: [...articleOrder.keys()],
		reports,
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
