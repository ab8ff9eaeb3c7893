import type {Article, ArticleFindings, Brief, Skipped} from '../model.js';
import {groupFigures} from './figureGroups.js';
import {mergeDevelopments} from './mergeDevelopments.js';
import {canonicalizeSpeakers} from './speakers.js';

/** One article cleaned and read: the unit that caches and watch mode keep per file. */
export interface AnalysedArticle {
	readonly article: Article;
	readonly findings: ArticleFindings;
}

/** Joins per-article findings into one brief: speakers made canonical, figures grouped, events merged. */
export function assembleBrief(analysed: readonly AnalysedArticle[], skipped: readonly Skipped[]): Brief {
	const findings = analysed.map(item => item.findings);
	const figures = findings.flatMap(item => item.figures);
	const {quotes, speakers} = canonicalizeSpeakers(findings.flatMap(item => item.quotes));
	return {
		version: 1,
		articles: analysed.map(item => item.article),
		headlines: findings.flatMap(item => item.headlines),
		figures,
		quotes,
		developments: mergeDevelopments(findings.flatMap(item => item.reports)),
		figureGroups: groupFigures(figures),
		speakers,
		skipped: [...skipped],
	};
}
