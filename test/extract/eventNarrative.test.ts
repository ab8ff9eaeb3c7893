import {readdirSync, readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {cleanArticle} from '../../source/clean/cleanArticle.js';
import {isWordChar, narratives, quotedShare, quotedShareAbove, type Narrative} from '../../source/extract/eventNarrative.js';
import {articleSentences, type Sentence} from '../../source/extract/sentences.js';

function sentences(...items: Array<[text: string, block: number]>): Sentence[] {
	let start = 0;
	return items.map(([text, block]) => {
		const sentence = {text, block, start, end: start + text.length};
		start += text.length + 1;
		return sentence;
	});
}

/** The quoted share, with the letters outside quotation counted in the blanked text. */
function quoted(narrative: Narrative | undefined): number {
	const unquoted = [...(narrative?.text ?? '')].filter(char => isWordChar(char.charCodeAt(0))).length;
	return narrative === undefined ? Number.NaN : quotedShare(narrative, unquoted);
}

describe('narratives', () => {
	it('blanks a quotation, marks included, and keeps the attribution', () => {
		const [narrative] = narratives(sentences(['“We will rebuild,” the mayor said.', 0]));
		expect(narrative?.text).toBe(`${' '.repeat(18)} the mayor said.`);
		// 13 letters of 25 are quoted ("We will rebuild" against "the mayor said").
		expect(narrative?.quotedLetters).toBe(13);
		expect(quoted(narrative)).toBeCloseTo(13 / 25);
	});

	it('leaves apostrophes alone and passes a sentence without quotation through unchanged', () => {
		const text = 'Russia’s army didn\'t advance near Pokrovsk on Tuesday.';
		expect(narratives(sentences([text, 0]))).toEqual([{text, quotedLetters: 0, unquotedLength: text.length}]);
	});

	it('carries an open quotation into the next sentence of the paragraph, not into the next paragraph', () => {
		const result = narratives(
			sentences(['Zelensky said: "We need air defence.', 0], ['We need it now," he added.', 0], ['Officials said 40 drones were shot down.', 1]),
		);
		expect(result[0]?.text).toBe(`Zelensky said: ${' '.repeat(21)}`);
		expect(result[1]?.text).toBe(`${' '.repeat(16)} he added.`);
		expect(quoted(result[1])).toBeCloseTo(11 / 18);
		expect(result[2]?.text).toBe('Officials said 40 drones were shot down.');
		expect(result[2]?.quotedLetters).toBe(0);
	});

	it('treats a single quote as a quotation only where it opens or closes one', () => {
		const [narrative] = narratives(sentences(["The so-called 'peace plan' was rejected by Kyiv's allies.", 0]));
		expect(narrative?.text).toBe(`The so-called ${' '.repeat(12)} was rejected by Kyiv's allies.`);
	});
});

describe('quotedShareAbove', () => {
	it('tells what comparing the quoted share tells, for every sentence of the sample articles', () => {
		let quoting = 0;
		for (const name of readdirSync('articles').filter(file => file.endsWith('.txt'))) {
			const article = cleanArticle({id: name, path: name, text: readFileSync(`articles/${name}`, 'utf8'), meta: {}});
			const sentences = articleSentences(article);
			const counted = narratives(sentences);
			for (const [index, narrative] of counted.entries()) {
				if (narrative.unquotedLength < narrative.text.length) quoting++;
				for (const unquoted of [0, 7, narrative.unquotedLength]) {
					for (const share of [0.25, 0.55]) {
						// A fresh narrative each time: one that has not counted its quoted letters yet.
						const fresh = narratives(sentences)[index]!;
						expect([index, unquoted, share, quotedShareAbove(fresh, unquoted, share)]).toEqual([index, unquoted, share, quotedShare(narrative, unquoted) > share]);
					}
				}
			}
		}
		expect(quoting).toBeGreaterThan(50);
	});

	it('tells a wholly quoted sentence above any share, and still counts all its quoted letters when asked', () => {
		const [, carried] = narratives(sentences(['He said: "We need air defence.', 0], ['We need it now, and we need it here.', 0]));
		expect(carried === undefined ? undefined : quotedShareAbove(carried, 0, 0.55)).toBe(true);
		// We need it now and we need it here: 26 letters.
		expect(carried?.quotedLetters).toBe(26);
	});
});
