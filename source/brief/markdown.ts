import {stripControls, toSafeLine} from '../clean/controls.js';
import type {Brief, Quote} from '../model.js';
import {formatNumber} from './plainText.js';
import {sinceLabel, type SinceNote} from './since.js';
import {sourceLabels, sourceList} from './sourceLabel.js';
import {figureAsWritten, newestPublished} from './summary.js';
import {counted} from '../text/plural.js';

/** Markdown's own syntax characters in article text would turn into links, emphasis or table breaks. */
function escapeMarkdown(text: string): string {
	return toSafeLine(text).replace(/([\\`*_[\]<>|#])/g, '\\$1');
}

function quotesBySpeaker(quotes: readonly Quote[]): Map<string, Quote[]> {
	const bySpeaker = new Map<string, Quote[]>();
	for (const quote of quotes) {
		const speaker = quote.speaker ?? 'Unattributed';
		bySpeaker.set(speaker, [...(bySpeaker.get(speaker) ?? []), quote]);
	}
	return new Map([...bySpeaker].sort((a, b) => b[1].length - a[1].length));
}

/** The brief as Markdown, for pasting into a chat or a report. */
export function markdown(brief: Brief, since?: SinceNote): string {
	const sources = sourceLabels(brief.articles);
	const from = (articleIds: readonly string[]) => sourceList(articleIds, id => escapeMarkdown(sources.get(id) ?? id));
	const newest = newestPublished(brief);
	const out: string[] = [
		`# Ukraine brief${since === undefined ? '' : `: ${escapeMarkdown(sinceLabel(since))}`}`,
		'',
		`${counted(brief.articles.length, 'article')}${newest === null ? '' : `, newest ${newest}`}${brief.skipped.length > 0 ? `, ${counted(brief.skipped.length, 'file')} skipped` : ''}.`,
		'',
		'## Headlines',
		'',
	];
	for (const headline of brief.headlines) {
		const indent = headline.kind === 'section' ? '  ' : '';
		out.push(`${indent}- ${escapeMarkdown(headline.text)} (${from([headline.articleId])})`);
	}

	out.push('', '## Key figures', '', '| Figure | What it measures | Source |', '| --- | --- | --- |');
	for (const figure of brief.figures) {
		out.push(`| ${escapeMarkdown(figureAsWritten(figure))} | ${escapeMarkdown(figure.label)} | ${from([figure.at.articleId])} |`);
	}
	if (brief.figureGroups.length > 0) {
		out.push('', '| Quantity | Range | Sources |', '| --- | --- | --- |');
		for (const group of brief.figureGroups) {
			const range = group.min === group.max ? formatNumber(group.min) : `${formatNumber(group.min)} to ${formatNumber(group.max)}`;
			out.push(`| ${escapeMarkdown(group.label)} | ${range} ${group.unit}${group.conflicting ? ' (sources differ)' : ''} | ${from(group.articleIds)} |`);
		}
	}

	out.push('', '## Quotes');
	for (const [speaker, quotes] of quotesBySpeaker(brief.quotes)) {
		out.push('', `### ${escapeMarkdown(speaker)}`, '');
		for (const quote of quotes) out.push(`> ${escapeMarkdown(stripControls(quote.text))} (${from([quote.at.articleId])})`, '');
	}

	out.push('', '## Developments', '');
	for (const development of brief.developments) {
		out.push(`- **${development.date ?? 'undated'}** ${escapeMarkdown(development.text)} (${from(development.articleIds)})`);
	}
	return `${out.join('\n').replace(/\n{3,}/g, '\n\n')}\n`;
}
