import {readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {buildBrief} from '../../source/brief/buildBrief.js';
import {loadArticles} from '../../source/load/index.js';
import type {Brief} from '../../source/model.js';
import {tempFolder} from '../tempFolder.js';

const fixtures = join(import.meta.dirname, '../fixtures/load/same-article');
const title = 'Putin unlikely to negotiate whoever wins the US election, CNN analysis says';

/** The findings of the first article in `path`, without anything that names the file. */
async function findingsOf(path: string) {
	const loaded = await loadArticles([path]);
	const first = loaded.articles[0]!;
	const brief: Brief = buildBrief({articles: [first], skipped: []});
	return {
		title: brief.articles[0]!.title,
		headlines: brief.headlines.map(headline => [headline.kind, headline.text]),
		quotes: brief.quotes.map(quote => [quote.speaker, quote.text]),
		figures: brief.figures.map(figure => [figure.text, figure.value, figure.unit, figure.label]),
		developments: brief.developments.map(development => [development.date, development.text]),
	};
}

/** Without the dates: a .txt file has no publication date to read relative dates against. */
function undated(findings: Awaited<ReturnType<typeof findingsOf>>) {
	return {...findings, developments: findings.developments.map(([, text]) => text).sort()};
}

describe('the same article saved as .txt, .md, .html, .json and .rss', () => {
	const folder = tempFolder('same');
	const txt = join(folder, 'article.txt');
	writeFileSync(txt, `${title}\n${readFileSync(join(fixtures, '../same-article-body.txt'), 'utf8').replace('\nBattlefield picture\n', '\n## Battlefield picture\n')}`);

	it('yields the same headlines, quotes, figures and developments', async () => {
		const reference = await findingsOf(txt);
		expect(reference.title).toBe(title);
		expect(reference.headlines).toContainEqual(['section', 'Battlefield picture']);
		expect(reference.quotes.length).toBeGreaterThan(3);
		expect(reference.figures.length).toBeGreaterThan(0);
		expect(reference.developments.length).toBeGreaterThan(3);
		for (const name of ['article.md', 'article.html', 'articles.json', 'feed.rss']) {
			expect({name, ...undated(await findingsOf(join(fixtures, name)))}).toEqual({name, ...undated(reference)});
		}
	});

	it('dates developments alike in every format that carries a publication date', async () => {
		const markdown = await findingsOf(join(fixtures, 'article.md'));
		expect(markdown.developments).toContainEqual(['2024-10-31', 'Zelenskyy continues to seek bipartisan support, telling reporters on 31 October']);
		for (const name of ['article.html', 'articles.json', 'feed.rss']) {
			expect({name, developments: (await findingsOf(join(fixtures, name))).developments}).toEqual({name, developments: markdown.developments});
		}
	});
});
