import {Box, Text} from 'ink';
import {memo, useMemo} from 'react';
import {type Cursor, listWindow} from './cursor.js';
import type {Entry} from './entries.js';
import {quoteLines, quotesPerPage} from './layout.js';
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
	readonly width: number;
	readonly selected: boolean;
	readonly focused: boolean;
}

/** One quote; memoized, so a move wraps only the quotes whose selection changed or that scrolled in. */
const QuoteBlock = memo(function QuoteBlock({cells, width, selected, focused}: QuoteBlockProps) {
	const tone = useTone();
	const inverse = selected && focused;
	const [speaker = '', text = '', source = ''] = cells;
	// Wrapping is the costly part, and a move only changes which block is selected.
	const lines = useMemo(() => wrapLines(`“${text}”`, width - 2, quoteLines), [text, width]);
	const name = useMemo(() => fit(speaker, Math.max(1, width - 2)), [speaker, width]);
	return (
		<Box flexDirection="column" marginBottom={1}>
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

/** Quotes as blocks: the speaker (in colour, and bold) with the source, then the quote wrapped over two lines, then a blank line. */
export function QuoteList({entries, cursor, width, height, focused}: QuoteListProps) {
	const count = quotesPerPage(height);
	const {top, selected} = listWindow(cursor, entries, count);
	return (
		<Box flexDirection="column">
			{entries.slice(top, top + count).map((item, offset) => (
				<QuoteBlock key={item.key} cells={item.cells} width={width} selected={top + offset === selected} focused={focused} />
			))}
		</Box>
	);
}
