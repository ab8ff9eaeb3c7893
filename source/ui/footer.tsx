import {Box, Text} from 'ink';
import {type FooterItem, activeContexts, footerItems} from './keymap.js';
import type {UiState} from './state.js';
import {fit, spread, widthOf} from './text.js';

/** The key hints (or a notice in their place), plus the filter line while a filter is typed or set. */
export function footerRows(state: UiState): number {
	return state.filtering || state.filter !== '' ? 2 : 1;
}

const separator = ' · ';

/** The leading footer items that fit in `width` columns. */
export function fittingItems(items: readonly FooterItem[], width: number): FooterItem[] {
	const kept: FooterItem[] = [];
	let used = 0;
	for (const item of items) {
		const w = widthOf(`${item.keys} ${item.label}`) + (kept.length > 0 ? separator.length : 0);
		if (used + w > width) break;
		kept.push(item);
		used += w;
	}
	return kept;
}

export interface FooterProps {
	readonly state: UiState;
	/** The terminal is large enough for the dashboard: else only the keys that work then are shown. */
	readonly fits: boolean;
	/** Items matching the filter across all panes. */
	readonly matches: number;
	readonly width: number;
}

export function Footer({state, fits, matches, width}: FooterProps) {
	const items = fittingItems(footerItems(activeContexts(state, fits)), width);
	return (
		<Box flexDirection="column">
			{fits && footerRows(state) === 2 ? (
				<Text wrap="truncate-end" bold={state.filtering}>
					{spread(`/${state.filter}${state.filtering ? '▏' : ''}`, `${matches} ${matches === 1 ? 'match' : 'matches'}`, width)}
				</Text>
			) : null}
			{state.notice === null ? (
				<Text wrap="truncate-end">
					{items.map((item, i) => (
						<Text key={item.label}>
							{i > 0 ? separator : ''}
							<Text bold>{fit(item.keys, width)}</Text> {item.label}
						</Text>
					))}
				</Text>
			) : (
				<Text bold>{fit(state.notice, width)}</Text>
			)}
		</Box>
	);
}
