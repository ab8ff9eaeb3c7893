import {describe, expect, it} from 'vitest';
import {multiplierValue, parseDigits, readWordNumber} from '../../source/extract/numbers.js';

describe('parseDigits', () => {
	it.each([
		['10,000', 10_000],
		['600,000', 600_000],
		['1,000,000', 1_000_000],
		['50.000', 50_000],
		['11.000', 11_000],
		['1.234.567', 1_234_567],
		['1.2', 1.2],
		['2.26', 2.26],
		['0.125', 0.125],
		['10,5', 10.5],
		['1,234.5', 1234.5],
		['1.234,5', 1234.5],
		['50\u00a0000', 50_000],
		['2022', 2022],
	])('reads %s as %d', (written, value) => {
		expect(parseDigits(written)).toBe(value);
	});

	it('reads a dot before a multiplier as a decimal point ("1.500 billion")', () => {
		expect(parseDigits('1.500', true)).toBe(1.5);
		expect(parseDigits('1.500')).toBe(1500);
	});

	it('rejects separators that follow no convention', () => {
		expect(parseDigits('1,2,3')).toBeNull();
		expect(parseDigits('1.000,000.5')).toBeNull();
		expect(parseDigits('12\u00a034')).toBeNull();
	});
});

describe('multiplierValue', () => {
	it('knows words and abbreviations', () => {
		expect(multiplierValue('bn')).toBe(1e9);
		expect(multiplierValue('Billion')).toBe(1e9);
		expect(multiplierValue('m')).toBe(1e6);
		expect(multiplierValue('mln')).toBe(1e6);
		expect(multiplierValue('tn')).toBe(1e12);
		expect(multiplierValue('k')).toBe(1e3);
		expect(multiplierValue('km')).toBeUndefined();
	});
});

describe('readWordNumber', () => {
	it.each([
		['four new arms plants', 4, 'four'],
		['three brigades', 3, 'three'],
		['twenty-five tanks', 25, 'twenty-five'],
		['two hundred and fifty troops', 250, 'two hundred and fifty'],
		['two thousand five hundred people', 2500, 'two thousand five hundred'],
		['three million refugees', 3e6, 'three million'],
		['a dozen drones', 12, 'a dozen'],
		['half a dozen villages', 6, 'half a dozen'],
		['half a million people', 5e5, 'half a million'],
	])('reads "%s" as %d', (text, value, written) => {
		const number = readWordNumber(text, 0);
		expect(number).toEqual({value, end: written.length, fraction: false});
	});

	it('reads fractions as percentages', () => {
		expect(readWordNumber('two-thirds of the budget', 0)).toEqual({value: 200 / 3, end: 10, fraction: true});
		expect(readWordNumber('a quarter of the grid', 0)).toEqual({value: 25, end: 9, fraction: true});
	});

	it('stops where the number words stop', () => {
		expect(readWordNumber('three-way cooperation', 0)?.end).toBe(5);
		expect(readWordNumber('five four', 0)?.value).toBe(5);
		expect(readWordNumber('twenty thirty', 0)?.value).toBe(20);
	});

	it('does not read an article or "half" alone as a number', () => {
		expect(readWordNumber('a senior official', 0)).toBeNull();
		expect(readWordNumber('an estimated 500', 0)).toBeNull();
		expect(readWordNumber('half the country', 0)).toBeNull();
	});
});
