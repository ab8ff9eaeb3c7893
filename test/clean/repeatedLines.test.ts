import {describe, expect, it} from 'vitest';
import {repeatedLineTest} from '../../source/clean/repeatedLines.js';

function repeats(lines: readonly string[]): boolean[] {
	const isRepeat = repeatedLineTest();
	return lines.map(isRepeat);
}

describe('repeatedLineTest', () => {
	it('finds a title printed twice, ignoring case, and keeps lines of the same length that differ', () => {
		expect(
			repeats([
				'Ukraine war latest: Kyiv hit by drones',
				'Russia fired 40 drones at the capital.',
				'UKRAINE WAR LATEST: KYIV HIT BY DRONES',
				'Russia fired 41 drones at the capital.',
				'Ukraine war latest: Kyiv hit by drones',
			]),
		).toEqual([false, false, true, false, true]);
	});

	it('compares a line with "İ" by its lowercase, which is one character longer', () => {
		// "İ" lowercases to "i" and a combining dot above, which is what the second line spells out.
		expect(repeats(['İzmir talks', 'i\u0307zmir talks', 'Izmir talks'])).toEqual([false, true, false]);
	});

	it('relies on "İ" being the only character whose lowercase changes length', () => {
		const changing: number[] = [];
		for (let code = 0; code <= 0x10ffff; code++) {
			if (code >= 0xd800 && code <= 0xdfff) continue;
			const char = String.fromCodePoint(code);
			if (char.toLowerCase().length !== char.length) changing.push(code);
		}
		expect(changing).toEqual([0x130]);
	});

	it('finds no repeat among many distinct lines of one length', () => {
		const lines = Array.from({length: 200_000}, (_, index) => `line ${String(index).padStart(8, '0')}`);
		expect(repeats(lines).some(Boolean)).toBe(false);
	});
});
