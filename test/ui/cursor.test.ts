import {describe, expect, it} from 'vitest';
import {type Cursor, listWindow, moveCursor, selectedIndex, startCursor} from '../../source/ui/cursor.js';
import {buildLists} from '../../source/ui/entries.js';
import {sampleBrief} from '../fixtures/ui/brief.js';

const quotes = buildLists(sampleBrief(), new Set()).quotes;
const keyed = (...keys: string[]) => keys.map(key => ({key}));

describe('selectedIndex', () => {
	it('follows the selected quote when the list changes under it', () => {
		const cursor = moveCursor(startCursor, quotes, 5, 4);
		const chosen = quotes[5];
		const reordered = [...quotes].reverse();
		expect(reordered[selectedIndex(cursor, reordered)]).toBe(chosen);
		const shorter = quotes.slice(3);
		expect(shorter[selectedIndex(cursor, shorter)]).toBe(chosen);
	});

	it('falls back to the remembered position, clamped, when the item is gone', () => {
		const cursor: Cursor = {key: 'gone', index: 7, row: 0};
		expect(selectedIndex(cursor, quotes)).toBe(7);
		expect(selectedIndex(cursor, quotes.slice(0, 3))).toBe(2);
		expect(selectedIndex(cursor, [])).toBe(-1);
	});

	it('stays on the selected one of two items that share a key', () => {
		const items = keyed('a', 'b', 'a', 'c');
		const cursor = moveCursor(startCursor, items, 2, 4);
		expect(selectedIndex(cursor, items)).toBe(2);
		expect(moveCursor(cursor, items, 1, 4).index).toBe(3);
	});
});

describe('moving through a long list', () => {
	const items = Array.from({length: 70_000}, (_, i) => ({key: `q|${i}`}));

	it('keeps the selection on screen and the window following it', () => {
		let cursor = startCursor;
		for (let i = 0; i < 12; i++) cursor = moveCursor(cursor, items, 1, 5);
		expect(selectedIndex(cursor, items)).toBe(12);
		expect(listWindow(cursor, items, 5)).toEqual({top: 8, selected: 12});
		cursor = moveCursor(cursor, items, Number.POSITIVE_INFINITY, 5);
		expect(listWindow(cursor, items, 5)).toEqual({top: 69_995, selected: 69_999});
	});
});
