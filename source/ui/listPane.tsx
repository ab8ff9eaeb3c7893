import {Text} from 'ink';
import {memo} from 'react';
import {type TableKind, tables} from './columns.js';
import {type Cursor, selectedIndex} from './cursor.js';
import type {Entry} from './entries.js';
import {Frame} from './frame.js';
import {type Box, contentBox} from './layout.js';
import {QuoteList} from './quoteList.js';
import {Table} from './table.js';
import {fit} from './text.js';
import {useTone} from './theme.js';

export interface ListPaneProps {
	readonly title: string;
	/** The table to draw, or `quotes` for quote blocks. */
	readonly shape: TableKind | 'quotes';
	readonly entries: readonly Entry[];
	readonly cursor: Cursor;
	readonly box: Box;
	readonly focused: boolean;
	/** Shown instead of an empty list. */
	readonly empty: string;
}

/**
 * A framed list with its position ("12/48") in the title row. Memoized: a move in one pane leaves the
 * others alone, as long as callers keep `box` and `entries` the same objects between renders.
 */
export const ListPane = memo(function ListPane({title, shape, entries, cursor, box, focused, empty}: ListPaneProps) {
	const tone = useTone();
	const inner = contentBox(box);
	const status = `${selectedIndex(cursor, entries) + 1}/${entries.length}`;
	return (
		<Frame title={title} status={status} box={box} focused={focused}>
			{entries.length === 0 ? (
				<Text wrap="truncate-end" color={tone('muted')}>
					{fit(empty, inner.width)}
				</Text>
			) : shape === 'quotes' ? (
				<QuoteList entries={entries} cursor={cursor} width={inner.width} height={inner.height} focused={focused} />
			) : (
				<Table columns={tables[shape]} entries={entries} cursor={cursor} width={inner.width} height={inner.height} focused={focused} />
			)}
		</Frame>
	);
});
