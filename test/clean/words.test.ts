import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {spacesIn} from '../../source/clean/words.js';

/** The plain count: one look at each character. */
function countedSpaces(text: string): number {
	let spaces = 0;
	for (const char of text) if (char === ' ') spaces++;
	return spaces;
}

describe('spacesIn', () => {
	it('counts every space of a sample article, whatever runs the counting splits it into', () => {
		const text = readFileSync('articles/004_d463b41bc5bde2c7.txt', 'utf8');
		for (let end = 0; end <= 2000; end += 37) expect(spacesIn(text.slice(0, end))).toBe(countedSpaces(text.slice(0, end)));
		expect(spacesIn(text)).toBe(countedSpaces(text));
	});

	it('counts spaces in a row, at either end and around newlines', () => {
		for (const text of ['', ' ', 'Kyiv', '  Kyiv  ', ' \n \n', ' '.repeat(100), `${'drone '.repeat(64)}strike`]) expect(spacesIn(text)).toBe(countedSpaces(text));
	});

	it('counts a megabyte line without spaces, or of nothing but spaces, in linear time', () => {
		const started = performance.now();
		expect(spacesIn('x'.repeat(1_000_000))).toBe(0);
		expect(spacesIn(' '.repeat(1_000_000))).toBe(1_000_000);
		expect(performance.now() - started).toBeLessThan(2000);
	});
});
