import {readdirSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {groupFigures, labelTerms} from '../../source/brief/figureGroups.js';
import type {Figure, FigureUnit} from '../../source/model.js';
import {articleFigures, loadArticle} from '../fixtures/figures/kit.js';

function corpusFigures(directory: string): Figure[] {
	return readdirSync(directory)
		.filter(name => name.endsWith('.txt'))
		.sort()
		.flatMap(name => articleFigures(loadArticle(`${directory}/${name}`, name.slice(0, 3))));
}

function figure(articleId: string, value: number, unit: FigureUnit, label: string): Figure {
	const span = {start: 0, end: 1};
	return {text: String(value), value, unit, label, approximate: false, qualifier: null, sentence: label, at: {articleId, sentence: span, span}};
}

describe('labelTerms', () => {
	it('stems, drops possessives and function words, and folds synonyms', () => {
		expect([...labelTerms('North Korean soldiers stationed in Russia’s Kursk region')]).toEqual(['north', 'korean', 'troop', 'station', 'russia', 'kursk', 'region']);
		expect([...labelTerms('North Korean troops deployed in Russia\'s Kursk region')]).toEqual(['north', 'korean', 'troop', 'deploy', 'russia', 'kursk', 'region']);
		expect([...labelTerms('missiles launched')]).toEqual([...labelTerms('missiles fired')]);
	});
});

describe('groupFigures on the sample articles', () => {
	const figures = corpusFigures('articles');
	const groups = groupFigures(figures);

	it('groups the North Korean troop counts of three articles, without the 50.000 Russian force', () => {
		const troops = groups.find(group => group.articleIds.length >= 3);
		expect(troops).toBeDefined();
		expect(troops!.unit).toBe('people');
		expect(troops!.figures.map(index => figures[index]!.text).sort()).toEqual(['10,000', '11.000', '8,000']);
		expect(troops!.articleIds).toEqual(['000', '001', '002']);
		expect([troops!.min, troops!.max, troops!.conflicting]).toEqual([8000, 11_000, true]);
		expect(groups.flatMap(group => group.figures).map(index => figures[index]!.value)).not.toContain(50_000);
	});

	it('makes no group inside a single article', () => {
		for (const group of groups) expect(group.articleIds.length).toBeGreaterThanOrEqual(2);
	});
});

describe('groupFigures on strikes in three cities', () => {
	it('keeps apart the dead of strikes that their sentences set in different places', () => {
		const figures = corpusFigures('test/fixtures/figures/elsewhere');
		expect(figures.map(item => [item.text, item.label])).toEqual([['three', 'people killed'], ['five', 'people killed'], ['2', 'people killed']]);
		expect(groupFigures(figures)).toEqual([]);
	});

	it('still groups them when one sentence names no place', () => {
		const figures = corpusFigures('test/fixtures/figures/elsewhere');
		const placeless = {...figures[1]!, sentence: 'A Russian missile strike killed five people on Friday, the mayor said.'};
		const groups = groupFigures([figures[0]!, placeless]);
		expect(groups.map(group => [group.label, group.min, group.max])).toEqual([['people killed', 3, 5]]);
	});
});

describe('groupFigures on three reports of one strike', () => {
	const figures = corpusFigures('test/fixtures/figures/groups');
	const groups = groupFigures(figures);
	const described = groups.map(group => ({
		texts: group.figures.map(index => figures[index]!.text),
		unit: group.unit,
		min: group.min,
		max: group.max,
		articles: group.articleIds.length,
		conflicting: group.conflicting,
	}));

	it('finds the death toll, the wounded, the loan and the missiles fired, each once', () => {
		expect(described).toEqual([
			{texts: ['12', '14', '15'], unit: 'people', min: 12, max: 15, articles: 3, conflicting: true},
			{texts: ['64', '70', '68'], unit: 'people', min: 64, max: 70, articles: 3, conflicting: true},
			{texts: ['$50bn', '$50 billion'], unit: 'USD', min: 50e9, max: 50e9, articles: 2, conflicting: false},
			{texts: ['120', '120'], unit: 'count', min: 120, max: 120, articles: 2, conflicting: false},
		]);
	});

	it('keeps the missiles shot down apart from the missiles fired', () => {
		const shotDown = figures.findIndex(item => item.text === '104');
		expect(groups.some(group => group.figures.includes(shotDown))).toBe(false);
	});
});

describe('groupFigures rules', () => {
	it('never puts values more than three times apart in one group', () => {
		const groups = groupFigures([
			figure('a', 10_000, 'people', 'North Korean troops in Kursk'),
			figure('b', 12_000, 'people', 'North Korean troops in Kursk'),
			figure('c', 50_000, 'people', 'North Korean troops in Kursk'),
			figure('d', 45_000, 'people', 'North Korean troops in Kursk'),
		]);
		expect(groups.map(group => [group.min, group.max])).toEqual([[10_000, 12_000], [45_000, 50_000]]);
	});

	it('compares miles with kilometres but never currencies with each other', () => {
		const groups = groupFigures([
			figure('a', 1000, 'km', 'front line in Ukraine'),
			figure('b', 600, 'mi', 'front line in Ukraine'),
			figure('a', 6e9, 'EUR', 'aid for Ukraine'),
			figure('b', 6e9, 'USD', 'aid for Ukraine'),
		]);
		expect(groups).toHaveLength(1);
		expect(groups[0]).toMatchObject({unit: 'km', figures: [0, 1], conflicting: true});
		expect(groups[0]!.min).toBeCloseTo(965.6, 1);
	});

	it('scales: 40,000 figures from 4,000 articles group without comparing every pair', () => {
		const figures: Figure[] = [];
		for (let article = 0; article < 4000; article++) {
			for (let quantity = 0; quantity < 10; quantity++) {
				// Ten quantities, each reported by every article with a small spread; distinct label terms per quantity.
				figures.push(figure(`a${article}`, (quantity + 1) * 1000 * (1 + (article % 5) / 100), 'people', `troops of brigade${quantity} near town${quantity}`));
			}
		}
		const groups = groupFigures(figures);
		expect(groups).toHaveLength(10);
		expect(groups.every(group => group.figures.length === 4000)).toBe(true);
	});
});
