import {describe, expect, it} from 'vitest';
import {articleFigures, brief, loadArticle} from '../fixtures/figures/kit.js';

function figures(name: string) {
	return articleFigures(loadArticle(`test/fixtures/figures/${name}`));
}

describe('extractFigures on articles in other styles', () => {
	it('wire story: casualty counts, weapons, households; no dateline, sources or year', () => {
		const found = figures('wire-casualties.txt');
		expect(brief(found)).toEqual([
			['12', 12, 'people'],
			['two', 2, 'people'],
			['64', 64, 'count'],
			['23', 23, 'people'],
			['120', 120, 'count'],
			['90', 90, 'count'],
			['104', 104, 'count'],
			['42', 42, 'count'],
			['1.5 million', 1.5e6, 'count'],
			['1,900', 1900, 'count'],
			['11,973', 11_973, 'people'],
			['589', 589, 'people'],
		]);
		expect(found.map(figure => figure.label)).toEqual([
			'people killed',
			'children',
			'others wounded',
			'people pulled from rubble',
			'missiles launched',
			'drones',
			'missiles shot down',
			'drones',
			'households left without power',
			'guided aerial bombs fired at Ukrainian towns',
			'civilians',
			'children',
		]);
	});

	it('budget story: pounds, euros and dollars, shares of GDP, a fraction and a money range', () => {
		const found = figures('budget-aid.txt');
		expect(brief(found)).toEqual([
			['£2.26bn', 2.26e9, 'GBP'],
			['$50bn', 50e9, 'USD'],
			['£750m', 750e6, 'GBP'],
			['€4.2 billion', 4.2e9, 'EUR'],
			['€125bn', 125e9, 'EUR'],
			['5 million euros', 5e6, 'EUR'],
			['2.5 per cent', 2.5, 'percent'],
			['2.3%', 2.3, 'percent'],
			['42,000', 42_000, 'people'],
			['two-thirds', 200 / 3, 'percent'],
			['650', 650, 'count'],
			['$35 billion to $40 billion', 35e9, 'USD'],
		]);
		const labels = Object.fromEntries(found.map(figure => [figure.text, figure.label]));
		expect(labels).toMatchObject({
			'£2.26bn': 'military aid',
			'£750m': 'first tranche released',
			'€125bn': 'total EU support',
			'2.3%': 'GDP',
			'42,000': 'Ukrainian recruits trained',
			'two-thirds': 'new funding',
			'$35 billion to $40 billion': 'budget gap next year',
		});
	});

	it('live blog: distances with conversions, percentages; no timestamps, ages or durations', () => {
		const found = figures('live-blog.txt');
		expect(brief(found)).toEqual([
			['4km', 4, 'km'],
			['40%', 40, 'percent'],
			['30 per cent', 30, 'percent'],
			['17', 17, 'people'],
			['30 kilometres', 30, 'km'],
			['110 kilometres', 110, 'km'],
			['1,200', 1200, 'people'],
			['52%', 52, 'percent'],
			['27%', 27, 'percent'],
		]);
		expect(found.find(figure => figure.text === '27%')?.label).toBe('support for negotiations');
	});

	it('prices: roubles as other currency, US$ amounts, rates; "hundreds of thousands" is no figure', () => {
		const found = figures('prices-roubles.txt');
		expect(brief(found)).toEqual([
			['100', 100, 'count'],
			['21%', 21, 'percent'],
			['13.5 trillion roubles', 13.5e12, 'other'],
			['40%', 40, 'percent'],
			['US$58.40', 58.4, 'USD'],
			['$60', 60, 'USD'],
			['12 percent', 12, 'percent'],
			['1,000 roubles', 1000, 'other'],
			['70%', 70, 'percent'],
			['2.6m', 2.6e6, 'people'],
			['US$55bn', 55e9, 'USD'],
			['$113bn', 113e9, 'USD'],
		]);
		const labels = Object.fromEntries(found.map(figure => [figure.text, figure.label]));
		expect(labels).toMatchObject({'21%': 'key interest rate', '$60': 'price cap', '$113bn': 'liquid assets', '70%': 'potatoes'});
	});

	it('analysis: bylines, reading time, budget year, ages, calibres, phone and link lines are no figures', () => {
		const found = figures('analysis-air-defence.txt');
		expect(brief(found)).toEqual([
			['seven', 7, 'count'],
			['$1.1 billion', 1.1e9, 'USD'],
			['three', 3, 'count'],
			['25', 25, 'count'],
			['20 per cent', 20, 'percent'],
			['1,300', 1300, 'count'],
			['900', 900, 'count'],
			['30', 30, 'count'],
			['$20,000 to $50,000', 20_000, 'USD'],
			['$4m', 4e6, 'USD'],
			['90%', 90, 'percent'],
			['3 million', 3e6, 'people'],
			['250,000', 250_000, 'count'],
			['1 million', 1e6, 'count'],
			['100,000', 100_000, 'people'],
			['1.5 million', 1.5e6, 'count'],
			['1 in 5', 20, 'percent'],
		]);
		expect(found.filter(figure => figure.approximate).map(figure => figure.text)).toEqual(
			['seven', '$1.1 billion', '900', '30', '$20,000 to $50,000', '$4m', '90%', '3 million', '250,000', '1.5 million'],
		);
		expect(found[0]!.label).toBe('Patriot systems');
	});

	it('losses tally: a long list of equipment counts, a word share, dates with abbreviated months', () => {
		const found = figures('losses-tally.txt');
		expect(brief(found)).toEqual([
			['715,840', 715_840, 'people'],
			['9,261', 9261, 'count'],
			['18,914', 18_914, 'count'],
			['20,216', 20_216, 'count'],
			['20,268', 20_268, 'count'],
			['1,241', 1241, 'count'],
			['980', 980, 'count'],
			['369', 369, 'count'],
			['329', 329, 'count'],
			['18,840', 18_840, 'count'],
			['28', 28, 'count'],
			['one in five', 20, 'percent'],
			['1,000', 1000, 'count'],
			['14', 14, 'count'],
			['60 kilometers', 60, 'km'],
		]);
		expect(found[0]!.label).toBe('troops lost in Ukraine');
		expect(found[13]!.label).toBe('Russian tanks destroyed near Pokrovsk');
	});
});
