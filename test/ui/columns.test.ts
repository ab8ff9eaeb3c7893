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

	it('shrinks fixed columns towards their minimum before the flexible one goes under its own', () => {
		const widths = columnWidths(
			tables.figures,
			lists.figures.map(item => item.cells),
			40,
		);
		expect(widths[1]).toBeGreaterThanOrEqual(12);
		widths.forEach((w, i) => expect(w).toBeGreaterThanOrEqual(tables.figures[i]!.min));
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
