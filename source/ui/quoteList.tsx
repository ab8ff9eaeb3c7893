import {Box, Text} from 'ink';
import {memo, useMemo} from 'react';
import {type Cursor, listWindow} from './cursor.js';
import type {Entry} from './entries.js';
import {quoteLines, quotesPerPage, quotesThatFit} from './layout.js';
import {fit, widthOf, wrapLines} from './text.js';
import {useTone} from './theme.js';

export interface QuoteListProps {
	readonly entries: readonly Entry[];
	readonly cursor: Cursor;
	readonly width: number;
	readonly height: number;
	readonly focused: boolean;
}

interface QuoteBlockProps {
	readonly cells: readonly string[];
	readonly lines: readonly string[];
	readonly width: number;
	readonly last: boolean;
	readonly selected: boolean;
	readonly focused: boolean;
}

/** Each quote's lines at the width they were wrapped for: wrapping is the costly part, and a move changes neither. */
const wrapped = new WeakMap<Entry, {readonly width: number; readonly lines: readonly string[]}>();

function quoteTextLines(entry: Entry, width: number): readonly string[] {
	let known = wrapped.get(entry);
	if (known?.width !== width) {
		known = {width, lines: wrapLines(`“${entry.cells[1] ?? ''}”`, width - 2, quoteLines)};
		wrapped.set(entry, known);
	}
	return known.lines;
}

/** One quote; memoized, so a move redraws only the quotes whose selection changed or that scrolled in. */
const QuoteBlock = memo(function QuoteBlock({cells, lines, width, last, selected, focused}: QuoteBlockProps) {
	const tone = useTone();
	const inverse = selected && focused;
	const [speaker = '', , source = ''] = cells;
	const name = useMemo(() => fit(speaker, Math.max(1, width - 2)), [speaker, width]);
	return (
		<Box flexDirection="column" marginBottom={last ? 0 : 1}>
			<Text wrap="truncate-end" inverse={inverse}>
				{selected ? '› ' : '  '}
				<Text bold color={inverse ? undefined : tone('speaker')}>
					{name}
				</Text>
				<Text color={inverse ? undefined : tone('muted')}>{fit(` · ${source}`, width - 2 - widthOf(name))}</Text>
			</Text>
			{lines.map((line, i) => (
				<Text key={i} wrap="truncate-end">
					{'  '}
					{line}
				</Text>
			))}
		</Box>
	);
});

/**
 * Quotes as blocks: the speaker (in colour, and bold) with the source, then the quote wrapped over two lines, then a
 * blank line. The cursor keeps to a page of `quotesPerPage`, the most that always fit; as many more as the rows
 * left hold are shown below them, so one-line quotes leave no gap at the bottom.
 */
export function QuoteList({entries, cursor, width, height, focused}: QuoteListProps) {
	const {top, selected} = listWindow(cursor, entries, quotesPerPage(height));
	const shown: {entry: Entry; lines: readonly string[]}[] = [];
	const heights: number[] = [];
	for (let index = top; index < entries.length && heights.length < height; index++) {
		const lines = quoteTextLines(entries[index]!, width);
		shown.push({entry: entries[index]!, lines});
		heights.push(1 + lines.length);
	}
	const fitting = quotesThatFit(heights, height);
	return (
		<Box flexDirection="column">
			{shown.slice(0, fitting).map(({entry, lines}, offset) => (
				<QuoteBlock
					key={entry.key}
					cells={entry.cells}
					lines={lines}
					width={width}
					last={offset === fitting - 1}
					selected={top + offset === selected}
					focused={focused}
				/>
			))}
		</Box>
	);
}
