import {describe, expect, it} from 'vitest';
import {memoised} from '../source/memo.js';

/** A memoised function that counts how often it really computes. */
function counting<Value>(compute: (key: string) => Value, limit?: number) {
	const calls: string[] = [];
	const fn = memoised((key: string) => {
		calls.push(key);
		return compute(key);
	}, limit);
	return {fn, calls};
}

describe('memoised', () => {
	it('computes each key once and returns the remembered result after', () => {
		const {fn, calls} = counting(key => ({upper: key.toUpperCase()}));
		const first = fn('Kremlin spokesman Dmitry Peskov');
		expect(first).toEqual({upper: 'KREMLIN SPOKESMAN DMITRY PESKOV'});
		expect(fn('Kremlin spokesman Dmitry Peskov')).toBe(first);
		expect(calls).toEqual(['Kremlin spokesman Dmitry Peskov']);
	});

	it('remembers a null result too', () => {
		const {fn, calls} = counting(() => null);
		expect(fn('the')).toBeNull();
		expect(fn('the')).toBeNull();
		expect(calls).toHaveLength(1);
	});

	it('finds a key sliced from an article under the same text written anew', () => {
		const {fn, calls} = counting(key => key.length);
		const article = `${'x'.repeat(5000)} said Ukrainian President Volodymyr Zelensky.`;
		expect(fn(article.slice(5006))).toBe(39);
		expect(fn('Ukrainian President Volodymyr Zelensky.')).toBe(39);
		expect(calls).toEqual(['Ukrainian President Volodymyr Zelensky.']);
	});

	it('forgets everything once it holds `limit` results, so memory stays bounded', () => {
		const {fn, calls} = counting(key => key, 3);
		for (const key of ['a', 'b', 'c']) fn(key);
		fn('a');
		expect(calls).toEqual(['a', 'b', 'c']);
		fn('d');
		fn('a');
		expect(calls).toEqual(['a', 'b', 'c', 'd', 'a']);
	});

	it('computes long keys every time instead of keeping them', () => {
		const {fn, calls} = counting(key => key.length);
		const long = 'word '.repeat(100);
		expect(fn(long)).toBe(500);
		expect(fn(long)).toBe(500);
		expect(calls).toHaveLength(2);
	});
});
