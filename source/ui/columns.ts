/**
 * Table columns and their widths, pure. Widths come from the list, not the visible rows, so columns do
 * not jump while scrolling; only its first `widthSample` rows are measured, so a list of 70,000 costs
 * what one of a thousand does (a wider cell further down is cut with an ellipsis, as any over a cap is).
 */
import type {Tone} from './theme.js';
import {widthOf} from './text.js';

export interface Column {
	readonly header: string;
	/** Never narrower than this while the table has room. */
	readonly min: number;
	/** Never wider than this; the flexible column takes whatever is left instead. */
	readonly max: number;
	readonly flex?: boolean;
	readonly tone?: Tone;
}

/** How many rows of a list its column widths are measured on. */
export const widthSample = 1000;

/** Columns between the selection marker and each other. */
export const markerWidth = 2;
export const gap = 1;

export type TableKind = 'headlines' | 'figures' | 'developments' | 'speakers' | 'skipped' | 'development-reports' | 'figure-reports';

export const tables: Readonly<Record<TableKind, readonly Column[]>> = {
	headlines: [
		{header: 'Headline', min: 16, max: Infinity, flex: true},
		{header: 'Source', min: 6, max: 18, tone: 'muted'},
		{header: 'Kind', min: 4, max: 7, tone: 'muted'},
	],
	figures: [
		{header: 'Figure', min: 8, max: 26, tone: 'accent'},
		{header: 'Measures', min: 12, max: Infinity, flex: true},
		{header: 'Source', min: 6, max: 14, tone: 'muted'},
		// "conflict", or the words that bound a figure whole: "as many as".
		{header: 'Note', min: 8, max: 10, tone: 'conflict'},
	],
	developments: [
		{header: 'Date', min: 7, max: 10, tone: 'accent'},
		{header: 'Development', min: 16, max: Infinity, flex: true},
		// "1000 sources" whole.
		{header: 'Sources', min: 7, max: 12, tone: 'muted'},
		{header: '', min: 3, max: 3, tone: 'fresh'},
	],
	speakers: [
		{header: 'Speaker', min: 12, max: 32, tone: 'speaker'},
		{header: 'Quotes', min: 6, max: 10},
		{header: 'Sources', min: 7, max: 12, tone: 'muted'},
		{header: 'Also written', min: 8, max: Infinity, flex: true, tone: 'muted'},
	],
	skipped: [
		{header: 'File', min: 12, max: Infinity, flex: true},
		{header: 'Why it was skipped', min: 12, max: 48, tone: 'muted'},
	],
	'development-reports': [
		{header: 'Date', min: 7, max: 10, tone: 'accent'},
		{header: 'Source', min: 6, max: 18, tone: 'muted'},
		{header: 'Report', min: 16, max: Infinity, flex: true},
	],
	'figure-reports': [
		{header: 'Figure', min: 6, max: 16, tone: 'accent'},
		{header: 'Source', min: 6, max: 18, tone: 'muted'},
		{header: 'Sentence', min: 16, max: Infinity, flex: true},
	],
};

/** A column's natural width: its header or widest measured cell, whichever is wider, within its cap. */
function naturalWidth(column: Column, rows: readonly (readonly string[])[], index: number, sample: number): number {
	let widest = widthOf(column.header);
	for (let r = 0; r < sample && widest < column.max; r++) {
		const cell = rows[r]?.[index] ?? '';
		// No character is wider than two columns: a short cell cannot be the widest.
		if (cell.length * 2 > widest) widest = Math.max(widest, widthOf(cell));
	}
	return Math.min(column.max, widest);
}

/** A fixed column this narrow (a date, "13 quotes", "4 sources", "8,000–11,000") says little once cut: it stays whole. */
const shortColumn = 12;

/**
 * Widths for `columns` in a table `width` columns wide (marker and gaps included). Each fixed column gets its
 * natural width (`naturalWidth`: a column of short cells is never padded out to a minimum) and the flexible one
 * takes the rest. When that leaves the flexible column under its minimum, the widest fixed columns give way first,
 * level by level, down to their minimum; short ones (`shortColumn`) stay whole, and the flexible column gives way
 * before they do.
 */
export function columnWidths(columns: readonly Column[], rows: readonly (readonly string[])[], width: number): number[] {
	const available = Math.max(0, width - markerWidth - gap * Math.max(0, columns.length - 1));
	const flexIndex = columns.findIndex(column => column.flex === true);
	const sample = Math.min(rows.length, widthSample);
	// The flexible column takes what the others leave, whatever its cells hold.
	const natural = columns.map((column, i) => (i === flexIndex ? 0 : naturalWidth(column, rows, i, sample)));
	if (flexIndex === -1) return natural;
	const floors = natural.map((w, i) => (w <= shortColumn ? w : Math.min(w, columns[i]?.min ?? 0)));
	const budget = Math.max(0, available - (columns[flexIndex]?.min ?? 0));
	let widths = shrinkWidest(natural, floors, budget);
	// A screen too narrow even for that: every column gives way, the flexible one keeps one column.
	if (widths.reduce((sum, w) => sum + w, 0) > available - 1) widths = shrinkWidest(widths, widths.map(() => 1), available - 1);
	const used = widths.reduce((sum, w) => sum + w, 0);
	widths[flexIndex] = Math.max(1, available - used);
	return widths;
}

/**
 * `widths` cut down to a `budget`, the widest first: one column wider than all others is cut to the next one's
 * width, then both together, and so on, none under its floor.
 */
function shrinkWidest(widths: readonly number[], floors: readonly number[], budget: number): number[] {
	const cut = [...widths];
	let excess = cut.reduce((sum, w) => sum + w, 0) - budget;
	while (excess > 0) {
		let widest = -1;
		for (let i = 0; i < cut.length; i++) if ((cut[i] ?? 0) > (floors[i] ?? 0) && (widest === -1 || (cut[i] ?? 0) > (cut[widest] ?? 0))) widest = i;
		if (widest === -1) break;
		cut[widest] = (cut[widest] ?? 0) - 1;
		excess--;
	}
	return cut;
}
