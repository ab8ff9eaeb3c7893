/**
 * Screen geometry, pure: which layout the terminal allows and how many items each list can show.
 * Rendering and the reducer both read these numbers, so paging moves exactly one screenful.
 */
import type {Pane} from './state.js';

export interface Size {
	readonly columns: number;
	readonly rows: number;
}

export interface Box {
	readonly width: number;
	readonly height: number;
}

/** The 2x2 grid needs this much room; below it one pane shows at a time, the others as tabs. */
export const gridMinimum: Size = {columns: 120, rows: 30};

/** Below this nothing useful fits; the dashboard says so instead of drawing a broken screen. */
export const usableMinimum: Size = {columns: 40, rows: 12};

export interface Layout {
	readonly mode: 'grid' | 'tabs';
	readonly width: number;
	/** Rows drawn: one less than the terminal's, so the frame never scrolls the screen. */
	readonly height: number;
	/** Rows between header and footer. */
	readonly body: number;
}

export function layoutFor(size: Size, headerRows: number, footerRows: number): Layout {
	const width = Math.max(1, size.columns);
	const height = Math.max(1, size.rows - 1);
	const mode = size.columns >= gridMinimum.columns && size.rows >= gridMinimum.rows ? 'grid' : 'tabs';
	return {mode, width, height, body: Math.max(1, height - headerRows - footerRows)};
}

export function fitsScreen(size: Size): boolean {
	return size.columns >= usableMinimum.columns && size.rows >= usableMinimum.rows;
}

const gridPosition: Record<Pane, {column: 0 | 1; row: 0 | 1}> = {
	headlines: {column: 0, row: 0},
	figures: {column: 1, row: 0},
	quotes: {column: 0, row: 1},
	developments: {column: 1, row: 1},
};

/** The outer box of a dashboard pane (border included). In tabs mode the tab bar takes one row. */
export function paneBox(layout: Layout, pane: Pane): Box {
	if (layout.mode === 'tabs') return {width: layout.width, height: Math.max(1, layout.body - 1)};
	const left = Math.floor(layout.width / 2);
	const top = Math.floor(layout.body / 2);
	const {column, row} = gridPosition[pane];
	return {width: column === 0 ? left : layout.width - left, height: row === 0 ? top : layout.body - top};
}

/** The outer box of a view opened over the dashboard: the whole body. */
export function viewBox(layout: Layout): Box {
	return {width: layout.width, height: layout.body};
}

/** Inside a framed box: the border on every side, one column of padding each side, and the title row. */
export function contentBox(box: Box): Box {
	return {width: Math.max(1, box.width - 4), height: Math.max(1, box.height - 3)};
}

/** Lines of a quote's text shown in a list; a longer quote ends in "…". */
export const quoteLines = 2;

/**
 * Rows one quote takes at most in a list: speaker and source, up to `quoteLines` of the quote, and the
 * blank line that ends every quote, however many lines it has.
 */
export const quoteRows = quoteLines + 2;

/** Quotes that fit in `height` rows: the last one needs no blank line after it. */
export function quotesPerPage(height: number): number {
	return Math.max(1, Math.floor((height + 1) / quoteRows));
}

/**
 * How many of the quote blocks of `heights` (their rows, without the blank line after each) fit in `height` rows
 * from the first, a blank line between two; at least one.
 */
export function quotesThatFit(heights: readonly number[], height: number): number {
	let rows = 0;
	let fitting = 0;
	for (const blockHeight of heights) {
		rows += (fitting === 0 ? 0 : 1) + blockHeight;
		if (rows > height) break;
		fitting++;
	}
	return Math.max(Math.min(1, heights.length), fitting);
}

export type ListShape = 'table' | 'quotes';

/** How many items fit in a framed box: table rows under a header row, or quotes (`quotesPerPage`). */
export function itemsPerPage(shape: ListShape, box: Box): number {
	const inner = contentBox(box);
	return shape === 'quotes' ? quotesPerPage(inner.height) : Math.max(1, inner.height - 1);
}

/** The source view's text area: the frame, a title row and a detail row, and a two-column gutter for the mention marker. */
export function sourceTextBox(layout: Layout): Box {
	const inner = contentBox(viewBox(layout));
	return {width: Math.max(1, inner.width - 2), height: Math.max(1, inner.height - 1)};
}
