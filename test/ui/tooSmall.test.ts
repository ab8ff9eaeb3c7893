import {describe, expect, it} from 'vitest';
import {displayWidth} from '../../source/text/width.js';
import {tooSmallLines} from '../../source/ui/tooSmall.js';

describe('a terminal too small for the dashboard', () => {
	it.each([
		[39, 11, ['Too small: 39x11', 'need 40x12']],
		[30, 8, ['Too small: 30x8', 'need 40x12']],
		[10, 6, ['Too small:', '10x6', 'need 40x12']],
		[12, 3, ['need 40x12']],
	])('at %ix%i reads %j, every line whole', (columns, rows, expected) => {
		// The message has every row but the footer's.
		const lines = tooSmallLines({columns, rows}, columns, rows - 2);
		expect(lines).toEqual(expected);
		for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(columns);
	});
});
