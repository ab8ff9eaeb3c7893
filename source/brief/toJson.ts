import {visibleControls} from '../clean/controls.js';
import type {Brief} from '../model.js';
import type {SinceNote} from './since.js';

/** One list of the JSON brief: its name and its items, each mapped to its JSON form only when reached. */
type Section = readonly [name: string, items: Iterable<unknown>];

/** The lists of the JSON brief, in contract order. */
function sections(brief: Brief): Section[] {
	return [
		section('articles', brief.articles, article => ({
			id: article.id,
			path: visibleControls(article.path),
			title: article.title,
			source: article.source,
			published: article.published,
			words: article.words,
		})),
		section('headlines', brief.headlines, headline => ({
			text: headline.text,
			articleId: headline.articleId,
			kind: headline.kind,
			span: headline.span,
		})),
		section('figures', brief.figures, figure => ({
			text: figure.text,
			value: figure.value,
			unit: figure.unit,
			label: figure.label,
			articleId: figure.at.articleId,
			sentence: figure.sentence,
			approximate: figure.approximate,
			qualifier: figure.qualifier,
			span: figure.at.span,
		})),
		section('quotes', brief.quotes, quote => ({
			text: quote.text,
			speaker: quote.speaker,
			articleId: quote.at.articleId,
			fragment: quote.fragment,
			span: quote.at.span,
		})),
		section('developments', brief.developments, development => ({
			text: development.text,
			date: development.date,
			articleIds: development.articleIds,
			reports: development.reports.map(report => ({articleId: report.articleId, text: report.text, date: report.date})),
		})),
		section('figureGroups', brief.figureGroups, group => ({
			label: group.label,
			unit: group.unit,
			min: group.min,
			max: group.max,
			figures: group.figures,
			articleIds: group.articleIds,
			conflicting: group.conflicting,
		})),
		section('speakers', brief.speakers, speaker => speaker),
		section('skipped', brief.skipped, skipped => ({path: visibleControls(skipped.path), reason: visibleControls(skipped.reason)})),
	];
}

function section<T>(name: string, items: readonly T[], item: (value: T) => unknown): Section {
	return [name, mapEach(items, item)];
}

function* mapEach<T>(items: readonly T[], item: (value: T) => unknown): Iterable<unknown> {
	for (const value of items) yield item(value);
}

/**
 * The brief as the public JSON contract (`brief-schema.md`). Contract fields keep their names and meaning;
 * additions (offsets, approximate, qualifier, reports, groups, speakers) only add.
 */
export function toJson(brief: Brief, since?: SinceNote): unknown {
	return {version: brief.version, ...(since === undefined ? {} : {since}), ...Object.fromEntries(sections(brief).map(([name, items]) => [name, [...items]]))};
}

interface Sink {
	write(chunk: string): boolean;
	once(event: 'drain', listener: () => void): unknown;
}

/**
 * Writes the JSON brief item by item, waiting when the sink is full: a brief of 10,000 articles is
 * never held as one string, nor as a second tree of objects. A `--since` output says so in `since`.
 */
export async function writeJson(brief: Brief, sink: Sink, since?: SinceNote): Promise<void> {
	let buffer = `{\n  "version": ${JSON.stringify(brief.version)},\n${since === undefined ? '' : `  "since": ${JSON.stringify(since)},\n`}`;
	const flush = async (force: boolean) => {
		if (!force && buffer.length < 1 << 16) return;
		const chunk = buffer;
		buffer = '';
		if (!sink.write(chunk)) await new Promise<void>(resolve => sink.once('drain', resolve));
	};
	const lists = sections(brief);
	for (const [position, [name, items]] of lists.entries()) {
		buffer += `  ${JSON.stringify(name)}: [`;
		let written = 0;
		for (const item of items) {
			buffer += `${written++ === 0 ? '\n' : ',\n'}    ${JSON.stringify(item)}`;
			await flush(false);
		}
		buffer += `${written > 0 ? '\n  ' : ''}]${position === lists.length - 1 ? '' : ','}\n`;
	}
	buffer += '}\n';
	await flush(true);
}
