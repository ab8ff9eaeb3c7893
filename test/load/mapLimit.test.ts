import {expect, it} from 'vitest';
import {mapLimit} from '../../source/load/mapLimit.js';

it('never runs more than the limit at once and keeps the input order', async () => {
	let inFlight = 0;
	let most = 0;
	const items = Array.from({length: 100}, (_, index) => index);
	const results = await mapLimit(items, 16, async item => {
		inFlight++;
		most = Math.max(most, inFlight);
		await new Promise(resolve => setImmediate(resolve));
		inFlight--;
		return item * 2;
	});
	expect(most).toBe(16);
	expect(results).toEqual(items.map(item => item * 2));
});
