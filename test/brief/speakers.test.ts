import {describe, expect, it} from 'vitest';
import {canonicalizeSpeakers} from '../../source/brief/speakers.js';
import type {Quote} from '../../source/model.js';
import {articleFile, quotesOf} from '../fixtures/quotes/article.js';

function quote(speaker: string | null, articleId: string, speakerAsWritten = speaker): Quote {
	const span = {start: 0, end: 1};
	return {text: 'x', speaker, speakerAsWritten, fragment: false, at: {articleId, sentence: span, span}};
}

describe('canonicalizeSpeakers', () => {
	it('merges spellings of one person under the most frequent full name', () => {
		const {quotes, speakers} = canonicalizeSpeakers([
			quote('Volodymyr Zelenskyy', 'a1'),
			quote('Volodymyr Zelensky', 'a2'),
			quote('Volodymyr Zelensky', 'a3'),
			quote('Zelenski', 'a4'),
			quote('Zelenskiy', 'a4'),
			quote('Bill Hagerty', 'a4'),
			quote('Hagerti', 'a5'),
		]);
		expect(quotes.map(({speaker}) => speaker)).toEqual([
			'Volodymyr Zelensky', 'Volodymyr Zelensky', 'Volodymyr Zelensky', 'Volodymyr Zelensky', 'Volodymyr Zelensky',
			'Bill Hagerty', 'Bill Hagerty',
		]);
		expect(speakers).toEqual([
			{name: 'Volodymyr Zelensky', aliases: ['Volodymyr Zelenskyy', 'Zelenski', 'Zelenskiy'], quoteCount: 5, articleIds: ['a1', 'a2', 'a3', 'a4']},
			{name: 'Bill Hagerty', aliases: ['Hagerti'], quoteCount: 2, articleIds: ['a4', 'a5']},
		]);
	});

	it('keeps different people with one surname apart, and a first name in two transliterations together', () => {
		const {speakers} = canonicalizeSpeakers([
			quote('Joe Biden', 'a1'),
			quote('Hunter Biden', 'a2'),
			quote('Vladimir Zelensky', 'a3'),
			quote('Volodymyr Zelensky', 'a4'),
			quote('Volodymyr Zelensky', 'a5'),
		]);
		expect(speakers.map(({name, quoteCount}) => [name, quoteCount])).toEqual([
			['Volodymyr Zelensky', 3],
			['Joe Biden', 1],
			['Hunter Biden', 1],
		]);
	});

	it('joins a family name written first to the full name ("Yoon" for "Yoon Suk Yeol")', () => {
		const {quotes} = canonicalizeSpeakers([quote('Yoon Suk Yeol', 'a1'), quote('Yoon', 'a2', 'Mr Yoon')]);
		expect(quotes.map(({speaker, speakerAsWritten}) => [speaker, speakerAsWritten])).toEqual([
			['Yoon Suk Yeol', 'Yoon Suk Yeol'],
			['Yoon Suk Yeol', 'Mr Yoon'],
		]);
	});

	it('joins a lone first name to a full name only within its article, and a lone surname to the one in its article', () => {
		const {quotes} = canonicalizeSpeakers([
			quote('Oleksandr Syrskyi', 'wire'),
			quote('Oleksandr', 'feature'),
			quote('Taras Kuzio', 'analysis'),
			quote('Taras', 'analysis'),
			quote('Joe Biden', 'a1'),
			quote('Joe Biden', 'a1'),
			quote('Hunter Biden', 'a2'),
			quote('Biden', 'a2', 'Mr Biden'),
			quote('Biden', 'a3', 'Mr Biden'),
		]);
		expect(quotes.map(({speaker}) => speaker)).toEqual([
			'Oleksandr Syrskyi', 'Oleksandr', 'Taras Kuzio', 'Taras Kuzio', 'Joe Biden', 'Joe Biden', 'Hunter Biden', 'Hunter Biden', 'Joe Biden',
		]);
	});

	it('never merges unnamed sources into people, and leaves unattributed quotes alone', () => {
		const {quotes, speakers} = canonicalizeSpeakers([
			quote('a senior Ukrainian official', 'a1'),
			quote('a senior Ukrainian official', 'a2', 'the official'),
			quote("Russia's foreign ministry", 'a2'),
			quote(null, 'a3'),
		]);
		expect(quotes.map(({speaker}) => speaker)).toEqual(['a senior Ukrainian official', 'a senior Ukrainian official', "Russia's foreign ministry", null]);
		expect(speakers).toEqual([
			{name: 'a senior Ukrainian official', aliases: ['the official'], quoteCount: 2, articleIds: ['a1', 'a2']},
			{name: "Russia's foreign ministry", aliases: [], quoteCount: 1, articleIds: ['a2']},
		]);
	});

	it('gives the sample articles one Zelensky', () => {
		const paths = ['000_93396fbf0bbdbe70', '001_e5f5ddb91bdcb392', '002_34c61dbe07c76db4', '003_4d679536256f4b1e', '004_d463b41bc5bde2c7'];
		const all = paths.flatMap(path => quotesOf(articleFile(`articles/${path}.txt`, path.slice(0, 3))));
		const {speakers} = canonicalizeSpeakers(all);
		const zelensky = speakers.filter(({name}) => /zelensk/i.test(name));
		expect(zelensky).toHaveLength(1);
		expect(zelensky[0]).toMatchObject({name: 'Volodymyr Zelensky', articleIds: ['000', '001', '003', '004']});
		expect(zelensky[0]!.aliases).toEqual(expect.arrayContaining(['Volodymyr Zelenskyy', 'Zelenski', 'Mr Zelensky']));
		expect(speakers.find(({name}) => name === 'Mark Rutte')).toMatchObject({articleIds: ['002', '004']});
	});
});
