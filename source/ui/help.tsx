import {Text} from 'ink';
import {Frame} from './frame.js';
import {bindingsFor, helpContexts, keyLabel} from './keymap.js';
import {type Layout, contentBox, viewBox} from './layout.js';
import type {UiState} from './state.js';
import {fitPad, widthOf} from './text.js';

const columnGap = '  ';

/** Help lines: the keys of the context beneath the overlay, in as many columns as the height needs. */
export function helpLines(state: UiState, width: number, height: number): string[] {
	const rows = bindingsFor(helpContexts(state)).map(binding => ({
		keys: binding.keys.map(keyLabel).join(' '),
		description: binding.description,
	}));
	const perColumn = Math.max(1, height);
	const columns = Math.ceil(rows.length / perColumn);
	const columnWidth = Math.floor((width - widthOf(columnGap) * (columns - 1)) / columns);
	const keysWidth = Math.min(Math.max(...rows.map(row => widthOf(row.keys))) + 1, Math.floor(columnWidth / 2));
	const lines: string[] = [];
	for (let line = 0; line < Math.min(perColumn, rows.length); line++) {
		const cells = [];
		for (let column = 0; column < columns; column++) {
			const row = rows[column * perColumn + line];
			if (row !== undefined) cells.push(fitPad(row.keys, keysWidth) + fitPad(row.description, columnWidth - keysWidth));
		}
		lines.push(cells.join(columnGap).trimEnd());
	}
	return lines;
}

/** The `?` overlay: every key that works where the user is. */
export function Help({state, layout}: {readonly state: UiState; readonly layout: Layout}) {
	const box = viewBox(layout);
	const inner = contentBox(box);
	return (
		<Frame title="Keys here" status="Esc or ? closes" box={box} focused>
			{helpLines(state, inner.width, inner.height).map((line, i) => (
				<Text key={i} wrap="truncate-end">
					{line}
				</Text>
			))}
		</Frame>
	);
}
