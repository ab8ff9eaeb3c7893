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
		{header: 'Note', min: 8, max: 8, tone: 'conflict'},
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

/**
 * Widths for `columns` in a table `width` columns wide (marker and gaps included): each column as
 * wide as its widest cell within [min, max], the flexible one taking the rest; when that leaves the
 * flexible column under its minimum, the others shrink towards theirs.
 */
export function columnWidths(columns: readonly Column[], rows: readonly (readonly string[])[], width: number): number[] {
	const available = Math.max(0, width - markerWidth - gap * Math.max(0, columns.length - 1));
	const flexIndex = columns.findIndex(column => column.flex === true);
	const sample = Math.min(rows.length, widthSample);
	const natural = columns.map((column, i) => {
		// The flexible column takes what the others leave, whatever its cells hold.
		if (i === flexIndex) return column.min;
		let widest = widthOf(column.header);
		for (let r = 0; r < sample && widest < column.max; r++) {
			const cell = rows[r]?.[i] ?? '';
			// No character is wider than two columns: a short cell cannot be the widest.
			if (cell.length * 2 > widest) widest = Math.max(widest, widthOf(cell));
		}
		return Math.min(column.max, Math.max(column.min, widest));
	});
	const fixed = natural.reduce((sum, w, i) => (i === flexIndex ? sum : sum + w), 0);
	if (flexIndex === -1) return natural;
	const flexMin = columns[flexIndex]?.min ?? 0;
	const shortfall = flexMin - (available - fixed);
	const widths = [...natural];
	if (shortfall > 0) {
		const slack = natural.map((w, i) => (i === flexIndex ? 0 : w - (columns[i]?.min ?? 0)));
		const totalSlack = slack.reduce((sum, s) => sum + s, 0);
		for (let i = 0; i < widths.length && totalSlack > 0; i++) {
			const cut = Math.min(slack[i] ?? 0, Math.ceil(((slack[i] ?? 0) * shortfall) / totalSlack));
			widths[i] = (widths[i] ?? 0) - cut;
		}
	}
	const used = widths.reduce((sum, w, i) => (i === flexIndex ? sum : sum + w), 0);
	widths[flexIndex] = Math.max(1, available - used);
	return widths;
}
