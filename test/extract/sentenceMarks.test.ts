import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {cleanArticle} from '../../source/clean/cleanArticle.js';
import {numbersBetween, sentenceMarks} from '../../source/extract/sentenceMarks.js';
import {articleSentences, type Sentence} from '../../source/extract/sentences.js';

// The marks, spelled out as the two patterns they stand for: date cues and numbers (in digits or in words).
const dateCue =
	/\b(?:(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|[Yy]esterday|[Tt]oday|[Tt]onight|[Tt]omorrow|(?:[Ll]ast|[Nn]ext|[Tt]his) (?:week|month|year|night|weekend|morning|evening)|\d{4}-\d\d-\d\d|\d{1,2}\/\d{1,2}\/\d{2,4})/g;
const number =
	/\d+(?:[.,\u00a0\u202f\u2009]\d+)*|\b(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a dozen|half a dozen|a (?:hundred|thousand|million|billion|third|quarter|fifth))\b/gi;

function spans(pattern: RegExp, text: string, from = 0): number[] {
	const found: number[] = [];
	pattern.lastIndex = from;
	for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) found.push(match.index, match.index + match[0].length);
	return found;
}

function expectSameMarks(sentences: readonly Sentence[]): void {
	const marks = sentenceMarks(sentences);
	sentences.forEach(({text}, index) => {
		expect(marks.cues.slice(marks.cuesFrom[index], marks.cuesFrom[index + 1])).toEqual(spans(dateCue, text));
		expect(marks.numbers.slice(marks.numbersFrom[index], marks.numbersFrom[index + 1])).toEqual(spans(number, text));
	});
}

const asSentences = (texts: readonly string[]): Sentence[] => texts.map(text => ({text, start: 0, end: text.length, block: 0}));

describe('sentenceMarks', () => {
	it('finds the date cues and numbers the patterns find, in every sentence of the sample articles', () => {
		for (const name of readdirSync('articles').filter(file => file.endsWith('.txt'))) {
			const article = cleanArticle({id: name, path: name, text: readFileSync(join('articles', name), 'utf8'), meta: {}});
			expectSameMarks(articleSentences(article));
		}
	});

	it('agrees with the patterns on the edges of words, numbers and numeric dates', () => {
		expectSameMarks(asSentences([
			'Mondays, Septa, Sept., Sep_ and Mayday; May1, éMonday, last weekend, thisweek, This  week, Todays.',
			'On 1/2/20245, 12/31/99, 123/4/56, 2024-01-011, 12024-01-01, _2024-01-01, a2024-01-01, 1.5/6/2024 and 3,12/12/2024.',
			'FIVE, Seventeen, sevenTEEN, A Dozen, half a dozen, a  dozen, ſix, twenty5, one_ and 5May people.',
		]));
	});

	it('reads numbers afresh from inside one, as the figures stage needs after a reading that ends there', () => {
		const text = 'One in 5000 drones, 1,200.5 km and half a dozen.';
		for (const from of [0, 3, 9, 22, 26, 40]) expect(numbersBetween(text, from, text.length)).toEqual(spans(number, text, from));
		// Only what starts before the end given: the rest of "5000", "a dozen" of "half a dozen".
		expect(numbersBetween(text, 9, 11)).toEqual([9, 11]);
		const half = text.indexOf('half');
		expect(numbersBetween(text, half + 4, half + 12)).toEqual([half + 5, half + 12]);
	});
});
