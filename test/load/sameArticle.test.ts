import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {cleanArticle} from '../../source/clean/cleanArticle.js';
import {loadArticles} from '../../source/load/index.js';
import type {RawArticle} from '../../source/model.js';

const fixtures = join(import.meta.dirname, '../fixtures/load/same-article');
const expectedParagraphs = readFileSync(join(fixtures, '../same-article-body.txt'), 'utf8').trim().split('\n');
const title = 'Putin unlikely to negotiate whoever wins the US election, CNN analysis says';

/** Paragraph lines with whitespace folded, for a loose comparison across formats. */
const paragraphs = (text: string): string[] =>
	text.split('\n').map(line => line.replace(/\s+/g, ' ').trim()).filter(Boolean);

describe('the same article saved in every format', () => {
	it('loads a directory of mixed formats in one go, one article per item', async () => {
		const result = await loadArticles([fixtures]);
		expect(result.articles.map(article => article.path.slice(fixtures.length + 1))).toEqual([
			'article.html',
			'article.md',
			'articles.json#1',
			'articles.json#2',
			'feed.rss#1',
		]);
		expect(result.skipped).toEqual([{path: join(fixtures, 'feed.rss#2'), reason: 'only a summary (13 words), not the full article'}]);
		expect(result.discovered).toBe(6);
		expect(new Set(result.articles.map(article => article.id)).size).toBe(5);
	});

	it.each(['article.md', 'article.html', 'articles.json', 'feed.rss'])('%s gives the same title, paragraphs and section once cleaned', async name => {
		const {articles} = await loadArticles([join(fixtures, name)]);
		const article = cleanArticle(articles[0] as RawArticle);
		expect(article.title).toBe(title);
		expect(paragraphs(article.text)).toEqual([title, ...expectedParagraphs]);
		const sections = article.blocks.filter(block => block.kind === 'section').map(block => article.text.slice(block.start, block.end));
		expect(sections).toEqual(['Battlefield picture']);
	});

	it.each([
		['article.md', {source: 'Euromaidan Press', published: '2024-11-02', url: 'https://euromaidanpress.example/2024/11/02/putin-unlikely-to-negotiate/'}, undefined],
		['article.html', {source: 'Euromaidan Press', published: '2024-11-02', url: 'https://euromaidanpress.example/2024/11/02/putin-unlikely-to-negotiate/'}, true],
		['articles.json', {source: 'Euromaidan Press', published: '2024-11-02', url: 'https://euromaidanpress.example/2024/11/02/putin-unlikely-to-negotiate/'}, true],
		['feed.rss', {source: 'Euromaidan Press', published: '2024-11-02', url: 'https://euromaidanpress.example/2024/11/02/putin-unlikely-to-negotiate/'}, true],
	])('%s carries source, date and url, and says whether its body is already clean', async (name, meta, preCleaned) => {
		const {articles} = await loadArticles([join(fixtures, name)]);
		expect(articles[0]?.meta).toMatchObject(meta);
		expect(articles[0]?.preCleaned).toBe(preCleaned);
	});

	it('drops the page chrome of the HTML version: cookie banner, navigation, share bar, caption, related links, comments', async () => {
		const {articles} = await loadArticles([join(fixtures, 'article.html')]);
		const text = articles[0]?.text ?? '';
		for (const chrome of ['cookies', 'Subscribe', 'News', 'Facebook', 'Photo: General Staff', 'UK Ambassador', 'Great analysis', 'Most read', 'All rights reserved', 'dataLayer']) {
			expect(text).not.toContain(chrome);
		}
	});

	it('keeps a sub-heading as its own line, marked as a heading, without final punctuation', async () => {
		const {articles} = await loadArticles([join(fixtures, 'article.html')]);
		expect(paragraphs(articles[0]?.text ?? '')).toContain('## Battlefield picture');
	});
});
