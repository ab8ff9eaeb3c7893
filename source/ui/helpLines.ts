/**
 * The help overlay's lines, pure: every key of the context beneath it, each row whole (keys, then what
 * they do), side by side in columns when the width allows, scrolled when the rows are more than fit.
 */
import {bindingsFor, helpContexts, keyLabel} from './keymap.js';
import type {UiState} from './state.js';
import {fitPad, widthOf} from './text.js';

const columnGap = '  ';

interface HelpRow {
	readonly keys: string;
	readonly description: string;
}

function helpRows(state: UiState): HelpRow[] {
	return bindingsFor(helpContexts(state)).map(binding => ({keys: binding.keys.map(keyLabel).join(' '), description: binding.description}));
}

/**
 * Help lines for a box `width` columns wide and `height` rows high: the fewest columns that show every row
 * at once, as long as each row stays whole; below that width one column, which scrolls.
 */
export function helpLines(state: UiState, width: number, height: number): string[] {
	const rows = helpRows(state);
	if (rows.length === 0) return [];
	// The keys never give way: a description is cut first.
	const keysWidth = Math.min(Math.max(...rows.map(row => widthOf(row.keys))) + 1, Math.floor(width / 2));
	const rowWidth = keysWidth + Math.max(...rows.map(row => widthOf(row.description)));
	const gap = widthOf(columnGap);
	const fitting = Math.max(1, Math.floor((width + gap) / (rowWidth + gap)));
	const columns = Math.min(fitting, Math.ceil(rows.length / Math.max(1, height)));
	const perColumn = Math.ceil(rows.length / columns);
	const columnWidth = columns === 1 ? width : rowWidth;
	const lines: string[] = [];
	for (let line = 0; line < perColumn; line++) {
		const cells = [];
		for (let column = 0; column < columns; column++) {
			const row = rows[column * perColumn + line];
			if (row !== undefined) cells.push(fitPad(row.keys, keysWidth) + fitPad(row.description, columnWidth - keysWidth));
		}
		lines.push(cells.join(columnGap).trimEnd());
	}
	return lines;
}
