/**
 * What the topmost view shows, derived from state, brief and screen: shared by rendering and by the
 * reducer context, so a key press acts on exactly what is on screen.
 */
import type {Article, Brief} from '../model.js';
import {type DashboardLists, type Entry, reportEntries, speakerQuoteEntries} from './entries.js';
import {type Box, type Layout, type ListShape, itemsPerPage, paneBox, sourceTextBox, viewBox} from './layout.js';
import {type TextLine, lineOf, wrapText} from './sourceLines.js';
import {type Pane, type ReduceContext, type UiState, type View, topView} from './state.js';

export const paneTitles: Readonly<Record<Pane, string>> = {
	headlines: 'Headlines',
	figures: 'Key figures',
	quotes: 'Quotes',
	developments: 'Developments',
};

export function paneShape(pane: Pane): ListShape {
	return pane === 'quotes' ? 'quotes' : 'table';
}

export interface ActiveList {
	readonly entries: readonly Entry[];
	readonly shape: ListShape;
	readonly box: Box;
}

/** The list a list view shows (not the dashboard, whose panes come from `DashboardLists`). */
export function viewEntries(view: Exclude<View, {kind: 'source'}>, lists: DashboardLists, brief: Brief): readonly Entry[] {
	switch (view.kind) {
		case 'speakers':
			return lists.speakers;
		case 'speaker-quotes':
			return speakerQuoteEntries(brief, view.speaker);
		case 'reports':
			return reportEntries(brief, view.of);
	}
}

/** The list keys act on: the focused pane, or the list of the view on top; null in the source view. */
export function activeList(state: UiState, lists: DashboardLists, brief: Brief, layout: Layout): ActiveList | null {
	const view = topView(state);
	if (view === undefined) return {entries: lists[state.focus], shape: paneShape(state.focus), box: paneBox(layout, state.focus)};
	if (view.kind === 'source') return null;
	return {entries: viewEntries(view, lists, brief), shape: view.kind === 'speaker-quotes' ? 'quotes' : 'table', box: viewBox(layout)};
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

export function reduceContextFor(state: UiState, lists: DashboardLists, brief: Brief, layout: Layout): ReduceContext {
	const view = topView(state);
	if (view?.kind === 'source') {
		const geometry = sourceGeometry(view, brief, layout);
		return {
			list: null,
			source: geometry === null ? null : {lines: geometry.lines.length, anchorLine: geometry.anchorLine, page: geometry.box.height},
		};
	}
	const list = activeList(state, lists, brief, layout);
	return {list: list === null ? null : {entries: list.entries, page: itemsPerPage(list.shape, list.box)}, source: null};
}
