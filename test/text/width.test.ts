import stringWidth from 'string-width';
import {describe, expect, it} from 'vitest';
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
