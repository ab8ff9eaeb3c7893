import {Box, Text} from 'ink';
import {useMemo} from 'react';
import {type Column, columnWidths, markerWidth} from './columns.js';
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

/**
 * A table that renders only the rows that fit. Cells are cut to their column with an ellipsis, so no
 * row is ever wider than `width`.
 */
export function Table({columns, entries, cursor, width, height, focused}: TableProps) {
	const tone = useTone();
	const widths = useMemo(
		() =>
			columnWidths(
				columns,
				entries.map(item => item.cells),
				width,
			),
		[columns, entries, width],
	);
	const rows = Math.max(0, height - 1);
	const {top, selected} = listWindow(cursor, entries, rows);
	const visible = entries.slice(top, top + rows);
	return (
		<Box flexDirection="column">
			<Text bold wrap="truncate-end">
				{' '.repeat(markerWidth)}
				{columns.map((column, i) => fitPad(column.header, widths[i] ?? 0)).join(' ')}
			</Text>
			{visible.map((item, offset) => {
				const isSelected = top + offset === selected;
				return (
					<Text key={item.key} wrap="truncate-end" inverse={isSelected && focused}>
						{isSelected ? '› ' : '  '}
						{columns.map((column, i) => (
							<Text key={column.header || i} color={isSelected && focused ? undefined : tone(column.tone)}>
								{i > 0 ? ' ' : ''}
								{fitPad(item.cells[i] ?? '', widths[i] ?? 0)}
							</Text>
						))}
					</Text>
				);
			})}
		</Box>
	);
}
