import {describe, expect, it} from 'vitest';
import {articleFigures, loadArticle} from '../fixtures/figures/kit.js';

function figuresOf(path: string) {
	return articleFigures(loadArticle(path)).map(({text, value, unit, approximate, label}) => ({text, value, unit, approximate, label}));
}

describe('extractFigures on the sample articles', () => {
	it('000: the North Korean troop estimate and the G7 loan', () => {
		expect(figuresOf('articles/000_93396fbf0bbdbe70.txt')).toEqual([
			{text: '10,000', value: 10_000, unit: 'people', approximate: true, label: 'North Korean soldiers stationed in Russia’s Kursk region'},
			{text: '$20 billion', value: 20e9, unit: 'USD', approximate: false, label: 'contributed toward G7 loan package'},
			{text: '$50 billion', value: 50e9, unit: 'USD', approximate: false, label: 'G7 loan package for Ukraine'},
		]);
	});

	it('001: European thousands, a word count, and no year, date or duration', () => {
		expect(figuresOf('articles/001_e5f5ddb91bdcb392.txt')).toEqual([
			{text: '50.000', value: 50_000, unit: 'people', approximate: true, label: 'enemy soldiers in Russia\'s Kursk region'},
			{text: '50.000', value: 50_000, unit: 'people', approximate: false, label: 'force of troops'},
			{text: '11.000', value: 11_000, unit: 'people', approximate: true, label: 'North Korean troops deployed in Russia\'s Kursk region'},
			{text: 'four', value: 4, unit: 'count', approximate: false, label: 'regions that Russia claims'},
		]);
	});

	it('002: troops, euros and arms plants', () => {
		expect(figuresOf('articles/002_34c61dbe07c76db4.txt')).toEqual([
			{text: '8,000', value: 8000, unit: 'people', approximate: true, label: 'North Korean troops stationed in Russia'},
			{text: '€6 billion', value: 6e9, unit: 'EUR', approximate: true, label: 'aid for Ukraine'},
			{text: 'four', value: 4, unit: 'count', approximate: false, label: 'new arms plants in Ukraine'},
		]);
	});

	it('003: casualties, and nothing from the date or the removed link list', () => {
		expect(figuresOf('articles/003_4d679536256f4b1e.txt')).toEqual([
			{text: '600,000', value: 600_000, unit: 'people', approximate: true, label: 'Russian soldiers killed or wounded in conflict'},
		]);
	});

	it('004: aid given twice, the deployment, and the front line in km with miles in brackets', () => {
		expect(figuresOf('articles/004_d463b41bc5bde2c7.txt')).toEqual([
			{text: '$9bn', value: 9e9, unit: 'USD', approximate: false, label: 'military aid to Kyiv'},
			{text: '15,000', value: 15_000, unit: 'people', approximate: false, label: 'troops deployed'},
			{text: '1,000km', value: 1000, unit: 'km', approximate: false, label: 'frontline in Ukraine'},
			{text: '$9bn', value: 9e9, unit: 'USD', approximate: true, label: 'military aid to Ukraine'},
		]);
	});

	it('gives provenance that points at the figure and its sentence', () => {
		const article = loadArticle('articles/004_d463b41bc5bde2c7.txt', 'a004');
		for (const figure of articleFigures(article)) {
			expect(article.text.slice(figure.at.span.start, figure.at.span.end)).toBe(figure.text);
			expect(article.text.slice(figure.at.sentence.start, figure.at.sentence.end)).toBe(figure.sentence);
			expect(figure.at.articleId).toBe('a004');
		}
	});
});
