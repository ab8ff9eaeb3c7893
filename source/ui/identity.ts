import type {Figure, FigureGroup, Headline, Provenance, Quote, Report} from '../model.js';

/*
 * Stable identities for what the dashboard lists. Selections are kept by these keys, so they must not
 * depend on list positions, which shift while articles load.
 */

function at(prefix: string, provenance: Provenance): string {
	return `${prefix}|${provenance.articleId}|${provenance.span.start}`;
}

export const headlineKey = (headline: Headline): string => `h|${headline.articleId}|${headline.span.start}`;
export const figureKey = (figure: Figure): string => at('f', figure.at);
export const quoteKey = (quote: Quote): string => at('q', quote.at);
export const reportKey = (report: Report): string => at('r', report.at);
/** Two groups can share a label and unit (estimates of different sizes): the first member tells them apart. */
export const figureGroupKey = (group: FigureGroup, figures: readonly Figure[]): string => {
	const first = figures[group.figures[0] ?? -1];
	return `g|${group.unit}|${group.label}|${first === undefined ? '' : `${first.at.articleId}|${first.at.span.start}`}`;
};
export const speakerKey = (name: string): string => `p|${name}`;
