import {describe, expect, it} from 'vitest';
import {pathologicalInputs} from './pathological.js';
import {briefOfTexts} from './pipeline.js';
import {cleanArticle} from '../../source/clean/cleanArticle.js';
import {articleDates, type DateMention} from '../../source/extract/dates.js';
import {extractFigures} from '../../source/extract/figures.js';
import {articleSentences, type Sentence} from '../../source/extract/sentences.js';
import type {Article} from '../../source/model.js';

// Linear work grows 4x from n to 4n, quadratic 16x. The bound is loose because a shared machine is noisy,
// and times under a few milliseconds are floored so a GC pause in a tiny run cannot fail the test.
const small = 6000;
const maxRatio = 12;
const floorMs = 5;

async function bestOf(runs: number, text: string): Promise<number> {
	let best = Number.POSITIVE_INFINITY;
	for (let run = 0; run < runs; run++) {
		const started = performance.now();
		await briefOfTexts([text]);
		best = Math.min(best, performance.now() - started);
	}
	return best;
}

describe('time grows linearly with input size, whatever its shape', () => {
	it.each(Object.keys(pathologicalInputs))('%s', async name => {
		const make = pathologicalInputs[name]!;
		const base = Math.max(floorMs, await bestOf(2, make(small)));
		const large = await bestOf(2, make(4 * small));
		expect({name, ratio: Math.round((large / base) * 10) / 10}).toEqual({name, ratio: expect.toSatisfy((ratio: number) => ratio < maxRatio)});
	}, 60_000);
});

describe('a sentence that strings thousands of dates and counts together', () => {
	const sentence = (count: number) => `Strikes on many days\nRussia struck on ${'May 12, 3 drones, '.repeat(count)}officials said.\n`;

	/**
	 * How much longer `stage` takes on the sentence with 20,000 dates than with 2,000 (best of two runs each, after a
	 * warm-up). Ten times the dates: linear work grows about 10x, a scan over all of them for each one up to 100x.
	 */
	function growth(stage: (article: Article, sentences: Sentence[], dates: DateMention[]) => unknown): number {
		const timed = (count: number) => {
			const article = cleanArticle({id: 'dates', path: 'dates.txt', text: sentence(count), meta: {published: '2025-06-01'}});
			const sentences = articleSentences(article);
			const dates = articleDates(article.published, sentences);
			let best = Number.POSITIVE_INFINITY;
			for (let run = 0; run < 2; run++) {
				const started = performance.now();
				stage(article, sentences, dates);
				best = Math.min(best, performance.now() - started);
			}
			return best;
		};
		timed(500);
		const base = Math.max(floorMs, timed(2000));
		return timed(20_000) / base;
	}

	// chrono looks back over its whole window before each date it finds: windows are bounded.
	it('finds its dates in time linear in its length', () => {
		expect(growth((article, sentences) => articleDates(article.published, sentences))).toBeLessThan(20);
	}, 60_000);

	// Each number is checked against the dates near it, not against every date of its sentence.
	it('reads its figures in time linear in its length', () => {
		expect(growth(extractFigures)).toBeLessThan(20);
	}, 60_000);
});
