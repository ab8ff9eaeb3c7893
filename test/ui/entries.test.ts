import {describe, expect, it} from 'vitest';
import {buildLists, commonFolder, filterEntries, filterLists, fold, reportEntries} from '../../source/ui/entries.js';
import {sampleBrief} from '../fixtures/ui/brief.js';

const brief = sampleBrief();
const lists = buildLists(brief, new Set());

describe('fold', () => {
	it.each([
		['Vučić', 'vucic'],
		['Zelenskyy', 'zelensky'],
		['KYIV', 'kyiv'],
	])('folds %s to %s', (text, folded) => {
		expect(fold(text)).toBe(folded);
	});

	it.each([
		['Kiev', 'Kyiv'],
		['Київ', 'Kyiv'],
		['Odessa', 'Odesa'],
		['Zaporozhye', 'Zaporizhzhia'],
		['Kharkov', 'Kharkiv'],
		['Zelenskiy', 'Zelensky'],
		['Zelenski', 'Zelenskyy'],
		['Syrskyi', 'Syrsky'],
	])('folds the spelling %s like %s', (variant, spelling) => {
		expect(fold(`Strikes on ${variant}, officials said`)).toBe(fold(`strikes on ${spelling}, officials said`));
	});

	it('leaves words that only contain a variant alone', () => {
		expect(fold('Dnepropetrovsk skies, Odessan')).toBe('dnepropetrovsk skies, odessan');
	});

	it('folds Cyrillic the same way on both sides', () => {
		expect(fold('Київ')).toBe(fold('київ'));
	});
});

describe('dashboard lists', () => {
	it('shows a figure group once, as its range with the number of sources, and flags the conflict', () => {
		expect(lists.figures[0]?.cells).toEqual(['8,000–15,000', 'North Korean troops in Russia', '4 sources', 'conflict']);
		expect(lists.figures.filter(item => item.cells[1]?.includes('North Korean'))).toHaveLength(1);
		expect(lists.figures).toHaveLength(brief.figures.length - 6 + 2);
	});

	it('lists developments as the brief orders them, with their date and source count', () => {
		expect(lists.developments.map(item => item.cells[0])).toEqual(['2024-11-09', '2024-11-07', '2024-11-07', '2024-11-04', '2024-10-31', 'undated', 'undated']);
		expect(lists.developments[3]?.cells[2]).toBe('2 sources');
		expect(lists.developments[3]?.open).toMatchObject({kind: 'reports', of: {kind: 'development'}});
		expect(lists.developments[0]?.open).toMatchObject({kind: 'source'});
	});

	it('gives each source of a merged development its own sentence', () => {
		const of = lists.developments[3]?.open;
		if (of?.kind !== 'reports') throw new Error('expected a merged development');
		expect(reportEntries(brief, of.of).map(item => item.cells[2])).toEqual([
			'it had clashes with some of the roughly 11.000 North Korean troops',
			'they took part in combat on 4 November',
			'North Korean troops were engaged in combat in Russia’s Kursk in recent days for the first time',
		]);
	});
});

describe('filter', () => {
	it.each([
		['visegrad', 'headlines', 1],
		['PESKOV', 'quotes', 3],
		['kursk', 'developments', 1],
		['zelenskyy', 'quotes', 5],
		['', 'quotes', 15],
		['no such thing', 'figures', 0],
	] as const)('%j keeps in %s: %i', (filter, pane, count) => {
		expect(filterLists(lists, filter)[pane]).toHaveLength(count);
	});

	it('finds an item by another spelling of a place, but not by its article\'s headline', () => {
		const kyiv = filterLists(lists, 'kyiv');
		expect(filterLists(lists, 'kiev')).toEqual(kyiv);
		const titled = brief.articles.filter(article => fold(article.title).includes('kyiv')).map(article => article.id);
		for (const quote of kyiv.quotes) expect(quote.cells.join(' ').toLowerCase().includes('kyiv') || !titled.some(id => quote.key.includes(id))).toBe(true);
	});

	it('matches the sentence a figure came from', () => {
		expect(filterEntries(lists.figures, 'Hungarian veto').map(item => item.cells[0])).toEqual(['€6 billion']);
	});
});

describe('identity', () => {
	it('tells apart two figure groups with the same label and unit', () => {
		const [troops, kursk] = brief.figureGroups;
		if (troops === undefined || kursk === undefined) throw new Error('expected two figure groups');
		const twin = {...brief, figureGroups: [troops, {...kursk, label: troops.label, unit: troops.unit}]};
		const groups = buildLists(twin, new Set()).figures.filter(item => item.open?.kind === 'reports');
		expect(groups).toHaveLength(2);
		expect(new Set(groups.map(item => item.key)).size).toBe(2);
		const sources = groups.map(item => (item.open?.kind === 'reports' ? reportEntries(twin, item.open.of).length : 0));
		expect(sources).toEqual([troops.figures.length, kursk.figures.length]);
	});
});

describe('skipped files', () => {
	it.each([
		[['/news/odd/big.txt', '/news/odd/empty.txt', '/news/odd/sub/bin.txt'], '/news/odd/'],
		[['/news/odd/a.txt', '/news/odd/ab.txt'], '/news/odd/'],
		[['/news/odd/picture.txt'], '/news/odd/'],
		[['C:\\news\\a.txt', 'C:\\news\\b.txt'], 'C:\\news\\'],
		[['a.txt', 'b.txt'], ''],
		[['/a.txt', 'b/c.txt'], ''],
		[[], ''],
	])('%j lie in %j', (paths, folder) => {
		expect(commonFolder(paths)).toBe(folder);
	});

	it('names each skipped file from the folder they share, with the reason, and finds it by its folder too', () => {
		const skipped = [
			{path: '/tmp/news/odd/big5mb.txt', reason: 'too large: 5.0 MB, the limit is 5.0 MB'},
			{path: '/tmp/news/odd/sub/\u001B[2Jevil.txt', reason: 'empty file (0 bytes)'},
		];
		const rows = buildLists({...brief, skipped}, new Set()).skipped;
		expect(rows.map(row => row.cells)).toEqual([
			['big5mb.txt', 'too large: 5.0 MB, the limit is 5.0 MB'],
			['sub/\\u{1b}[2Jevil.txt', 'empty file (0 bytes)'],
		]);
		expect(filterEntries(rows, 'news/odd')).toHaveLength(2);
	});
});
