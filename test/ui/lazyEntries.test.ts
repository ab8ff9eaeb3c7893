import {describe, expect, it, vi} from 'vitest';
import {buildLists, filterEntries} from '../../source/ui/entries.js';
import {sampleBrief} from '../fixtures/ui/brief.js';

/** Every cell and title made safe for the terminal goes through toSafeLine: counting its calls shows what was worked out. */
const calls = vi.hoisted(() => ({safe: 0}));
vi.mock('../../source/clean/controls.js', async importOriginal => {
	const actual = await importOriginal<typeof import('../../source/clean/controls.js')>();
	return {
		...actual,
		toSafeLine: (text: string) => {
			calls.safe++;
			return actual.toSafeLine(text);
		},
	};
});

describe('dashboard rows are worked out when first needed', () => {
	it('builds the lists without making any cell, and a row only when it is read', () => {
		calls.safe = 0;
		const lists = buildLists(sampleBrief(), new Set());
		expect(calls.safe).toBe(0);
		expect(lists.quotes[0]?.cells).toEqual(['Volodymyr Zelensky', 'mutually beneficial', expect.any(String)]);
		// The first row also named the sources of the corpus; the next costs its own three cells.
		calls.safe = 0;
		expect(lists.quotes[1]?.cells).toHaveLength(3);
		expect(calls.safe).toBe(3);
		expect(lists.quotes[1]?.cells).toBe(lists.quotes[1]?.cells);
		expect(calls.safe).toBe(3);
	});

	it('works out each target once', () => {
		const quote = buildLists(sampleBrief(), new Set()).quotes[0];
		expect(quote?.open).toMatchObject({kind: 'source', target: {label: 'Quote · Volodymyr Zelensky'}});
		expect(quote?.open).toBe(quote?.open);
	});

	it('filters on the same text as before the rows were read', () => {
		const lists = buildLists(sampleBrief(), new Set());
		expect(filterEntries(lists.quotes, 'peskov').map(item => item.cells[0])).toEqual(['Dmitry Peskov', 'Dmitry Peskov', 'Dmitry Peskov']);
	});
});
