/**
 * All dashboard UI state and the one reducer that changes it. Pure: no React, no terminal.
 *
 * The reducer also gets a `ReduceContext`: what the topmost view currently shows (its list and how
 * many items fit, or the source view's line count), which depends on the brief and the terminal size.
 */
import {type Cursor, moveCursor, selectedIndex, startCursor} from './cursor.js';
import type {Entry, OpenTarget, ReportsOf, SourceTarget} from './entries.js';
import {leadLines, sourceTop} from './sourceLines.js';

export const panes = ['headlines', 'figures', 'quotes', 'developments'] as const;
export type Pane = (typeof panes)[number];

/** A view opened on top of the dashboard; Esc goes back to the one below. */
export type View =
	| {readonly kind: 'speakers'; readonly cursor: Cursor}
	| {readonly kind: 'skipped'; readonly cursor: Cursor}
	| {readonly kind: 'speaker-quotes'; readonly speaker: string; readonly cursor: Cursor}
	| {readonly kind: 'reports'; readonly of: ReportsOf; readonly title: string; readonly cursor: Cursor}
	| {readonly kind: 'source'; readonly target: SourceTarget; readonly mention: number; readonly scroll: number}
	| {readonly kind: 'skipped-file'; readonly path: string; readonly reason: string};

/** A view that shows a list (every view but the source view and a skipped file's details). */
export type ListView = Exclude<View, {kind: 'source' | 'skipped-file'}>;

export interface UiState {
	readonly focus: Pane;
	readonly cursors: Readonly<Record<Pane, Cursor>>;
	/** Views above the dashboard, innermost last; empty on the dashboard. */
	readonly views: readonly View[];
	readonly filter: string;
	/** True while the filter text is being typed. */
	readonly filtering: boolean;
	readonly help: boolean;
	/** How many lines the help overlay is scrolled down. */
	readonly helpScroll: number;
	readonly quit: boolean;
	/** A line the footer shows in place of its key hints until the next key: why a key did nothing. */
	readonly notice: string | null;
}

export const initialState: UiState = {
	focus: 'headlines',
	cursors: {headlines: startCursor, figures: startCursor, quotes: startCursor, developments: startCursor},
	views: [],
	filter: '',
	filtering: false,
	help: false,
	helpScroll: 0,
	quit: false,
	notice: null,
};

export type UiAction =
	| {readonly type: 'quit'}
	| {readonly type: 'toggle-help'}
	| {readonly type: 'close-help'}
	| {readonly type: 'focus-next-pane'}
	| {readonly type: 'focus-previous-pane'}
	| {readonly type: 'focus-pane'; readonly pane: Pane}
	| {readonly type: 'move-by'; readonly items: number}
	| {readonly type: 'move-page'; readonly pages: number}
	| {readonly type: 'move-to'; readonly end: 'first' | 'last'}
	| {readonly type: 'open'}
	| {readonly type: 'show-speaker'}
	| {readonly type: 'show-speakers'}
	| {readonly type: 'show-skipped'}
	| {readonly type: 'next-mention'}
	| {readonly type: 'previous-mention'}
	| {readonly type: 'back'}
	| {readonly type: 'start-filter'}
	| {readonly type: 'filter-type'; readonly text: string}
	| {readonly type: 'filter-delete'}
	| {readonly type: 'filter-apply'}
	| {readonly type: 'filter-clear'};

export interface ReduceContext {
	/** The list the topmost view shows (the focused pane on the dashboard) and how many items fit. */
	readonly list: {readonly entries: readonly Entry[]; readonly page: number} | null;
	/** The source view's wrapped line count, the line of the current mention and how many lines fit. */
	readonly source: {readonly lines: number; readonly anchorLine: number; readonly page: number} | null;
	/** While the help overlay is open: its line count and how many lines fit. */
	readonly help?: {readonly lines: number; readonly page: number} | null;
}

export const noContext: ReduceContext = {list: null, source: null};

/** The first help line shown when the overlay is scrolled `scroll` lines down: never past the last page. */
export function helpTop(scroll: number, lines: number, page: number): number {
	return Math.max(0, Math.min(scroll, lines - page));
}

export function topView(state: UiState): View | undefined {
	return state.views.at(-1);
}

function cycle(pane: Pane, step: number): Pane {
	const index = panes.indexOf(pane);
	return panes[(index + step + panes.length) % panes.length] ?? pane;
}

function push(state: UiState, view: View): UiState {
	return {...state, views: [...state.views, view]};
}

function viewFor(open: OpenTarget): View {
	switch (open.kind) {
		case 'source':
			return {kind: 'source', target: open.target, mention: open.target.index, scroll: 0};
		case 'reports':
			return {kind: 'reports', of: open.of, title: open.title, cursor: startCursor};
		case 'speaker':
			return {kind: 'speaker-quotes', speaker: open.speaker, cursor: startCursor};
		case 'skipped-file':
			return {kind: 'skipped-file', path: open.path, reason: open.reason};
	}
}

function selected(state: UiState, context: ReduceContext): Entry | undefined {
	const list = context.list;
	const cursor = listCursor(state);
	if (list === null || cursor === null) return undefined;
	return list.entries[selectedIndex(cursor, list.entries)];
}

/** The cursor of the list the topmost view shows, or null for a view that shows no list. */
export function listCursor(state: UiState): Cursor | null {
	const view = topView(state);
	if (view === undefined) return state.cursors[state.focus];
	return 'cursor' in view ? view.cursor : null;
}

function withListCursor(state: UiState, cursor: Cursor): UiState {
	const view = topView(state);
	if (view === undefined) return {...state, cursors: {...state.cursors, [state.focus]: cursor}};
	if (!('cursor' in view)) return state;
	return {...state, views: [...state.views.slice(0, -1), {...view, cursor}]};
}

/** A move in items for a list, or in lines for the source view. */
function move(state: UiState, context: ReduceContext, delta: (page: number) => number): UiState {
	if (state.help) {
		const help = context.help;
		if (help === undefined || help === null) return state;
		const top = helpTop(state.helpScroll, help.lines, help.page);
		return {...state, helpScroll: helpTop(top + delta(help.page), help.lines, help.page)};
	}
	const view = topView(state);
	if (view?.kind === 'source') {
		const source = context.source;
		if (source === null) return state;
		const top = sourceTop(source.anchorLine, view.scroll, source.lines, source.page);
		const next = Math.max(0, Math.min(Math.max(0, source.lines - source.page), top + delta(source.page)));
		// Stored relative to where the current mention puts the view, so a resize keeps the mention in sight.
		return {...state, views: [...state.views.slice(0, -1), {...view, scroll: next - source.anchorLine + leadLines}]};
	}
	const cursor = listCursor(state);
	if (cursor === null || context.list === null) return state;
	return withListCursor(state, moveCursor(cursor, context.list.entries, delta(context.list.page), context.list.page));
}

function changeMention(state: UiState, step: number): UiState {
	const view = topView(state);
	if (view?.kind !== 'source') return state;
	const count = view.target.mentions.length;
	return {...state, views: [...state.views.slice(0, -1), {...view, mention: (view.mention + step + count) % count, scroll: 0}]};
}

export function reduce(previous: UiState, action: UiAction, context: ReduceContext = noContext): UiState {
	// A notice lasts until the next key.
	const state = previous.notice === null ? previous : {...previous, notice: null};
	switch (action.type) {
		case 'quit':
			return {...state, quit: true};
		case 'toggle-help':
			return {...state, help: !state.help, helpScroll: 0};
		case 'close-help':
			return {...state, help: false, helpScroll: 0};
		case 'focus-next-pane':
			return {...state, focus: cycle(state.focus, 1)};
		case 'focus-previous-pane':
			return {...state, focus: cycle(state.focus, -1)};
		case 'focus-pane':
			return {...state, focus: action.pane};
		case 'move-by':
			return move(state, context, () => action.items);
		case 'move-page':
			return move(state, context, page => Math.trunc(page * action.pages) || Math.sign(action.pages));
		case 'move-to':
			return move(state, context, () => (action.end === 'first' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY));
		case 'open': {
			const open = selected(state, context)?.open;
			return open === null || open === undefined ? state : push(state, viewFor(open));
		}
		case 'show-speaker': {
			const speaker = selected(state, context)?.speaker;
			if (speaker === undefined) return state;
			return speaker === null ? {...state, notice: 'This quote names no speaker'} : push(state, {kind: 'speaker-quotes', speaker, cursor: startCursor});
		}
		case 'show-speakers':
			return push(state, {kind: 'speakers', cursor: startCursor});
		case 'show-skipped':
			return push(state, {kind: 'skipped', cursor: startCursor});
		case 'next-mention':
			return changeMention(state, 1);
		case 'previous-mention':
			return changeMention(state, -1);
		case 'back':
			return state.views.length > 0 ? {...state, views: state.views.slice(0, -1)} : state;
		case 'start-filter':
			return {...state, filtering: true};
		case 'filter-type':
			return {...state, filter: state.filter + action.text};
		case 'filter-delete':
			return {...state, filter: [...state.filter].slice(0, -1).join('')};
		case 'filter-apply':
			return {...state, filtering: false};
		case 'filter-clear':
			return {...state, filter: '', filtering: false};
	}
}
