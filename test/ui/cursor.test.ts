import {describe, expect, it} from 'vitest';
import {type Cursor, listWindow, moveCursor, scrollStep, selectedIndex, startCursor} from '../../source/ui/cursor.js';
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
	const step = (cursor: Cursor, delta: number, times: number) => {
		let moved = cursor;
		for (let i = 0; i < times; i++) moved = moveCursor(moved, items, delta, 5);
		return moved;
	};

	it('moves inside the window without scrolling it', () => {
		expect(listWindow(step(startCursor, 1, 4), items, 5)).toEqual({top: 0, selected: 4});
	});

	it('scrolls half a page when a step leaves the window, down and up', () => {
		expect(scrollStep(5)).toBe(3);
		const down = step(startCursor, 1, 5);
		expect(listWindow(down, items, 5)).toEqual({top: 3, selected: 5});
		expect(listWindow(step(down, 1, 2), items, 5)).toEqual({top: 3, selected: 7});
		expect(listWindow(step(down, 1, 3), items, 5)).toEqual({top: 6, selected: 8});
		const up = step(down, -1, 2);
		expect(listWindow(up, items, 5)).toEqual({top: 3, selected: 3});
		expect(listWindow(step(up, -1, 1), items, 5)).toEqual({top: 0, selected: 2});
	});

	it('keeps a page move and first/last at the window edge', () => {
		expect(listWindow(moveCursor(startCursor, items, 5, 5), items, 5)).toEqual({top: 1, selected: 5});
		const last = moveCursor(startCursor, items, Number.POSITIVE_INFINITY, 5);
		expect(listWindow(last, items, 5)).toEqual({top: 69_995, selected: 69_999});
		expect(listWindow(moveCursor(last, items, Number.NEGATIVE_INFINITY, 5), items, 5)).toEqual({top: 0, selected: 0});
	});

	it('scrolls one item at a time when only one fits', () => {
		expect(listWindow(step(startCursor, 1, 3), items, 1)).toEqual({top: 3, selected: 3});
	});
});
