import stringWidth from 'string-width';
import {describe, expect, it} from 'vitest';
import {wrapText} from '../../source/text/wrapText.js';
import {lineOf, segmentLine, sourceTop} from '../../source/ui/sourceLines.js';
import {articleText, locate} from '../fixtures/ui/brief.js';

const text = articleText('a4');

describe('wrapText', () => {
	it.each([20, 37, 76, 120])('keeps every line within %i columns and every word on some line', width => {
		const lines = wrapText(text, width);
		for (const line of lines) expect(stringWidth(text.slice(line.start, line.end))).toBeLessThanOrEqual(width);
		const covered = new Set<number>();
		for (const line of lines) for (let i = line.start; i < line.end; i++) covered.add(i);
		const missed: number[] = [];
		for (let i = 0; i < text.length; i++) if (!/\s/.test(text[i] ?? '') && !covered.has(i)) missed.push(i);
		expect(missed).toEqual([]);
		expect(lines.every((line, i) => i === 0 || line.start >= lines[i - 1]!.end)).toBe(true);
	});

	it('keeps paragraph breaks as line breaks and empty paragraphs as empty lines', () => {
		const lines = wrapText('One two\n\nthree', 80).map(line => [line.start, line.end]);
		expect(lines).toEqual([
			[0, 7],
			[8, 8],
			[9, 14],
		]);
	});

	it('cuts a word wider than the screen', () => {
		const lines = wrapText('see https://www.independent.co.uk/news/world/europe/ukraine-russia-war', 20);
		expect(lines.length).toBeGreaterThan(2);
		for (const line of lines) expect(line.end - line.start).toBeLessThanOrEqual(20);
	});

	it('counts wide characters by their columns', () => {
		const lines = wrapText('战争 战争 战争 战争', 9);
		expect(lines.map(line => '战争 战争 战争 战争'.slice(line.start, line.end))).toEqual(['战争 战争', '战争 战争']);
	});
});

describe('finding a span on screen', () => {
	const at = locate(text, 'a4', 'The first battles with North Korean soldiers open a new page of instability in the world');
	const lines = wrapText(text, 60);

	it('finds the line holding an offset', () => {
		const line = lines[lineOf(lines, at.span.start)]!;
		expect(line.start).toBeLessThanOrEqual(at.span.start);
		expect(line.end).toBeGreaterThan(at.span.start);
	});

	it('splits a line into plain, sentence and span segments', () => {
		const line = lines[lineOf(lines, at.span.start)]!;
		const segments = segmentLine(text, line, at.sentence, at.span);
		expect(segments.map(segment => segment.text).join('')).toBe(text.slice(line.start, line.end));
		expect(segments.find(segment => segment.mark === 'span')?.text).toMatch(/^The first battles/);
		expect(segments[0]?.mark).toBe('sentence');
	});

	it('places the anchor two lines below the top, within the text', () => {
		expect(sourceTop(40, 0, 100, 20)).toBe(38);
		expect(sourceTop(1, 0, 100, 20)).toBe(0);
		expect(sourceTop(95, 0, 100, 20)).toBe(80);
		expect(sourceTop(40, 5, 100, 20)).toBe(43);
		expect(sourceTop(5, 0, 10, 20)).toBe(0);
	});
});
