import {describe, expect, it} from 'vitest';
import {buildBrief} from '../../source/brief/buildBrief.js';
import {markdown} from '../../source/brief/markdown.js';
import {plainText} from '../../source/brief/plainText.js';
import {briefSince, parsePreviousBrief} from '../../source/brief/since.js';
import {sourceList} from '../../source/brief/sourceLabel.js';
import {toJson} from '../../source/brief/toJson.js';
import {loadArticles} from '../../source/load/loadArticles.js';

const samples = buildBrief(await loadArticles(['articles']));

describe('--markdown', () => {
	const text = markdown(samples);

	it('has the four sections, a figures table and quotes grouped by speaker', () => {
		for (const heading of ['# Ukraine brief', '## Headlines', '## Key figures', '## Quotes', '## Developments']) {
			expect(text).toContain(heading);
		}
		expect(text).toMatch(/^\| Figure \| What it measures \| Source \|$/m);
		expect(text).toMatch(/^\| \$9bn \| .*military aid/m);
		expect(text.match(/^### Volodymyr Zelensky$/gm)).toHaveLength(1);
	});

	it('writes a figure with the words that bound or blur it, in the Markdown table and in the plain briefing', () => {
		expect(text).toMatch(/^\| at least \\?\$9bn \| military aid to Ukraine \|/m);
		expect(text).toMatch(/^\| more than 600,000 \| /m);
		const plain = plainText(samples, 200);
		expect(plain).toContain('at least $9bn: military aid to Ukraine');
		expect(plain).toContain('  $9bn: military aid to Kyiv');
	});

	it('escapes Markdown syntax that article text carries', () => {
		expect(text).toContain('What \\[Trump\\] thinks he can do');
		for (const line of text.split('\n').filter(line => line.startsWith('| ') && !line.startsWith('| ---'))) {
			expect(line.replace(/\\\|/g, '').split('|')).toHaveLength(5);
		}
	});
});

describe('counts and sources in --print and --markdown', () => {
	it('says "1 article", not "1 articles"', async () => {
		const one = buildBrief(await loadArticles(['articles/000_93396fbf0bbdbe70.txt']));
		expect(plainText(one)).toMatch(/^UKRAINE BRIEF: 1 article, 0 skipped/);
		expect(markdown(one)).toMatch(/^1 article[,.]/m);
	});

	it('names the sources of a development reported by several, without counting them as well', () => {
		const merged = samples.developments.find(development => development.articleIds.length === 2);
		expect(merged).toBeDefined();
		const line = plainText(samples, 400).split('\n').find(line => line.includes(merged!.text));
		expect(line).toMatch(/\[[^\]]+, [^\]]+\]$/);
		expect(line).not.toMatch(/sources\]/);
	});

	it('counts the sources instead when there are too many to name', () => {
		expect(sourceList(['a', 'b', 'c'], id => id.toUpperCase())).toBe('A, B, C');
		expect(sourceList(['a', 'b', 'c', 'd'], id => id.toUpperCase())).toBe('4 sources');
	});
});

describe('--since', () => {
	const previous = parsePreviousBrief(JSON.stringify(toJson(samples)));

	it('leaves nothing when nothing changed', () => {
		const since = briefSince(samples, previous);
		expect(since.figures).toEqual([]);
		expect(since.quotes).toEqual([]);
		expect(since.developments).toEqual([]);
		expect(since.headlines).toEqual([]);
		expect(since.articles).toHaveLength(samples.articles.length);
	});

	it('keeps what a new article adds and re-indexes figure groups', async () => {
		const older = buildBrief(await loadArticles(['articles/000_93396fbf0bbdbe70.txt', 'articles/004_d463b41bc5bde2c7.txt']));
		const since = briefSince(samples, parsePreviousBrief(JSON.stringify(toJson(older))));
		const ids = new Set(since.quotes.map(quote => quote.at.articleId));
		expect(ids.has(samples.articles[1]!.id)).toBe(true);
		expect(ids.has(samples.articles[4]!.id)).toBe(false);
		expect(since.figures.some(figure => figure.text === '11.000')).toBe(true);
		expect(since.figures.some(figure => figure.text === '$9bn')).toBe(false);
		for (const group of since.figureGroups) {
			for (const index of group.figures) expect(since.figures[index]).toBeDefined();
		}
	});

	it('refuses a file that is not a brief', () => {
		expect(() => parsePreviousBrief('not json')).toThrow(/not JSON/);
		expect(() => parsePreviousBrief('{"articles": []}')).toThrow(/not a brief/);
	});
});
