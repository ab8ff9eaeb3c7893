import {describe, expect, it} from 'vitest';
import {reduceContextFor} from '../../source/ui/activeView.js';
import {selectedIndex} from '../../source/ui/cursor.js';
import {buildLists} from '../../source/ui/entries.js';
import {layoutFor} from '../../source/ui/layout.js';
import {type UiState, type View, initialState, listCursor, topView} from '../../source/ui/state.js';
import {sampleBrief} from '../fixtures/ui/brief.js';
import {typeKeys} from './press.js';

const brief = sampleBrief();
const lists = buildLists(brief, new Set());
const layout = layoutFor({columns: 80, rows: 24}, 1, 1);
const context = (state: UiState) => reduceContextFor(state, lists, brief, layout);
const run = (keys: string) => typeKeys(keys.split(' ').filter(Boolean), context);

/** The text of the selected row in the focused pane or top list view. */
function selectedText(state: UiState): string | undefined {
	const view = topView(state);
	const entries = view === undefined ? lists[state.focus] : view.kind === 'speakers' ? lists.speakers : [];
	const cursor = listCursor(state);
	return cursor === null ? undefined : entries[selectedIndex(cursor, entries)]?.cells[0];
}

const kinds = (state: UiState) => state.views.map(view => view.kind);

describe('pane focus', () => {
	it.each([
		['', 'headlines'],
		['tab', 'figures'],
		['tab tab tab tab', 'headlines'],
		['shift-tab', 'developments'],
		['l l', 'quotes'],
		['right', 'figures'],
		['h', 'developments'],
		['left left', 'quotes'],
		['3', 'quotes'],
		['4 1', 'headlines'],
		['2', 'figures'],
	])('%j focuses %s', (keys, pane) => {
		expect(run(keys).focus).toBe(pane);
	});
});

describe('moving in a list', () => {
	it.each([
		['', 0],
		['j', 1],
		['j j down', 3],
		['j k', 0],
		['k', 0],
		['G', brief.headlines.length - 1],
		['end', brief.headlines.length - 1],
		['G g', 0],
		['G home', 0],
		['ctrl-d', 8],
		['ctrl-d ctrl-u', 0],
		['pagedown', brief.headlines.length - 1],
		['pagedown pageup', 0],
	])('%j selects headline %i', (keys, index) => {
		expect(selectedText(run(keys))).toBe(lists.headlines[index]?.cells[0]);
	});

	it('keeps a cursor per pane', () => {
		const state = run('j j tab j tab shift-tab');
		expect(state.focus).toBe('figures');
		expect(selectedText(state)).toBe(lists.figures[1]?.cells[0]);
		expect(selectedText(run('j j tab j shift-tab'))).toBe(lists.headlines[2]?.cells[0]);
	});
});

describe('opening items', () => {
	it('opens a single-source development straight in the source view', () => {
		const state = run('4 enter');
		const view = topView(state) as Extract<View, {kind: 'source'}>;
		expect(view.kind).toBe('source');
		const article = brief.articles.find(item => item.id === view.target.articleId);
		const mention = view.target.mentions[view.mention];
		expect(article?.text.slice(mention?.span.start, mention?.span.end)).toBe('South Korea is not ruling out supplying Ukraine with weapons');
	});

	it('lists the sources of a merged development, then opens one, and Esc walks back', () => {
		expect(kinds(run('4 j j enter'))).toEqual(['reports']);
		expect(kinds(run('4 j j enter j enter'))).toEqual(['reports', 'source']);
		const articleOf = (keys: string) => (topView(run(keys)) as Extract<View, {kind: 'source'}>).target.articleId;
		expect(articleOf('4 j j enter enter')).toBe('a0');
		expect(articleOf('4 j j enter j enter')).toBe('a4');
		expect(kinds(run('4 j j enter j enter esc'))).toEqual(['reports']);
		expect(kinds(run('4 j j enter j enter esc esc'))).toEqual([]);
		expect(run('4 j j enter j enter esc esc').focus).toBe('developments');
	});

	it('lists each source of a figure group', () => {
		const state = run('2 enter');
		expect(lists.figures[0]?.cells[0]).toBe('8,000–15,000');
		expect(topView(state)).toMatchObject({kind: 'reports', of: {kind: 'figure-group'}});
	});

	it('shows all quotes of the selected speaker with s, only on quotes', () => {
		expect(topView(run('3 s'))).toMatchObject({kind: 'speaker-quotes', speaker: 'Volodymyr Zelensky'});
		expect(kinds(run('1 s'))).toEqual([]);
	});

	it('says why s does nothing on a quote with no speaker, until the next key', () => {
		const anonymous = {...brief, quotes: brief.quotes.map((quote, index) => (index === 0 ? {...quote, speaker: null, speakerAsWritten: null} : quote))};
		const anonymousLists = buildLists(anonymous, new Set());
		const anonymousContext = (state: UiState) => reduceContextFor(state, anonymousLists, anonymous, layout);
		const pressed = typeKeys(['3', 's'], anonymousContext);
		expect(kinds(pressed)).toEqual([]);
		expect(pressed.notice).toBe('This quote names no speaker');
		expect(typeKeys(['j'], anonymousContext, pressed).notice).toBeNull();
		expect(run('3 s').notice).toBeNull();
	});

	it('opens the speakers list and a speaker from it', () => {
		expect(kinds(run('p'))).toEqual(['speakers']);
		expect(selectedText(run('p j'))).toBe('Dmitry Peskov');
		expect(topView(run('p j enter'))).toMatchObject({kind: 'speaker-quotes', speaker: 'Dmitry Peskov'});
	});

	it('lists the skipped files with S, each with its reason, and goes back with Esc', () => {
		expect(kinds(run('4 S'))).toEqual(['skipped']);
		expect(lists.skipped.map(item => item.cells)).toEqual([['notes.pdf', 'not a text format (PDF)']]);
		expect(kinds(run('S esc'))).toEqual([]);
	});
});

describe('source view', () => {
	const sourceOf = (state: UiState) => topView(state) as Extract<View, {kind: 'source'}>;
	// The fourth quote from the end is Kurt Volker's first; he is quoted twice in that article.
	const volker = `3 ${'j '.repeat(lists.quotes.findIndex(item => item.speaker === 'Kurt Volker'))}enter`;

	it('cycles through the mentions of the same speaker with n and N', () => {
		expect(sourceOf(run(volker)).target.mentions).toHaveLength(2);
		expect(sourceOf(run(volker)).mention).toBe(0);
		expect(sourceOf(run(`${volker} n`)).mention).toBe(1);
		expect(sourceOf(run(`${volker} n n`)).mention).toBe(0);
		expect(sourceOf(run(`${volker} N`)).mention).toBe(1);
	});

	it('scrolls by line and to either end, within the text', () => {
		const at = (keys: string) => {
			const state = run(keys);
			const source = context(state).source;
			return source === null ? -1 : source.anchorLine - 2 + sourceOf(state).scroll;
		};
		const start = at(volker);
		expect(at(`${volker} j`)).toBe(start + 1);
		expect(at(`${volker} j k k`)).toBe(start - 1);
		expect(at(`${volker} g`)).toBe(0);
		expect(at(`${volker} g k`)).toBe(0);
		const lines = context(run(volker)).source;
		expect(at(`${volker} G`)).toBe((lines?.lines ?? 0) - (lines?.page ?? 0));
	});

	it('does not move list cursors or focus panes while open', () => {
		const state = run(`${volker} 1 tab`);
		expect(state.focus).toBe('quotes');
		expect(kinds(state)).toEqual(['source']);
	});
});

describe('filter', () => {
	it.each([
		['/ p e s k o v', 'peskov', true],
		['/ p e s k o v enter', 'peskov', false],
		['/ p e s k o v esc', '', false],
		['/ p e s k o v enter esc', '', false],
		['/ p e x backspace s', 'pes', true],
		['/ q', 'q', true],
		['/ j k G', 'jkG', true],
	])('%j leaves filter %j (typing: %s)', (keys, filter, filtering) => {
		const state = run(keys);
		expect(state.filter).toBe(filter);
		expect(state.filtering).toBe(filtering);
		expect(state.quit).toBe(false);
	});
});

describe('help and quitting', () => {
	it.each([
		['?', true],
		['? ?', false],
		['? esc', false],
		['? j', true],
	])('%j leaves help open: %s', (keys, open) => {
		expect(run(keys).help).toBe(open);
	});

	it('ignores list keys under the help overlay', () => {
		expect(selectedText(run('? j j'))).toBe(lists.headlines[0]?.cells[0]);
	});

	it.each(['q', 'ctrl-c', '/ ctrl-c', '? q', '4 enter q'])('%j quits', keys => {
		expect(run(keys).quit).toBe(true);
	});

	it('does nothing for unbound keys', () => {
		expect(run('x y z')).toEqual(initialState);
	});
});

describe('selection identity', () => {
	it('keeps the selected development when newer ones arrive above it', () => {
		const partial = sampleBrief({only: ['a0', 'a1', 'a2', 'a3']});
		const before = buildLists(partial, new Set());
		const state = typeKeys(['4', 'j'], s => reduceContextFor(s, before, partial, layout));
		const chosen = before.developments[1];
		expect(chosen?.cells[1]).toBe('Zelensky congratulated Trump on his US election victory');
		const after = buildLists(brief, new Set());
		const cursor = listCursor(state);
		expect(cursor).not.toBeNull();
		expect(after.developments[selectedIndex(cursor!, after.developments)]?.key).toBe(chosen?.key);
	});
});
