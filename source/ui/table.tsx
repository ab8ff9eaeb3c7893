import {Box, Text} from 'ink';
import {memo, useMemo} from 'react';
import {type Column, columnWidths, markerWidth, widthSample} from './columns.js';
import {type Cursor, listWindow} from './cursor.js';
import type {Entry} from './entries.js';
import {fitPad} from './text.js';
import {useTone} from './theme.js';

export interface TableProps {
	readonly columns: readonly Column[];
	readonly entries: readonly Entry[];
	readonly cursor: Cursor;
	readonly width: number;
	/** Rows available, header included. */
	readonly height: number;
	/** The selected row is inverse only in the focused list; it keeps its "›" marker either way. */
	readonly focused: boolean;
}

interface RowProps {
	readonly columns: readonly Column[];
	readonly cells: readonly string[];
	readonly widths: readonly number[];
	readonly selected: boolean;
	readonly focused: boolean;
}

/** One row; memoized, so a move re-renders only the rows whose selection changed or that scrolled in. */
const Row = memo(function Row({columns, cells, widths, selected, focused}: RowProps) {
	const tone = useTone();
	const inverse = selected && focused;
	return (
		<Text wrap="truncate-end" inverse={inverse}>
			{selected ? '› ' : '  '}
			{columns.map((column, i) => (
				<Text key={column.header || i} color={inverse ? undefined : tone(column.tone)}>
					{i > 0 ? ' ' : ''}
					{fitPad(cells[i] ?? '', widths[i] ?? 0)}
				</Text>
			))}
		</Text>
	);
});

/**
 * A table that renders only the rows that fit. Cells are cut to their column with an ellipsis, so no
 * row is ever wider than `width`.
 */
export function Table({columns, entries, cursor, width, height, focused}: TableProps) {
	const measured = useMemo(
		() =>
			columnWidths(
				columns,
				entries.slice(0, widthSample).map(item => item.cells),
				width,
			),
		[columns, entries, width],
	);
	// The same array while the widths stay the same (a list that grew while loading), so rows skip rendering.
	const widths = useMemo(() => measured, [measured.join(' ')]);
	const header = useMemo(() => columns.map((column, i) => fitPad(column.header, widths[i] ?? 0)).join(' '), [columns, widths]);
	const rows = Math.max(0, height - 1);
	const {top, selected} = listWindow(cursor, entries, rows);
	return (
		<Box flexDirection="column">
			<Text bold wrap="truncate-end">
				{' '.repeat(markerWidth)}
				{header}
			</Text>
			{entries.slice(top, top + rows).map((item, offset) => (
				<Row key={item.key} columns={columns} cells={item.cells} widths={widths} selected={top + offset === selected} focused={focused} />
			))}
		</Box>
	);
}
