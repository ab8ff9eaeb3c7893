import type {Key} from 'ink';
import {noKey} from '../../source/ui/keyPress.js';
import {activeContexts, resolveKey} from '../../source/ui/keymap.js';
import {type ReduceContext, type UiState, initialState, reduce} from '../../source/ui/state.js';

const named: Record<string, Partial<Key>> = {
	up: {upArrow: true},
	down: {downArrow: true},
	left: {leftArrow: true},
	right: {rightArrow: true},
	pageup: {pageUp: true},
	pagedown: {pageDown: true},
	home: {home: true},
	end: {end: true},
	enter: {return: true},
	esc: {escape: true, meta: true},
	tab: {tab: true},
	'shift-tab': {tab: true, shift: true},
	backspace: {delete: true},
};

/** A key as Ink's useInput reports it: `press('j')`, `press('enter')`, `press('ctrl-d')`. */
export function press(name: string): [string, Key] {
	const special = named[name];
	if (special !== undefined) return ['', {...noKey, ...special}];
	if (name.startsWith('ctrl-')) return [name.slice(5), {...noKey, ctrl: true}];
	return [name, {...noKey, shift: /^[A-Z]$/.test(name)}];
}

/** Feeds key names through the keymap and the reducer, as the dashboard does. */
export function typeKeys(keys: readonly string[], context: (state: UiState) => ReduceContext, from: UiState = initialState): UiState {
	let state = from;
	for (const name of keys) {
		const [input, key] = press(name);
		const action = resolveKey(activeContexts(state), input, key);
		if (action !== null) state = reduce(state, action, context(state));
	}
	return state;
}
