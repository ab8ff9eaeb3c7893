import {describe, expect, it} from 'vitest';
import {displayWidth} from '../../source/text/width.js';
import {fit, fitPad, wrapLines} from '../../source/ui/text.js';

describe('display lines from text of any length', () => {
	const quote = `«${'Ми не віддамо нашу землю і будемо боротися далі '.repeat(4_000)}»`;

	it('fits a 200,000-character line to its width, with an ellipsis, measuring only its start', () => {
		const started = performance.now();
		const line = fit(quote, 60);
		expect(displayWidth(line)).toBe(60);
		expect(line.endsWith('…')).toBe(true);
		expect(quote.startsWith(line.slice(0, -1))).toBe(true);
		expect(displayWidth(fitPad(quote, 80))).toBe(80);
		expect(performance.now() - started).toBeLessThan(2_000);
	});

	it('keeps short text whole and marks a cut only where text was left out', () => {
		expect(fit('Kyiv said 40 drones were shot down', 60)).toBe('Kyiv said 40 drones were shot down');
		expect(fit(`${'x'.repeat(300)}\u0301`, 400)).toBe(`${'x'.repeat(300)}\u0301`);
	});

	it('wraps the start of a 200,000-character quotation into its rows, the last one cut', () => {
		const started = performance.now();
		const lines = wrapLines(quote, 50, 3);
		expect(lines).toHaveLength(3);
		for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(50);
		expect(lines[2]!.endsWith('…')).toBe(true);
		expect(lines[0]!.startsWith('«Ми не віддамо')).toBe(true);
		expect(performance.now() - started).toBeLessThan(2_000);
	});
});
