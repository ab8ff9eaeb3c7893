import {toSafeLine, visibleControls} from '../clean/controls.js';
import type {Brief} from '../model.js';
import {displayWidth} from '../text/width.js';
import {wrappedLines} from '../text/wrapText.js';
import {sinceLabel, type SinceNote} from './since.js';
import {sourceLabels, sourceList} from './sourceLabel.js';
import {figureAsWritten, newestPublished} from './summary.js';
import {counted} from '../text/plural.js';

/** Wraps one item to `width` columns; continuation lines hang two columns in from the item's indent. */
function wrap(text: string, width: number, indent: string): string {
	const line = toSafeLine(text);
	// Most items fit on one line, and need no wrapping.
	if (indent.length + displayWidth(line) <= width) return indent + line;
	const hanging = `${indent}  `;
	return wrappedLines(line, Math.max(20, width - hanging.length))
		.map((line, index) => (index === 0 ? indent : hanging) + line)
		.join('\n');
}

function heading(title: string, count: number): string {
	return `\n${title.toUpperCase()} (${count})\n${'─'.repeat(Math.min(40, title.length + String(count).length + 3))}`;
}

/**
 * The briefing as plain text for a pipe, a file or `less`: no colour, no escape sequences,
 * every line within `width` columns.
 */
export function plainText(brief: Brief, width = 80, since?: SinceNote): string {
	const sources = sourceLabels(brief.articles);
	const from = (articleIds: readonly string[]) => sourceList(articleIds, id => sources.get(id) ?? id);
	const out: string[] = [];

	const newest = newestPublished(brief);
	out.push(
		wrap(`UKRAINE BRIEF${since === undefined ? '' : `, ${sinceLabel(since)}`}: ${counted(brief.articles.length, 'article')}, ${brief.skipped.length} skipped${newest === null ? '' : `, newest ${newest}`}`, width, ''),
	);

	out.push(heading('Headlines', brief.headlines.length));
	for (const headline of brief.headlines) {
		// A section sits under its title; the indent goes in `indent`, as wrapping drops leading spaces from the text.
		const section = headline.kind === 'section';
		out.push(wrap(`${section ? '-' : '*'} ${headline.text} [${from([headline.articleId])}]`, width, section ? '  ' : ''));
	}

	out.push(heading('Key figures', brief.figures.length));
	for (const figure of brief.figures) {
		out.push(wrap(`${figureAsWritten(figure)}: ${figure.label} [${from([figure.at.articleId])}]`, width, '  '));
	}
	if (brief.figureGroups.length > 0) {
		out.push('', '  Same quantity, several sources:');
		for (const group of brief.figureGroups) {
			const range = group.min === group.max ? formatNumber(group.min) : `${formatNumber(group.min)} to ${formatNumber(group.max)}`;
			const flag = group.conflicting ? ', sources differ' : '';
			out.push(wrap(`${group.label}: ${range} ${group.unit} (${counted(group.articleIds.length, 'source')}${flag})`, width, '    '));
		}
	}

	out.push(heading('Quotes', brief.quotes.length));
	for (const quote of brief.quotes) {
		out.push(wrap(`${quote.speaker ?? 'unattributed'}: “${quote.text}” [${from([quote.at.articleId])}]`, width, '  '));
	}

	out.push(heading('Developments', brief.developments.length));
	for (const development of brief.developments) {
		out.push(wrap(`${development.date ?? 'undated'}  ${development.text} [${from(development.articleIds)}]`, width, '  '));
	}

	if (brief.skipped.length > 0) {
		out.push(heading('Skipped files', brief.skipped.length));
		for (const skipped of brief.skipped) out.push(wrap(`${visibleControls(skipped.path)}: ${skipped.reason}`, width, '  '));
	}
	return `${out.join('\n')}\n`;
}

export function formatNumber(value: number): string {
	return value.toLocaleString('en-US', {maximumFractionDigits: 2});
}
