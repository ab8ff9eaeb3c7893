import {Box, Text} from 'ink';
import {type Cursor, listWindow} from './cursor.js';
import type {Entry} from './entries.js';
import {quoteRows} from './layout.js';
import {fit, widthOf, wrapLines} from './text.js';
import {useTone} from './theme.js';

export interface QuoteListProps {
	readonly entries: readonly Entry[];
	readonly cursor: Cursor;
	readonly width: number;
	readonly height: number;
	readonly focused: boolean;
}

/** Quotes as blocks: the speaker (in colour, and bold) with the source, then the quote wrapped over two lines. */
export function QuoteList({entries, cursor, width, height, focused}: QuoteListProps) {
	const tone = useTone();
	const count = Math.max(1, Math.floor(height / quoteRows));
	const {top, selected} = listWindow(cursor, entries, count);
	return (
		<Box flexDirection="column">
			{entries.slice(top, top + count).map((item, offset) => {
				const isSelected = top + offset === selected;
				const [speaker = '', text = '', source = ''] = item.cells;
				const lines = wrapLines(`“${text}”`, width - 2, quoteRows - 1);
				const name = fit(speaker, Math.max(1, width - 2));
				return (
					<Box key={item.key} flexDirection="column" height={quoteRows}>
						<Text wrap="truncate-end" inverse={isSelected && focused}>
							{isSelected ? '› ' : '  '}
							<Text bold color={isSelected && focused ? undefined : tone('speaker')}>
								{name}
							</Text>
							<Text color={isSelected && focused ? undefined : tone('muted')}>{fit(` · ${source}`, width - 2 - widthOf(name))}</Text>
						</Text>
						{lines.map((line, i) => (
							<Text key={i} wrap="truncate-end">
								{'  '}
								{line}
							</Text>
						))}
					</Box>
				);
			})}
		</Box>
	);
}
