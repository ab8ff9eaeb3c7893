/**
 * What the topmost view shows, derived from state, brief and screen: shared by rendering and by the
 * reducer context, so a key press acts on exactly what is on screen.
 */
import type {Article, Brief} from '../model.js';
import type {TableKind} from './columns.js';
import {type DashboardLists, type Entry, reportEntries, speakerQuoteEntries} from './entries.js';
import {helpLines} from './helpLines.js';
import {type Box, type Layout, type ListShape, contentBox, itemsPerPage, paneBox, sourceTextBox, viewBox} from './layout.js';
import {type TextLine, wrapText} from '../text/wrapText.js';
import {lineOf} from './sourceLines.js';
import {type ListView, type Pane, type ReduceContext, type UiState, type View, topView} from './state.js';

export const paneTitles: Readonly<Record<Pane, string>> = {
	headlines: 'Headlines',
	figures: 'Key figures',
	quotes: 'Quotes',
	developments: 'Developments',
};

/** How each dashboard pane is drawn: a table, or quote blocks. */
export const paneTables: Readonly<Record<Pane, TableKind | 'quotes'>> = {
	headlines: 'headlines',
	figures: 'figures',
	quotes: 'quotes',
	developments: 'developments',
};

export type {ListView} from './state.js';

export function viewTable(view: ListView): TableKind | 'quotes' {
	switch (view.kind) {
		case 'speakers':
			return 'speakers';
		case 'skipped':
			return 'skipped';
		case 'speaker-quotes':
			return 'quotes';
		case 'reports':
			return view.of.kind === 'development' ? 'development-reports' : 'figure-reports';
	}
}

export function viewTitle(view: ListView): string {
	switch (view.kind) {
		case 'speakers':
			return 'Speakers';
		case 'skipped':
			return 'Skipped files';
		case 'speaker-quotes':
			return `Quotes · ${view.speaker}`;
		case 'reports':
			return `Sources · ${view.title}`;
	}
}

/** What identifies a list view's contents: its cursor changes with every move, its contents do not. */
export function viewIdentity(view: View | undefined): string {
	if (view === undefined) return '';
	if (view.kind === 'speaker-quotes') return `speaker:${view.speaker}`;
	if (view.kind === 'reports') return `reports:${view.of.key}`;
	return view.kind;
}

const shapeOf = (table: TableKind | 'quotes'): ListShape => (table === 'quotes' ? 'quotes' : 'table');

export interface ActiveList {
	readonly entries: readonly Entry[];
	readonly shape: ListShape;
	readonly box: Box;
}

/** The list a list view shows (not the dashboard, whose panes come from `DashboardLists`). */
export function viewEntries(view: ListView, lists: DashboardLists, brief: Brief): readonly Entry[] {
	switch (view.kind) {
		case 'speakers':
			return lists.speakers;
		case 'skipped':
			return lists.skipped;
		case 'speaker-quotes':
			return speakerQuoteEntries(brief, view.speaker);
		case 'reports':
			return reportEntries(brief, view.of);
	}
}

/** The entries of a list view. */
export type ViewEntries = (view: ListView) => readonly Entry[];

/**
 * `viewEntries` kept per view for one brief and filter: a view's list is built when it opens, and
 * rendering and every key press after that reuse it.
 */
export function viewEntriesCache(lists: DashboardLists, brief: Brief): ViewEntries {
	const cache = new Map<string, readonly Entry[]>();
	return view => {
		const identity = viewIdentity(view);
		let entries = cache.get(identity);
		if (entries === undefined) {
			entries = viewEntries(view, lists, brief);
			cache.set(identity, entries);
		}
		return entries;
	};
}

/** The list keys act on: the focused pane, or the list of the view on top; null in the source view. */
export function activeList(state: UiState, lists: DashboardLists, brief: Brief, layout: Layout, entriesOf?: ViewEntries): ActiveList | null {
	const view = topView(state);
	if (view === undefined) return {entries: lists[state.focus], shape: shapeOf(paneTables[state.focus]), box: paneBox(layout, state.focus)};
	if (!('cursor' in view)) return null;
	return {entries: entriesOf?.(view) ?? viewEntries(view, lists, brief), shape: shapeOf(viewTable(view)), box: viewBox(layout)};
}

export interface SourceGeometry {
	readonly article: Article;
	readonly lines: readonly TextLine[];
	/** The line of the current mention's sentence. */
	readonly anchorLine: number;
	readonly box: Box;
}

export function sourceGeometry(view: Extract<View, {kind: 'source'}>, brief: Brief, layout: Layout): SourceGeometry | null {
	const article = brief.articles.find(item => item.id === view.target.articleId);
	if (article === undefined) return null;
	const box = sourceTextBox(layout);
	const lines = wrapText(article.text, box.width);
	const mention = view.target.mentions[view.mention] ?? view.target.mentions[0];
	return {article, lines, anchorLine: mention === undefined ? 0 : lineOf(lines, mention.sentence.start), box};
}

export function reduceContextFor(state: UiState, lists: DashboardLists, brief: Brief, layout: Layout, entriesOf?: ViewEntries): ReduceContext {
	if (state.help) {
		const inner = contentBox(viewBox(layout));
		return {list: null, source: null, help: {lines: helpLines(state, inner.width, inner.height).length, page: inner.height}};
	}
	const view = topView(state);
	if (view?.kind === 'source') {
		const geometry = sourceGeometry(view, brief, layout);
		return {
			list: null,
			source: geometry === null ? null : {lines: geometry.lines.length, anchorLine: geometry.anchorLine, page: geometry.box.height},
		};
	}
	const list = activeList(state, lists, brief, layout, entriesOf);
	return {list: list === null ? null : {entries: list.entries, page: itemsPerPage(list.shape, list.box)}, source: null};
}
