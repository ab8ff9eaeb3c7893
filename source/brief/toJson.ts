import {visibleControls} from '../clean/controls.js';
import type {Brief} from '../model.js';

/**
 * The brief as the public JSON contract (`brief-schema.md`). Contract fields keep their names and meaning;
 * additions (offsets, approximate, reports, groups, speakers) only add.
 */
export function toJson(brief: Brief): unknown {
	return {
		version: brief.version,
		articles: brief.articles.map(article => ({
			id: article.id,
			path: visibleControls(article.path),
			title: article.title,
			source: article.source,
			published: article.published,
			words: article.words,
		})),
		headlines: brief.headlines.map(headline => ({
			text: headline.text,
			articleId: headline.articleId,
			kind: headline.kind,
			span: headline.span,
		})),
		figures: brief.figures.map(figure => ({
			text: figure.text,
			value: figure.value,
			unit: figure.unit,
			label: figure.label,
			articleId: figure.at.articleId,
			sentence: figure.sentence,
			approximate: figure.approximate,
			span: figure.at.span,
		})),
		quotes: brief.quotes.map(quote => ({
			text: quote.text,
			speaker: quote.speaker,
			articleId: quote.at.articleId,
			fragment: quote.fragment,
			span: quote.at.span,
		})),
		developments: brief.developments.map(development => ({
			text: development.text,
			date: development.date,
			articleIds: development.articleIds,
			reports: development.reports.map(report => ({articleId: report.articleId, text: report.text, date: report.date})),
		})),
		figureGroups: brief.figureGroups.map(group => ({
			label: group.label,
			unit: group.unit,
			min: group.min,
			max: group.max,
			figures: group.figures,
			articleIds: group.articleIds,
			conflicting: group.conflicting,
		})),
		speakers: brief.speakers,
		skipped: brief.skipped.map(skipped => ({path: visibleControls(skipped.path), reason: visibleControls(skipped.reason)})),
	};
}
