import stringWidth from 'string-width';
import {describe, expect, it} from 'vitest';
import {isNarrowText, narrowRanges} from '../../source/text/narrow.js';
import {displayWidth} from '../../source/text/width.js';

describe('displayWidth', () => {
	it('counts as string-width does, in short text and in long text cut into pieces', () => {
		const samples = [
			'Zelensky said “we will not give up”',
			'Київ заявив, що 40 дронів збито',
			'東京 and 北京 are wide',
			'e\u0301 a\u0308 combining',
			'👍🏽 👨‍👩‍👧 🇺🇦 emoji',
			'tab\there',
		];
		for (const sample of samples) {
			expect(displayWidth(sample)).toBe(stringWidth(sample));
			// Every offset of the sample falls on a cut somewhere in the long text.
			for (let shift = 0; shift < sample.length; shift++) {
				const long = `${'x'.repeat(shift)}${sample.repeat(Math.ceil(600 / sample.length))}`;
				expect(displayWidth(long), `${sample} +${shift}`).toBe(stringWidth(long));
			}
		}
	});

	it('measures 200,000 characters without an unbroken space in well under a second', () => {
		const text = `“${'Київ'.repeat(50_000)}”`;
		const started = performance.now();
		expect(displayWidth(text)).toBe(200_002);
		expect(performance.now() - started).toBeLessThan(5_000);
	});
});

describe('narrow characters', () => {
	it('are each one column wide, as string-width counts them', () => {
		for (const [from, to] of narrowRanges) {
			for (let code = from; code <= to; code++) expect(stringWidth(String.fromCharCode(code)), code.toString(16)).toBe(1);
		}
	});

	it('are as wide together as they are many, as string-width counts them', () => {
		const pool = narrowRanges.flatMap(([from, to]) => Array.from({length: to - from + 1}, (_, index) => String.fromCharCode(from + index)));
		let seed = 7;
		const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
		for (let sample = 0; sample < 500; sample++) {
			const text = Array.from({length: 1 + Math.floor(next() * 40)}, () => pool[Math.floor(next() * pool.length)]).join('');
			expect(isNarrowText(text)).toBe(true);
			expect(stringWidth(text), JSON.stringify(text)).toBe(text.length);
		}
	});

	it('make text as wide as it is long, and anything else is measured', () => {
		expect(displayWidth('Київ заявив: «40 дронів збито», — повідомили в ЗСУ. €9bn')).toBe(56);
		expect(displayWidth('soft\u00adhyphen')).toBe(stringWidth('soft\u00adhyphen'));
		expect(displayWidth('wide 東京')).toBe(9);
	});
});
