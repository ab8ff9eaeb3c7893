import {describe, expect, it} from 'vitest';
import type {Brief} from '../../source/model.js';
import {type DashboardLists, type Entry, ListBuilder, buildLists} from '../../source/ui/entries.js';
import {sampleBrief} from '../fixtures/ui/brief.js';

const brief = sampleBrief();

/** The brief as a load in progress shows it: the findings of the first `ids` articles, as the same objects. */
function loadedSoFar(full: Brief, ids: readonly string[]): Brief {
	const has = (id: string) => ids.includes(id);
	return {
		...full,
		articles: full.articles.filter(article => has(article.id)),
		headlines: full.headlines.filter(item => has(item.articleId)),
		figures: full.figures.filter(item => has(item.at.articleId)),
		quotes: full.quotes.filter(item => has(item.at.articleId)),
		developments: [],
		figureGroups: [],
		speakers: [],
	};
}

/** What a reader sees of every row: its key, its cells and what Enter opens. */
function shown(lists: DashboardLists) {
	return Object.fromEntries((Object.entries(lists) as [string, readonly Entry[]][]).map(([pane, rows]) => [pane, rows.map(row => ({key: row.key, cells: row.cells, open: row.open}))]));
}

describe('ListBuilder', () => {
	it('keeps the rows of the items a growing brief already had, and makes the same rows a fresh build makes', () => {
		const builder = new ListBuilder();
		const early = builder.build(loadedSoFar(brief, ['a0', 'a1']), new Set());
		const later = loadedSoFar(brief, ['a0', 'a1', 'a3']);
		const grown = builder.build(later, new Set());

		const firstQuote = early.quotes[0];
		expect(firstQuote).toBeDefined();
		expect(grown.quotes).toContain(firstQuote);
		expect(grown.headlines.slice(0, early.headlines.length)).toEqual(early.headlines);
		expect(grown.quotes.length).toBeGreaterThan(early.quotes.length);
		expect(shown(grown)).toEqual(shown(buildLists(later, new Set())));
	});

	it('finds the rows it had after the items of a new article arrive before them', () => {
		const builder = new ListBuilder();
		const before = builder.build(loadedSoFar(brief, ['a0', 'a3']), new Set());
		const after = builder.build(loadedSoFar(brief, ['a0', 'a1', 'a3']), new Set());
		const a3Quote = before.quotes.find(row => row.key.includes('|a3|'));
		expect(a3Quote).toBeDefined();
		expect(after.quotes).toContain(a3Quote);
	});

	it('makes new rows for an article read again, with what the new article says', () => {
		const builder = new ListBuilder();
		const first = builder.build(brief, new Set());
		expect(first.quotes[0]?.cells[2]).toBe('000_93396fbf0bbdbe70');
		const articles = brief.articles.map(article => (article.id === 'a0' ? {...article, source: 'Kyiv Post'} : article));
		const renamed: Brief = {...brief, articles, quotes: brief.quotes.map(quote => (quote.at.articleId === 'a0' ? {...quote} : quote))};
		const second = builder.build(renamed, new Set());
		expect(second.quotes[0]).not.toBe(first.quotes[0]);
		expect(second.quotes[0]?.cells[2]).toBe('Kyiv Post');
		expect(second.quotes.at(-1)).toBe(first.quotes.at(-1));
	});

	it('marks developments that became new, though the development is the same', () => {
		const builder = new ListBuilder();
		const before = builder.build(brief, new Set());
		const development = before.developments[0];
		expect(development?.fresh).toBe(false);
		const after = builder.build(brief, new Set([development!.key]));
		expect(after.developments[0]?.fresh).toBe(true);
		expect(after.developments[0]?.cells[3]).toBe('new');
	});

	it('gives back the same list while the brief keeps the same items, so panes showing it skip rendering', () => {
		const builder = new ListBuilder();
		const before = builder.build(brief, new Set());
		const after = builder.build({...brief, skipped: []}, new Set());
		expect(after.quotes).toBe(before.quotes);
		expect(after.headlines).toBe(before.headlines);
	});
});
