import {describe, expect, it} from 'vitest';
import {analyseArticle, assembleBrief} from '../../source/brief/buildBrief.js';
import {loadArticles} from '../../source/load/index.js';
import {groupFigures} from '../../source/brief/figureGroups.js';
import {ProgressiveAssembly, crossArticleOf, partialBrief} from '../../source/session/partialBrief.js';

const loaded = await loadArticles(['articles']);
const analysed = loaded.articles.map(analyseArticle);

/** A clock that moves `step` ms each time it is read: every assembly then costs `step` ms. */
function steppingClock(step: number): () => number {
	let time = 0;
	return () => (time += step);
}

describe('partialBrief', () => {
	it("holds each article's own findings, in order, with figures grouped, and merges nothing it was not given", () => {
		const full = assembleBrief(analysed, loaded.skipped);
		const partial = partialBrief(analysed, loaded.skipped);
		expect(partial.articles).toEqual(full.articles);
		expect(partial.headlines).toEqual(full.headlines);
		expect(partial.figures).toEqual(full.figures);
		expect(partial.figureGroups).toEqual(full.figureGroups);
		expect(partial.quotes.map(quote => quote.speakerAsWritten)).toEqual(full.quotes.map(quote => quote.speakerAsWritten));
		expect(partial.quotes.map(quote => quote.at)).toEqual(full.quotes.map(quote => quote.at));
		expect(full.developments.length).toBeGreaterThan(0);
		expect(partial.developments).toEqual([]);
		expect(partial.speakers).toEqual([]);
	});

	it('keeps the developments, speakers and canonical names of an earlier full assembly for the articles since', () => {
		const before = analysed.slice(0, 3);
		const full = assembleBrief(before, []);
		const partial = partialBrief(analysed, [], crossArticleOf(before, full));
		expect(partial.articles).toHaveLength(analysed.length);
		expect(partial.developments).toEqual(full.developments);
		expect(partial.speakers).toEqual(full.speakers);
		expect(partial.quotes.slice(0, full.quotes.length)).toEqual(full.quotes);
		expect(partial.quotes.slice(full.quotes.length)).toEqual(analysed.slice(3).flatMap(item => item.findings.quotes));
	});
});

describe('ProgressiveAssembly', () => {
	it('keeps showing merged developments and grouped figures while assembling in full is costly, and assembles in full now and then', () => {
		// Every assembly costs 20 ms, twice the 10 ms a full one may cost each time: one brief in two is assembled in full.
		const assembly = new ProgressiveAssembly({fullMs: 10, costFactor: 2, now: steppingClock(20)});
		const briefs = analysed.map((_, i) => assembly.brief(analysed.slice(0, i + 1), []));
		for (const [i, brief] of briefs.entries()) {
			const full = assembleBrief(analysed.slice(0, i + 1), []);
			expect(brief.figures).toEqual(full.figures);
			expect(brief.figureGroups).toEqual(groupFigures(brief.figures));
			expect(brief.developments.length).toBeGreaterThan(0);
			// The briefs between two full assemblies show the developments and speakers of the one before.
			if (i % 2 === 1) {
				expect(brief.developments).toEqual(briefs[i - 1]!.developments);
				expect(brief.speakers).toEqual(briefs[i - 1]!.speakers);
			} else expect(brief).toEqual(full);
		}
		expect(briefs.filter((_, i) => i % 2 === 1)).not.toHaveLength(0);
	});
});
