/**
 * The one keymap. Input handling, the footer, the help overlay and docs/keys.md are all generated
 * from this table, so a key cannot work without being documented or be documented without working.
 */
import type {Key} from 'ink';
import {toSafeLine} from '../clean/controls.js';
import {keyName} from './keyPress.js';
import {type Pane, type UiAction, type UiState, topView} from './state.js';

/** Where a binding applies. Several are active at once (see `activeContexts`). */
export type KeyContext = 'always' | 'global' | 'dashboard' | 'filtered' | 'list' | 'quotes' | 'detail' | 'source' | 'filter' | 'help' | 'too-small';

/**
 * A key as `keyName` reports it: a typed character (`j`, `G`, `?`, `1`), a named key (`tab`,
 * `shift-tab`, `enter`, `esc`, `backspace`, `up`, `down`, `left`, `right`, `home`, `end`, `pageup`,
 * `pagedown`), `ctrl-<letter>`, or `text`: any printable input.
 */
export type KeyName = string;

/** The action a binding sends; filter typing gets its text from the key pressed. */
export type BindingAction = Exclude<UiAction, {type: 'filter-type'}> | {readonly type: 'filter-type'};

export interface Binding {
	readonly keys: readonly KeyName[];
	readonly action: BindingAction;
	/** Short enough for the help overlay's two-column layout at 80 columns. */
	readonly description: string;
	readonly contexts: readonly KeyContext[];
	/** Short label in the footer; bindings with the same label share one footer item ("j/k move"). */
	readonly footer?: string;
}

const focus = (pane: Pane, key: string, name: string): Binding => ({
	keys: [key],
	action: {type: 'focus-pane', pane},
	description: `${name} pane`,
	contexts: ['dashboard'],
});

/** In priority order: the first binding whose key matches in an active context wins; the footer keeps the first ones that fit. */
export const keymap: readonly Binding[] = [
	{keys: ['ctrl-c'], action: {type: 'quit'}, description: 'Quit', contexts: ['always']},
	{keys: ['enter'], action: {type: 'filter-apply'}, description: 'Keep the filter', contexts: ['filter'], footer: 'apply'},
	{keys: ['esc'], action: {type: 'filter-clear'}, description: 'Clear the filter', contexts: ['filter', 'filtered'], footer: 'clear filter'},
	{keys: ['backspace'], action: {type: 'filter-delete'}, description: 'Delete a character', contexts: ['filter'], footer: 'delete'},
	{keys: ['text'], action: {type: 'filter-type'}, description: 'Type to filter', contexts: ['filter']},
	{keys: ['esc', '?'], action: {type: 'close-help'}, description: 'Close the help', contexts: ['help'], footer: 'close'},
	{keys: ['esc'], action: {type: 'back'}, description: 'Back', contexts: ['detail'], footer: 'back'},
	{keys: ['?'], action: {type: 'toggle-help'}, description: 'Show or hide this help', contexts: ['global'], footer: 'help'},
	{keys: ['q'], action: {type: 'quit'}, description: 'Quit', contexts: ['global', 'too-small'], footer: 'quit'},
	{keys: ['tab', 'l', 'right'], action: {type: 'focus-next-pane'}, description: 'Next pane', contexts: ['dashboard'], footer: 'pane'},
	{keys: ['shift-tab', 'h', 'left'], action: {type: 'focus-previous-pane'}, description: 'Previous pane', contexts: ['dashboard']},
	{keys: ['j', 'down'], action: {type: 'move-by', items: 1}, description: 'Down an item or line', contexts: ['list', 'source', 'help'], footer: 'move'},
	{keys: ['k', 'up'], action: {type: 'move-by', items: -1}, description: 'Up an item or line', contexts: ['list', 'source', 'help'], footer: 'move'},
	{keys: ['enter'], action: {type: 'open'}, description: 'Open the selected item', contexts: ['list'], footer: 'open'},
	{keys: ['n'], action: {type: 'next-mention'}, description: 'Next mention', contexts: ['source'], footer: 'mention'},
	{keys: ['N'], action: {type: 'previous-mention'}, description: 'Previous mention', contexts: ['source'], footer: 'mention'},
	{keys: ['/'], action: {type: 'start-filter'}, description: 'Filter all panes', contexts: ['dashboard'], footer: 'filter'},
	{keys: ['s'], action: {type: 'show-speaker'}, description: "This speaker's quotes", contexts: ['quotes'], footer: 'speaker'},
	{keys: ['p'], action: {type: 'show-speakers'}, description: 'Speakers list', contexts: ['dashboard'], footer: 'speakers'},
	{keys: ['S'], action: {type: 'show-skipped'}, description: 'Skipped files and why', contexts: ['dashboard'], footer: 'skipped'},
	{keys: ['pagedown'], action: {type: 'move-page', pages: 1}, description: 'Down a page', contexts: ['list', 'source', 'help']},
	{keys: ['pageup'], action: {type: 'move-page', pages: -1}, description: 'Up a page', contexts: ['list', 'source', 'help']},
	{keys: ['ctrl-d'], action: {type: 'move-page', pages: 0.5}, description: 'Down half a page', contexts: ['list', 'source', 'help']},
	{keys: ['ctrl-u'], action: {type: 'move-page', pages: -0.5}, description: 'Up half a page', contexts: ['list', 'source', 'help']},
	{keys: ['g', 'home'], action: {type: 'move-to', end: 'first'}, description: 'To the top', contexts: ['list', 'source', 'help']},
	{keys: ['G', 'end'], action: {type: 'move-to', end: 'last'}, description: 'To the bottom', contexts: ['list', 'source', 'help']},
	focus('headlines', '1', 'Headlines'),
	focus('figures', '2', 'Key figures'),
	focus('quotes', '3', 'Quotes'),
	focus('developments', '4', 'Developments'),
];

/** The contexts whose bindings work in this state, on a terminal that `fits` the dashboard (else only quitting does). */
export function activeContexts(state: UiState, fits = true): KeyContext[] {
	if (!fits) return ['always', 'too-small'];
	if (state.filtering) return ['always', 'filter'];
	if (state.help) return ['always', 'global', 'help'];
	const view = topView(state);
	if (view === undefined) {
		return ['always', 'global', 'dashboard', 'list', ...(state.focus === 'quotes' ? ['quotes' as const] : []), ...(state.filter === '' ? [] : ['filtered' as const])];
	}
	if (view.kind === 'source') return ['always', 'global', 'detail', 'source'];
	if (view.kind === 'skipped-file') return ['always', 'global', 'detail'];
	return ['always', 'global', 'detail', 'list', ...(view.kind === 'speaker-quotes' ? ['quotes' as const] : [])];
}

/** The contexts the help overlay describes: those beneath it. */
export function helpContexts(state: UiState): KeyContext[] {
	return activeContexts({...state, help: false});
}

const isText = (input: string, name: KeyName): boolean => name === input && toSafeLine(input) === input;

function applies(binding: Binding, contexts: readonly KeyContext[]): boolean {
	return binding.contexts.some(context => contexts.includes(context));
}

/** The action for a key press in the given contexts, or null when the key does nothing there. */
export function resolveKey(contexts: readonly KeyContext[], input: string, key: Key): UiAction | null {
	const name = keyName(input, key);
	if (name === null) return null;
	for (const binding of keymap) {
		if (!applies(binding, contexts)) continue;
		if (binding.keys.includes(name)) return binding.action.type === 'filter-type' ? {type: 'filter-type', text: input} : binding.action;
		if (binding.keys.includes('text') && isText(input, name)) return {type: 'filter-type', text: input};
	}
	return null;
}

/** The bindings that work in the given contexts, in keymap order. */
export function bindingsFor(contexts: readonly KeyContext[]): Binding[] {
	return keymap.filter(binding => applies(binding, contexts));
}

const keyLabels: Readonly<Record<string, string>> = {
	tab: 'Tab',
	'shift-tab': 'Shift-Tab',
	enter: 'Enter',
	esc: 'Esc',
	backspace: 'Backspace',
	up: '↑',
	down: '↓',
	left: '←',
	right: '→',
	home: 'Home',
	end: 'End',
	pageup: 'PgUp',
	pagedown: 'PgDn',
	text: 'any text',
};

/** How a key is written for people: `Tab`, `Ctrl-d`, `↑`, `G`. */
export function keyLabel(name: KeyName): string {
	if (name.startsWith('ctrl-')) return `Ctrl-${name.slice(5)}`;
	return keyLabels[name] ?? name;
}

/** How the first key bound to an action is written ("S" for the skipped files), for hints outside the footer. */
export function keyFor(type: UiAction['type']): string {
	const key = keymap.find(binding => binding.action.type === type)?.keys[0];
	return key === undefined ? '' : keyLabel(key);
}

export interface FooterItem {
	readonly keys: string;
	readonly label: string;
}

/** Footer items for the given contexts: one per footer label, the first key of each binding ("j/k move"). */
export function footerItems(contexts: readonly KeyContext[]): FooterItem[] {
	const items = new Map<string, string[]>();
	for (const binding of bindingsFor(contexts)) {
		if (binding.footer === undefined) continue;
		const keys = items.get(binding.footer) ?? [];
		const first = binding.keys[0];
		if (first !== undefined && !keys.includes(first)) keys.push(first);
		items.set(binding.footer, keys);
	}
	return [...items].map(([label, keys]) => ({keys: keys.map(keyLabel).join('/'), label}));
}
