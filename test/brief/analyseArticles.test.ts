import {describe, expect, it} from 'vitest';
import {analyseArticle, analyseArticles} from '../../source/brief/buildBrief.js';
import {loadArticles} from '../../source/load/loadArticles.js';
import type {RawArticle} from '../../source/model.js';

// The bundled samples and both held-out sets: fifteen articles in eight styles.
const loaded = await loadArticles(['articles', 'test/fixtures/heldout', 'test/fixtures/heldout2']);

/** `count` articles cycling through the loaded ones, each with its own id and path. */
function corpusOf(count: number): RawArticle[] {
	return Array.from({length: count}, (_, index) => {
		const raw = loaded.articles[index % loaded.articles.length]!;
		return {...raw, id: `${raw.id}-${index}`, path: `${raw.path}#${index}`};
	});
}

describe('analyseArticles', () => {
	it('finds in a batch exactly what each article gives alone, in input order, across batch boundaries', () => {
		expect(loaded.articles.length).toBeGreaterThanOrEqual(15);
		const raws = corpusOf(150);
		const batch = analyseArticles(raws);
		expect(batch.map(item => item.article.id)).toEqual(raws.map(raw => raw.id));
		for (const [index, raw] of raws.entries()) expect(batch[index], raw.path).toEqual(analyseArticle(raw));
		expect(batch.some(item => item.findings.quotes.length > 0 && item.findings.reports.length > 0)).toBe(true);
	});

	it('gives nothing for no articles', () => {
		expect(analyseArticles([])).toEqual([]);
	});
});
