import type {AnalysedArticle} from '../brief/assembleBrief.js';
import type {Brief, Skipped} from '../model.js';

/**
 * The brief of the articles analysed so far without the cross-article stages (speakers made canonical,
 * figure groups, merged developments): what a large corpus shows while it loads, since those stages
 * look at every article and run once, when all are in.
 */
export function partialBrief(analysed: readonly AnalysedArticle[], skipped: readonly Skipped[]): Brief {
	const findings = analysed.map(item => item.findings);
	return {
		version: 1,
		articles: analysed.map(item => item.article),
		headlines: findings.flatMap(item => item.headlines),
		figures: findings.flatMap(item => item.figures),
		quotes: findings.flatMap(item => item.quotes),
		developments: [],
		figureGroups: [],
		speakers: [],
		skipped: [...skipped],
	};
}
