import {Box, Text} from 'ink';
import {paneTables, paneTitles} from './activeView.js';
import type {DashboardLists} from './entries.js';
import {type Layout, paneBox} from './layout.js';
import {ListPane} from './listPane.js';
import {type Pane, type UiState, panes} from './state.js';
import {fit} from './text.js';

export interface DashboardProps {
	readonly lists: DashboardLists;
	readonly state: UiState;
	readonly layout: Layout;
}

function DashboardPane({pane, lists, state, layout}: DashboardProps & {readonly pane: Pane}) {
	const title = paneTitles[pane];
	const empty = state.filter === '' ? `No ${title.toLowerCase()} found` : `Nothing matches “${state.filter}”`;
	return (
		<ListPane
			title={`${panes.indexOf(pane) + 1} ${title}`}
			shape={paneTables[pane]}
			entries={lists[pane]}
			cursor={state.cursors[pane]}
			box={paneBox(layout, pane)}
			focused={pane === state.focus}
			empty={empty}
		/>
	);
}

/** One row naming every pane with its item count; the focused one in brackets (and inverse). */
function TabBar({lists, state, layout}: DashboardProps) {
	return (
		<Text wrap="truncate-end">
			{fit(
				panes
					.map((pane, i) => {
						const label = `${i + 1} ${paneTitles[pane]} ${lists[pane].length}`;
						return pane === state.focus ? `[${label}]` : ` ${label} `;
					})
					.join(' '),
				layout.width,
			)}
		</Text>
	);
}

/** The four panes: a 2x2 grid when the terminal is large enough, else the focused pane under a tab bar. */
export function Dashboard(props: DashboardProps) {
	if (props.layout.mode === 'tabs') {
		return (
			<Box flexDirection="column">
				<TabBar {...props} />
				<DashboardPane {...props} pane={props.state.focus} />
			</Box>
		);
	}
	return (
		<Box flexDirection="column">
			<Box>
				<DashboardPane {...props} pane="headlines" />
				<DashboardPane {...props} pane="figures" />
			</Box>
			<Box>
				<DashboardPane {...props} pane="quotes" />
				<DashboardPane {...props} pane="developments" />
			</Box>
		</Box>
	);
}
