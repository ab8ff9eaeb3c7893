import {describe, expect, it} from 'vitest';
import {columnWidths, gap, markerWidth, tables, widthSample} from '../../source/ui/columns.js';
import {buildLists} from '../../source/ui/entries.js';
import {sampleBrief} from '../fixtures/ui/brief.js';

const lists = buildLists(sampleBrief(), new Set());
const total = (widths: number[]) => markerWidth + widths.reduce((sum, w) => sum + w, 0) + gap * (widths.length - 1);

describe('columnWidths', () => {
	it.each([40, 57, 76, 96, 150])('fills a %i-column figures table exactly', width => {
		const widths = columnWidths(
			tables.figures,
			lists.figures.map(item => item.cells),
			width,
		);
		expect(total(widths)).toBe(width);
	});

	it('sizes fixed columns to their widest cell within their caps, the flexible one takes the rest', () => {
		const widths = columnWidths(
			tables.figures,
			lists.figures.map(item => item.cells),
			96,
		);
		expect(widths).toEqual([12, 96 - 2 - 3 - 12 - 14 - 8, 14, 8]);
	});

	it('shows a development seen by hundreds of sources whole at 80 columns', () => {
		const widths = columnWidths(tables.developments, [['undated', 'Baerbock is unlikely to engage in peace negotiations', '402 sources', '']], 76);
		expect(widths[2]).toBe('402 sources'.length);
	});

	it('keeps short columns whole at 40 columns and cuts the longest fixed one first, down to its minimum', () => {
		const rows = lists.figures.map(item => item.cells);
		const widths = columnWidths(tables.figures, rows, 40);
		expect(widths[0]).toBe(Math.max(...rows.map(row => row[0]!.length)));
		expect(widths[2]).toBe(tables.figures[2]!.min);
		expect(total(widths)).toBe(40);
	});

	it('shows "13 quotes" and "1 source" whole in a 40-column speakers list; the long name gives way', () => {
		const rows = [['Volodymyr Zelenskyy Oleksandrovych', '13 quotes', '1 source', 'Zelensky, Zelenskiy']];
		const widths = columnWidths(tables.speakers, rows, 40);
		expect(widths.slice(1, 3)).toEqual(['13 quotes'.length, 'Sources'.length + 1]);
		expect(widths[0]).toBe(tables.speakers[0]!.min);
		expect(total(widths)).toBe(40);
	});

	it('gives a column of short cells its natural width, not its minimum, and the flexible column the rest', () => {
		const rows = [['8,000–15,000', 'North Korean troops deployed to the Kursk region', '4 sources', '']];
		const widths = columnWidths(tables.figures, rows, 76);
		expect(widths).toEqual([12, 76 - 2 - 3 - 12 - 9 - 4, '4 sources'.length, 'Note'.length]);
	});

	it('still fits a table whose fixed columns alone are wider than the screen', () => {
		const rows = [['x'.repeat(30), 'y'.repeat(30), 'z'.repeat(30), 'w'.repeat(30)]];
		for (const width of [20, 30, 40]) expect(total(columnWidths(tables.speakers, rows, width))).toBe(width);
	});
});

describe('columnWidths on a long list', () => {
	const columns = tables.headlines;
	const row = (headline: string, source: string) => [headline, source, 'title'];

	it('measures only the first rows, so columns cost the same however long the list is', () => {
		const rows = Array.from({length: widthSample + 5}, () => row('A headline', 'BBC'));
		rows.push(row('A headline', 'A source name far too long'));
		expect(columnWidths(columns, rows, 100)[1]).toBe(6);
		rows[3] = row('A headline', 'Kyiv Independent');
		expect(columnWidths(columns, rows, 100)[1]).toBe(16);
	});

	it('counts wide characters as two columns', () => {
		expect(columnWidths(columns, [row('A headline', '基辅独立报')], 100)[1]).toBe(10);
	});

	it('gives the flexible column what the others leave, whatever its cells hold', () => {
		const widths = columnWidths(columns, [row('x'.repeat(500), 'BBC')], 100);
		expect(total(widths)).toBe(100);
	});
});
