import {Box, Text, useApp, useInput} from 'ink';
import type {SinceNote} from '../brief/since.js';
import {useEffect, useMemo, useState, useSyncExternalStore} from 'react';
import type {BriefStore} from '../brief/store.js';
import {reduceContextFor, sourceGeometry, viewEntriesCache, viewTable, viewTitle} from './activeView.js';
import {Dashboard} from './dashboard.js';
import {emptyViewText} from './emptyText.js';
import {ListBuilder, filterLists} from './entries.js';
import {Footer, footerRows} from './footer.js';
import {Header, headerRows} from './header.js';
import {Help} from './help.js';
import {keyPresses} from './keyPress.js';
import {activeContexts, resolveKey} from './keymap.js';
import {fitsScreen, layoutFor, viewBox} from './layout.js';
import {ListPane} from './listPane.js';
import {SkippedFileView} from './skippedFileView.js';
import {SourceView} from './sourceView.js';
import {initialState, panes, reduce, topView} from './state.js';
import {ColorProvider} from './theme.js';
import {tooSmallLines} from './tooSmall.js';
import {useTerminalSize} from './useTerminalSize.js';

export interface AppProps {
	readonly store: BriefStore;
	readonly color: boolean;
	readonly since?: SinceNote | undefined;
}

/** The dashboard: reads the brief from the store, owns the UI state, handles every key in one place. */
export function App({store, color, since}: AppProps) {
	const {exit} = useApp();
	const snapshot = useSyncExternalStore(store.subscribe, store.getSnapshot);
	const {brief} = snapshot;
	const size = useTerminalSize();
	const [state, setState] = useState(initialState);
	const [builder] = useState(() => new ListBuilder());

	const all = useMemo(() => builder.build(brief, snapshot.fresh), [builder, brief, snapshot.fresh]);
	const lists = useMemo(() => filterLists(all, state.filter), [all, state.filter]);
	const fresh = useMemo(() => all.developments.filter(item => item.fresh).slice(0, 5), [all]);
	const matches = useMemo(() => panes.reduce((sum, pane) => sum + lists[pane].length, 0), [lists]);
	const fits = fitsScreen(size);
	// A terminal too small for the dashboard shows only what it needs and how to quit.
	const headerHeight = fits ? headerRows(snapshot, fresh.length) : 0;
	const footerHeight = fits ? footerRows(state) : 1;
	// One object per screen geometry: memoized panes compare their boxes by identity.
	const layout = useMemo(() => layoutFor(size, headerHeight, footerHeight), [size, headerHeight, footerHeight]);
	const fullBox = useMemo(() => viewBox(layout), [layout]);
	// Moving the cursor replaces the view object but not the list it shows: lists are kept per view.
	const entriesOf = useMemo(() => viewEntriesCache(lists, brief), [lists, brief]);
	const loading = snapshot.progress !== null;
	const situation = useMemo(
		() => ({filter: state.filter, loading, articles: brief.articles.length, skipped: brief.skipped.length}),
		[state.filter, loading, brief.articles.length, brief.skipped.length],
	);

	const view = topView(state);
	const source = view?.kind === 'source' ? view : undefined;
	// Scrolling replaces the view too; the wrapped text only depends on what is shown and the size.
	const geometry = useMemo(
		() => (source === undefined ? null : sourceGeometry(source, brief, layout)),
		[source?.target, source?.mention, brief, layout.width, layout.body],
	);

	useInput((input, key) => {
		// Resolved against the state the key arrives in, so keys typed faster than a render are not lost.
		setState(previous => {
			let next = previous;
			for (const [text, press] of keyPresses(input, key)) {
				const action = resolveKey(activeContexts(next, fits), text, press);
				if (action !== null) next = reduce(next, action, reduceContextFor(next, lists, brief, layout, entriesOf));
			}
			return next;
		});
	});

	useEffect(() => {
		if (state.quit) exit();
	}, [state.quit, exit]);

	let body;
	if (!fits) {
		body = tooSmallLines(size, layout.width, layout.body).map((line, i) => <Text key={i}>{line}</Text>);
	} else if (state.help) {
		body = <Help state={state} layout={layout} />;
	} else if (view === undefined) {
		body = <Dashboard lists={lists} state={state} layout={layout} situation={situation} />;
	} else if (view.kind === 'source') {
		body = <SourceView view={view} geometry={geometry} layout={layout} />;
	} else if (view.kind === 'skipped-file') {
		body = <SkippedFileView view={view} box={fullBox} />;
	} else {
		body = (
			<ListPane
				title={viewTitle(view)}
				shape={viewTable(view)}
				entries={entriesOf(view)}
				cursor={view.cursor}
				box={fullBox}
				focused
				empty={emptyViewText(view, state.filter)}
			/>
		);
	}

	return (
		<ColorProvider value={color}>
			<Box flexDirection="column" width={layout.width} height={layout.height}>
				{fits ? <Header snapshot={snapshot} fresh={fresh} width={layout.width} since={since} /> : null}
				<Box flexDirection="column" height={layout.body}>
					{body}
				</Box>
				<Footer state={state} fits={fits} matches={matches} width={layout.width} />
			</Box>
		</ColorProvider>
	);
}
