import {readFileSync, writeFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';
import {keyName, keyPresses, noKey} from '../../source/ui/keyPress.js';
import {type KeyContext, activeContexts, footerItems, keyLabel, keymap, resolveKey} from '../../source/ui/keymap.js';
import {keysMarkdown} from '../../source/ui/keysDoc.js';
import {startCursor} from '../../source/ui/cursor.js';
import {type UiState, initialState} from '../../source/ui/state.js';
import {press} from './press.js';

describe('keyName', () => {
	it.each([
		['j', 'j'],
		['G', 'G'],
		['?', '?'],
		['up', 'up'],
		['pagedown', 'pagedown'],
		['enter', 'enter'],
		['esc', 'esc'],
		['tab', 'tab'],
		['shift-tab', 'shift-tab'],
		['backspace', 'backspace'],
		['ctrl-d', 'ctrl-d'],
		['ctrl-c', 'ctrl-c'],
	])('reads %s as %s', (pressed, name) => {
		const [input, key] = press(pressed);
		expect(keyName(input, key)).toBe(name);
	});
});

describe('keyPresses', () => {
	const names = (input: string) => keyPresses(input, press(input)[1]).map(([text, key]) => keyName(text, key));

	it.each([
		['j', ['j']],
		['1j\r', ['1', 'j', 'enter']],
		['zelensky', ['z', 'e', 'l', 'e', 'n', 's', 'k', 'y']],
		['Gg\t', ['G', 'g', 'tab']],
		['ab\u007F', ['a', 'b', 'backspace']],
		['q\u0003', ['q', 'ctrl-c']],
		['Київ', ['К', 'и', 'ї', 'в']],
	])('splits %j into one press per key', (input, expected) => {
		expect(names(input)).toEqual(expected);
	});

	it('reads Esc and a key typed fast (one "Alt" key to the terminal) as Esc, then the key', () => {
		const alt = (input: string) => keyPresses(input, {...noKey, meta: true}).map(([text, key]) => keyName(text, key));
		expect(alt('j')).toEqual(['esc', 'j']);
		expect(alt('G')).toEqual(['esc', 'G']);
		expect(keyPresses('', {...noKey, meta: true, escape: true}).map(([text, key]) => keyName(text, key))).toEqual(['esc']);
		expect(keyPresses('', {...noKey, meta: true, upArrow: true}).map(([text, key]) => keyName(text, key))).toEqual(['up']);
	});
});

const states: Record<string, UiState> = {
	dashboard: initialState,
	'quotes pane': {...initialState, focus: 'quotes'},
	'filtered dashboard': {...initialState, filter: 'kursk'},
	'typing a filter': {...initialState, filtering: true},
	help: {...initialState, help: true},
	speakers: {...initialState, views: [{kind: 'speakers', cursor: startCursor}]},
	'speaker quotes': {...initialState, views: [{kind: 'speaker-quotes', speaker: 'Kurt Volker', cursor: startCursor}]},
	source: {
		...initialState,
		views: [{kind: 'source', target: {articleId: 'a4', mentions: [], index: 0, label: ''}, mention: 0, scroll: 0}],
	},
};

describe('resolveKey', () => {
	const resolve = (state: UiState, pressed: string) => resolveKey(activeContexts(state), ...press(pressed));

	it.each([
		['dashboard', 'tab', {type: 'focus-next-pane'}],
		['dashboard', '4', {type: 'focus-pane', pane: 'developments'}],
		['dashboard', 'ctrl-u', {type: 'move-page', pages: -0.5}],
		['dashboard', 'enter', {type: 'open'}],
		['dashboard', 'esc', null],
		['dashboard', 's', null],
		['quotes pane', 's', {type: 'show-speaker'}],
		['filtered dashboard', 'esc', {type: 'filter-clear'}],
		['typing a filter', 'q', {type: 'filter-type', text: 'q'}],
		['typing a filter', 'Ž', {type: 'filter-type', text: 'Ž'}],
		['typing a filter', 'enter', {type: 'filter-apply'}],
		['typing a filter', 'tab', null],
		['typing a filter', 'ctrl-c', {type: 'quit'}],
		['help', '?', {type: 'close-help'}],
		['help', 'j', {type: 'move-by', items: 1}],
		['help', 'tab', null],
		['help', 'q', {type: 'quit'}],
		['speakers', 'esc', {type: 'back'}],
		['speakers', 'tab', null],
		['speaker quotes', 's', {type: 'show-speaker'}],
		['source', 'n', {type: 'next-mention'}],
		['source', 'enter', null],
		['source', 'j', {type: 'move-by', items: 1}],
	])('in %s, %s sends %j', (state, pressed, action) => {
		expect(resolve(states[state]!, pressed)).toEqual(action);
	});

	it('lets only quitting work on a terminal too small for the dashboard', () => {
		for (const [pressed, action] of [['q', {type: 'quit'}], ['ctrl-c', {type: 'quit'}], ['?', null], ['tab', null], ['j', null], ['3', null]] as const) {
			expect(resolveKey(activeContexts(initialState, false), ...press(pressed))).toEqual(action);
		}
		expect(footerItems(activeContexts(initialState, false))).toEqual([{keys: 'q', label: 'quit'}]);
	});

	it('never binds one key to two actions where both apply (except ? closing help)', () => {
		for (const [name, state] of Object.entries(states)) {
			const contexts = activeContexts(state);
			const seen = new Map<string, string>();
			for (const binding of keymap.filter(item => item.contexts.some(context => contexts.includes(context)))) {
				for (const key of binding.keys) {
					const earlier = seen.get(key);
					if (earlier !== undefined && !(name === 'help' && key === '?')) expect.fail(`${name}: ${key} bound to ${earlier} and ${binding.action.type}`);
					seen.set(key, binding.action.type);
				}
			}
		}
	});

	it('can reach every binding from some state', () => {
		const reachable = new Set<KeyContext>(Object.values(states).flatMap(state => activeContexts(state)));
		for (const binding of keymap) expect(binding.contexts.some(context => reachable.has(context)), binding.description).toBe(true);
	});
});

describe('footer', () => {
	it.each([
		['dashboard', '? help · q quit · Tab pane · j/k move · Enter open · / filter · p speakers · S skipped'],
		['quotes pane', '? help · q quit · Tab pane · j/k move · Enter open · / filter · s speaker · p speakers · S skipped'],
		['filtered dashboard', 'Esc clear filter · ? help · q quit · Tab pane · j/k move · Enter open · / filter · p speakers · S skipped'],
		['typing a filter', 'Enter apply · Esc clear filter · Backspace delete'],
		['help', 'Esc close · ? help · q quit · j/k move'],
		['source', 'Esc back · ? help · q quit · j/k move · n/N mention'],
	])('in %s reads %j', (state, text) => {
		expect(
			footerItems(activeContexts(states[state]!))
				.map(item => `${item.keys} ${item.label}`)
				.join(' · '),
		).toBe(text);
	});
});

describe('docs/keys.md', () => {
	const path = fileURLToPath(new URL('../../docs/keys.md', import.meta.url));

	it('is generated from the keymap and up to date', () => {
		if (process.env.UPDATE_KEYS_DOC) writeFileSync(path, keysMarkdown());
		expect(readFileSync(path, 'utf8'), 'run UPDATE_KEYS_DOC=1 npx vitest run test/ui/keymap.test.ts').toBe(keysMarkdown());
	});

	it('lists every key of every binding', () => {
		const doc = keysMarkdown();
		for (const binding of keymap) for (const key of binding.keys) expect(doc).toContain(`\`${keyLabel(key)}\``);
	});
});
