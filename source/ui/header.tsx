import {Box, Text} from 'ink';
import {type SinceNote, sinceLabel} from '../brief/since.js';
import {memo, useEffect, useState} from 'react';
import type {BriefSnapshot, LoadProgress} from '../brief/store.js';
import {newestPublished} from '../brief/summary.js';
import {skippedSummary} from './emptyText.js';
import type {Entry} from './entries.js';
import {fit, widthOf} from './text.js';
import {counted} from '../text/plural.js';
import {useTone} from './theme.js';

const name = 'ukraine-brief';

/** How long each fresh development stays in the ticker. */
export const tickerMs = 4000;

/** Rows the header takes: the summary, the progress line while loading, the ticker while there is news. */
export function headerRows(snapshot: BriefSnapshot, freshCount: number): number {
	return 1 + (snapshot.progress === null ? 0 : 1) + (freshCount > 0 ? 1 : 0);
}

function progressLine({done, total}: LoadProgress, width: number): string {
	const label = `Loading ${done}/${total} articles `;
	const barWidth = Math.max(0, Math.min(30, width - widthOf(label)));
	const filled = total === 0 ? 0 : Math.round((barWidth * done) / total);
	return fit(label + '█'.repeat(filled) + '░'.repeat(barWidth - filled), width);
}

/** Rolls through the newest fresh developments, one at a time. */
function Ticker({fresh, width}: {readonly fresh: readonly Entry[]; readonly width: number}) {
	const tone = useTone();
	const [tick, setTick] = useState(0);
	useEffect(() => {
		if (fresh.length < 2) return;
		const timer = setInterval(() => setTick(value => value + 1), tickerMs);
		return () => clearInterval(timer);
	}, [fresh.length]);
	const item = fresh[tick % fresh.length];
	if (item === undefined) return null;
	const [date = '', text = ''] = item.cells;
	const position = fresh.length > 1 ? ` (${(tick % fresh.length) + 1}/${fresh.length})` : '';
	return (
		<Text wrap="truncate-end">
			<Text bold color={tone('fresh')}>
				new ▸{' '}
			</Text>
			{fit(`${date} ${text}${position}`, width - 6)}
		</Text>
	);
}

export interface HeaderProps {
	readonly snapshot: BriefSnapshot;
	/** Fresh developments, newest first. */
	readonly fresh: readonly Entry[];
	readonly width: number;
	/** With `--since`: the brief this one shows only what is new against. */
	readonly since?: SinceNote | undefined;
}

/** Corpus summary, load progress and the news ticker; rendered again only when one of them changes. */
export const Header = memo(function Header({snapshot, fresh, width, since}: HeaderProps) {
	const tone = useTone();
	const {brief, progress} = snapshot;
	const newest = newestPublished(brief);
	const delta = since === undefined ? '' : `${sinceLabel(since)} · `;
	const summary = `${delta}${counted(brief.articles.length, 'article')} · ${skippedSummary(brief.skipped.length)} · newest ${newest ?? 'date unknown'}`;
	return (
		<Box flexDirection="column">
			<Text wrap="truncate-end">
				<Text bold color={tone('accent')}>
					{name}
				</Text>
				{fit(`  ${summary}`, width - widthOf(name))}
			</Text>
			{progress === null ? null : <Text wrap="truncate-end">{progressLine(progress, width)}</Text>}
			{fresh.length > 0 ? <Ticker fresh={fresh} width={width} /> : null}
		</Box>
	);
});
