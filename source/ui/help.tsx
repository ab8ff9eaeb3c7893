import {Text} from 'ink';
import {Frame} from './frame.js';
import {helpLines} from './helpLines.js';
import {type Layout, contentBox, viewBox} from './layout.js';
import {type UiState, helpTop} from './state.js';

/** The `?` overlay: every key that works where the user is; j/k and the paging keys scroll it when it does not fit. */
export function Help({state, layout}: {readonly state: UiState; readonly layout: Layout}) {
	const box = viewBox(layout);
	const inner = contentBox(box);
	const lines = helpLines(state, inner.width, inner.height);
	const top = helpTop(state.helpScroll, lines.length, inner.height);
	const shown = lines.slice(top, top + inner.height);
	const status = shown.length < lines.length ? `${top + 1}–${top + shown.length} of ${lines.length}` : 'Esc or ? closes';
	return (
		<Frame title="Keys here" status={status} box={box} focused>
			{shown.map((line, i) => (
				<Text key={top + i} wrap="truncate-end">
					{line}
				</Text>
			))}
		</Frame>
	);
}
