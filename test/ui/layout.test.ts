import {describe, expect, it} from 'vitest';
import {quotesPerPage, quotesThatFit} from '../../source/ui/layout.js';

describe('quotes in a list', () => {
	it('fits blocks with a blank line between two, and none after the last', () => {
		// 18 rows: speaker + one line is 2 rows, speaker + two lines 3.
		expect(quotesThatFit([3, 3, 3, 3, 3], 18)).toBe(4);
		expect(quotesThatFit([2, 2, 2, 2, 2, 2, 2], 18)).toBe(6);
		expect(quotesThatFit([2, 3, 2, 3, 2, 3], 17)).toBe(5);
	});

	it('always fits the page the cursor keeps to, whatever the quotes\' lengths', () => {
		for (const height of [3, 7, 18, 30]) {
			expect(quotesThatFit(Array.from({length: 20}, () => 3), height)).toBeGreaterThanOrEqual(quotesPerPage(height));
		}
	});

	it('shows one quote in a box too low for it, and none of none', () => {
		expect(quotesThatFit([3], 2)).toBe(1);
		expect(quotesThatFit([], 10)).toBe(0);
	});
});
