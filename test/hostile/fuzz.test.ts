import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {hostileArticle, hostileBytes, mutatedArticle} from './arbitraries.js';
import {briefInvariantProblems, briefOfTexts, fileExtensions, loadFromBytes} from './pipeline.js';
import {buildBrief} from '../../source/brief/buildBrief.js';

// A few hundred cases on every run; `npm run fuzz` runs the same generators for 100,000 and more.
describe('random and mutated articles through the whole pipeline', () => {
	it('synthetic articles: unbalanced and nested quotes, figures, scripts, emoji, payloads, junk', async () => {
		await fc.assert(
			fc.asyncProperty(fc.array(hostileArticle(), {minLength: 1, maxLength: 3}), async texts => {
				expect(briefInvariantProblems(await briefOfTexts(texts))).toEqual([]);
			}),
			{numRuns: 150},
		);
	});

	it('the sample articles, cut, repeated, reversed and sprinkled with controls and quote marks', async () => {
		await fc.assert(
			fc.asyncProperty(mutatedArticle(), async text => {
				expect(briefInvariantProblems(await briefOfTexts([text]))).toEqual([]);
			}),
			{numRuns: 100},
		);
	});

	it('random and damaged bytes in every file format the loader reads', async () => {
		await fc.assert(
			fc.asyncProperty(hostileBytes(), fc.constantFrom(...fileExtensions), async (bytes, extension) => {
				const loaded = await loadFromBytes([[`file.${extension}`, bytes]]);
				expect(loaded.articles.length + loaded.skipped.length).toBeGreaterThan(0);
				expect(briefInvariantProblems(buildBrief(loaded))).toEqual([]);
			}),
			{numRuns: 150},
		);
	});
});
