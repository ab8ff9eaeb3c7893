import {describe, expect, it} from 'vitest';
import {analyseArticle, assembleBrief} from '../../source/brief/buildBrief.js';
import {loadArticles} from '../../source/load/index.js';
import {partialBrief} from '../../source/session/partialBrief.js';

describe('partialBrief', () => {
	it("holds each article's own findings, in order, and leaves the cross-article stages for the end", async () => {
		const loaded = await loadArticles(['articles']);
		const analysed = loaded.articles.map(analyseArticle);
		const full = assembleBrief(analysed, loaded.skipped);
		const partial = partialBrief(analysed, loaded.skipped);
		expect(partial.articles).toEqual(full.articles);
		expect(partial.headlines).toEqual(full.headlines);
		expect(partial.figures).toEqual(full.figures);
		expect(partial.quotes.map(quote => quote.speakerAsWritten)).toEqual(full.quotes.map(quote => quote.speakerAsWritten));
		expect(partial.quotes.map(quote => quote.at)).toEqual(full.quotes.map(quote => quote.at));
		expect(full.developments.length).toBeGreaterThan(0);
		expect(partial.developments).toEqual([]);
		expect(partial.figureGroups).toEqual([]);
		expect(partial.speakers).toEqual([]);
	});
});
