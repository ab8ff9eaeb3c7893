import {Box, Text} from 'ink';
import {useMemo} from 'react';
import {paneTables, paneTitles} from './activeView.js';
import type {Cursor} from './cursor.js';
import {type PaneSituation, emptyPaneText} from './emptyText.js';
import type {DashboardLists, Entry} from './entries.js';
import {type Box as Size, type Layout, paneBox} from './layout.js';
import {ListPane} from './listPane.js';
import {type Pane, type UiState, panes} from './state.js';
import {fit, widthOf} from './text.js';

export interface DashboardProps {
	readonly lists: DashboardLists;
	readonly state: UiState;
	/** Kept the same object while the screen size is, so panes that did not change skip rendering. */
	readonly layout: Layout;
	/** Why an empty pane is empty. */
	readonly situation: PaneSituation;
}

interface DashboardPaneProps {
	readonly pane: Pane;
	readonly entries: readonly Entry[];
	readonly cursor: Cursor;
	readonly box: Size;
	readonly focused: boolean;
	readonly situation: PaneSituation;
}

/** Takes only what its own pane shows, so `ListPane`'s memo holds when another pane's cursor moves. */
function DashboardPane({pane, entries, cursor, box, focused, situation}: DashboardPaneProps) {
	const title = paneTitles[pane];
	const empty = emptyPaneText(title, situation);
	return (
		<ListPane
			title={`${panes.indexOf(pane) + 1} ${title}`}
			shape={paneTables[pane]}
			entries={entries}
			cursor={cursor}
			box={box}
			focused={focused}
			empty={empty}
		/>
	);
}

/**
 * The tab bar's text in `width` columns: every pane with its number, title and item count, the focused one in
 * brackets. When that is too wide the other tabs shrink to their number, then the focused tab drops its count:
 * the focused tab always shows whole.
 */
export function tabBarText(labels: readonly {readonly title: string; readonly count: number}[], focused: number, width: number): string {
	const tab = (text: string, i: number) => (i === focused ? `[${text}]` : ` ${text} `);
	const attempts = [
		labels.map(({title, count}, i) => tab(`${i + 1} ${title} ${count}`, i)),
		labels.map(({title, count}, i) => (i === focused ? tab(`${i + 1} ${title} ${count}`, i) : `${i + 1}`)),
		labels.map(({title}, i) => (i === focused ? tab(`${i + 1} ${title}`, i) : `${i + 1}`)),
	];
	const line = attempts.map(tabs => tabs.join(' ')).find(text => widthOf(text) <= width) ?? attempts.at(-1)!.join(' ');
	return fit(line, width);
}

/** One row naming every pane with its item count; the focused one in brackets. */
function TabBar({lists, state, layout}: DashboardProps) {
	const labels = panes.map(pane => ({title: paneTitles[pane], count: lists[pane].length}));
	return <Text wrap="truncate-end">{tabBarText(labels, panes.indexOf(state.focus), layout.width)}</Text>;
}

/** The four panes: a 2x2 grid when the terminal is large enough, else the focused pane under a tab bar. */
export function Dashboard(props: DashboardProps) {
	const {lists, state, layout, situation} = props;
	const boxes = useMemo(() => Object.fromEntries(panes.map(pane => [pane, paneBox(layout, pane)])) as Record<Pane, Size>, [layout]);
	const paneProps = (pane: Pane): DashboardPaneProps => ({
		pane,
		entries: lists[pane],
		cursor: state.cursors[pane],
		box: boxes[pane],
		focused: pane === state.focus,
		situation,
	});
	if (layout.mode === 'tabs') {
		return (
			<Box flexDirection="column">
				<TabBar {...props} />
				<DashboardPane {...paneProps(state.focus)} />
			</Box>
		);
	}
	return (
		<Box flexDirection="column">
			<Box>
				<DashboardPane {...paneProps('headlines')} />
				<DashboardPane {...paneProps('figures')} />
			</Box>
			<Box>
				<DashboardPane {...paneProps('quotes')} />
				<DashboardPane {...paneProps('developments')} />
			</Box>
		</Box>
	);
}
