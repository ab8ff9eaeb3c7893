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

interface Sink {
	write(chunk: string): boolean;
	once(event: 'drain', listener: () => void): unknown;
}

/**
 * Writes the JSON brief item by item, waiting when the sink is full: a brief of 10,000 articles is
 * never held as one string.
 */
export async function writeJson(brief: Brief, sink: Sink): Promise<void> {
	const json = toJson(brief) as Record<string, unknown>;
	const keys = Object.keys(json);
	let buffer = '{\n';
	const flush = async (force: boolean) => {
		if (!force && buffer.length < 1 << 16) return;
		const chunk = buffer;
		buffer = '';
		if (!sink.write(chunk)) await new Promise<void>(resolve => sink.once('drain', resolve));
	};
	for (const [position, key] of keys.entries()) {
		const value = json[key];
		const last = position === keys.length - 1 ? '' : ',';
		if (!Array.isArray(value)) {
			buffer += `  ${JSON.stringify(key)}: ${JSON.stringify(value)}${last}\n`;
			continue;
		}
		buffer += `  ${JSON.stringify(key)}: [`;
		for (const [index, item] of value.entries()) {
			buffer += `${index === 0 ? '\n' : ',\n'}    ${JSON.stringify(item)}`;
			await flush(false);
		}
		buffer += `${value.length > 0 ? '\n  ' : ''}]${last}\n`;
	}
	buffer += '}\n';
	await flush(true);
}
