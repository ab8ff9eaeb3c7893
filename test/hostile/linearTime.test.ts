import {describe, expect, it} from 'vitest';
import {pathologicalInputs} from './pathological.js';
import {briefOfTexts} from './pipeline.js';

// Linear work grows 4x from n to 4n, quadratic 16x. The bound is loose because a shared machine is noisy,
// and times under a few milliseconds are floored so a GC pause in a tiny run cannot fail the test.
const small = 6000;
const maxRatio = 12;
const floorMs = 5;

async function bestOf(runs: number, text: string): Promise<number> {
	let best = Number.POSITIVE_INFINITY;
	for (let run = 0; run < runs; run++) {
		const started = performance.now();
		await briefOfTexts([text]);
		best = Math.min(best, performance.now() - started);
	}
	return best;
}

describe('time grows linearly with input size, whatever its shape', () => {
	it.each(Object.keys(pathologicalInputs))('%s', async name => {
		const make = pathologicalInputs[name]!;
		const base = Math.max(floorMs, await bestOf(2, make(small)));
		const large = await bestOf(2, make(4 * small));
		expect({name, ratio: Math.round((large / base) * 10) / 10}).toEqual({name, ratio: expect.toSatisfy((ratio: number) => ratio < maxRatio)});
	}, 60_000);
});
