import {describe, expect, it} from 'vitest';
import {paragraphs} from '../../source/clean/cleanArticle.js';
import {stripControls} from '../../source/clean/controls.js';
import {foldedRanges, settledRanges, settling} from '../../source/clean/settledText.js';

const charsOf = (ranges: ReadonlyArray<readonly [number, number]>) =>
	ranges.flatMap(([from, to]) => Array.from({length: to - from + 1}, (_, index) => String.fromCharCode(from + index)));
const settledChars = ['\n', ...charsOf(settledRanges)];

describe('settled text', () => {
	it('is made of characters that are their own NFC, alone and in every pair, and none of them a mark', () => {
		const unstable: string[] = [];
		for (const first of settledChars) {
			if (first.normalize('NFC') !== first || /\p{M}/u.test(first)) unstable.push(first);
			for (const second of settledChars) {
				const pair = first + second;
				if (pair.normalize('NFC') !== pair) unstable.push(pair);
			}
		}
		expect(unstable).toEqual([]);
	});

	it('holds no white space but spaces and newlines, and no control, bidi or other format character', () => {
		expect(settledChars.filter(char => /[^\S \n]/.test(char) || (/[\p{Cc}\p{Cf}]/u.test(char) && char !== '\n'))).toEqual([]);
	});

	it('is a plain article with typographic quotes, dashes and Cyrillic names', () => {
		const text = 'Kyiv — Ukraine’s army said “the line holds”.\nЗеленський said €2.5bn…';
		expect(settling(text)).toBe('settled');
		expect(paragraphs(text)).toEqual(text.split('\n'));
	});

	it('is not text with a decomposed accent, a double space, a space at a line end, NBSP or a control', () => {
		for (const text of ['Kramatorsk cafe\u0301', 'two  spaces', 'end \nnext', 'next\n start', ' lead', 'trail ', 'a\u00a0b', 'a\u001b[31mb', 'a\u202eb', 'a\r\nb']) {
			expect(settling(text), JSON.stringify(text)).not.toBe('settled');
		}
		expect(paragraphs('Kramatorsk cafe\u0301  opened \nagain')).toEqual(['Kramatorsk caf\u00e9 opened', 'again']);
	});

	it('folds tab and NBSP without composing: they are their own NFC next to any settled character and no control', () => {
		const unstable = charsOf(foldedRanges).filter(
			space => stripControls(space) !== space || settledChars.some(char => (char + space).normalize('NFC') !== char + space || (space + char).normalize('NFC') !== space + char),
		);
		expect(unstable).toEqual([]);
	});

	it('tells text that only needs its white space folded from text that needs composing', () => {
		expect(settling('Kyiv\u00a0— the line holds. \nAgain')).toBe('spaced');
		expect(settling(' lead')).toBe('spaced');
		expect(settling('two  spaces, then cafe\u0301')).toBe('raw');
		expect(settling('Kyiv — the line holds.\nAgain')).toBe('settled');
		expect(paragraphs('Kyiv\u00a0\u00a0— the\tline holds. \n\n Again')).toEqual(['Kyiv — the line holds.', 'Again']);
	});
});
