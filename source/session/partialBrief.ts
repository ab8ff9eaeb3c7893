import {type AnalysedArticle, assembleBrief} from '../brief/assembleBrief.js';
import {groupFigures} from '../brief/figureGroups.js';
import type {Brief, Development, Quote, Skipped, Speaker} from '../model.js';

/**
 * What a full assembly found across articles that is too costly to find again for every brief of a large
 * corpus while it loads: merged developments and canonical speakers (the speakers held by their quotes,
 * since a later brief orders its quotes differently).
 */
export interface CrossArticle {
	readonly developments: readonly Development[];
	readonly speakers: readonly Speaker[];
	/** Each quote as extracted -> the same quote with its speaker made canonical. */
	readonly canonical: ReadonlyMap<Quote, Quote>;
}

/** The cross-article part of `full`, the brief `assembleBrief` made of `analysed`. */
export function crossArticleOf(analysed: readonly AnalysedArticle[], full: Brief): CrossArticle {
	// assembleBrief keeps each quote where it was, one for one, and only names its speaker anew.
	const extracted = analysed.flatMap(item => item.findings.quotes);
	return {
		developments: full.developments,
		speakers: full.speakers,
		canonical: new Map(extracted.map((quote, i) => [quote, full.quotes[i] ?? quote])),
	};
}

/**
 * The brief of the articles analysed so far without merging developments and speakers again (they look at
 * every article: on a large corpus one merge takes a large part of a second): each article's own findings,
 * figures grouped (a small part of that cost), and the developments and speakers `cross` found in the
 * articles analysed before. What a loading dashboard showed stays on screen and every count is of the same
 * kind as the final brief's; the reports and speakers of articles analysed since wait for the next merge.
 */
export function partialBrief(analysed: readonly AnalysedArticle[], skipped: readonly Skipped[], cross: CrossArticle | null = null): Brief {
	const findings = analysed.map(item => item.findings);
	const figures = findings.flatMap(item => item.figures);
	const quotes = findings.flatMap(item => item.quotes);
	return {
		version: 1,
		articles: analysed.map(item => item.article),
		headlines: findings.flatMap(item => item.headlines),
		figures,
		quotes: cross === null ? quotes : quotes.map(quote => cross.canonical.get(quote) ?? quote),
		developments: [...(cross?.developments ?? [])],
		figureGroups: groupFigures(figures),
		speakers: [...(cross?.speakers ?? [])],
		skipped: [...skipped],
	};
}

/** When to run the cross-article stages again, as `ProgressiveAssembly` measures them. */
export interface AssemblyPace {
	/** Below this cost (ms) every brief is assembled in full. */
	readonly fullMs: number;
	/** Above it, a full assembly waits until this many times its last cost has passed since it ran. */
	readonly costFactor: number;
	readonly now: () => number;
}

export const defaultPace: AssemblyPace = {fullMs: 10, costFactor: 6, now: () => performance.now()};

/**
 * Briefs of a corpus that is still loading. While a full assembly is cheap every brief gets one; once it
 * is not, most briefs carry the cross-article findings of the last one (`partialBrief`) and a full assembly
 * runs again when its last cost, `costFactor` times over, has passed: the main thread spends a bounded
 * share of its time on them, and keys wait for one at most.
 */
export class ProgressiveAssembly {
	private cross: CrossArticle | null = null;
	private cost = 0;
	private lastFull = Number.NEGATIVE_INFINITY;

	constructor(private readonly pace: AssemblyPace = defaultPace) {}

	brief(analysed: readonly AnalysedArticle[], skipped: readonly Skipped[]): Brief {
		const start = this.pace.now();
		if (this.cost >= this.pace.fullMs && start - this.lastFull < this.cost * this.pace.costFactor) return partialBrief(analysed, skipped, this.cross);
		const full = assembleBrief(analysed, skipped);
		this.lastFull = this.pace.now();
		this.cost = this.lastFull - start;
		if (this.cost >= this.pace.fullMs) this.cross = crossArticleOf(analysed, full);
		return full;
	}
}
