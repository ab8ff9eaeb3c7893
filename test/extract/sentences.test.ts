import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {cleanArticle} from '../../source/clean/cleanArticle.js';
import {articleSentences, sentenceAt, splitParagraph} from '../../source/extract/sentences.js';

function split(paragraph: string): string[] {
	return splitParagraph(paragraph).map(span => paragraph.slice(span.start, span.end));
}

describe('splitParagraph', () => {
	it('does not break after titles, initials, U.S. or decimals', () => {
		expect(split('Mr Trump met Gen. Syrskyi in the U.S. capital on Monday. The aid is worth $1.5 billion. J. D. Vance agreed.')).toEqual([
			'Mr Trump met Gen. Syrskyi in the U.S. capital on Monday.',
			'The aid is worth $1.5 billion.',
			'J. D. Vance agreed.',
		]);
	});

	it('keeps the number of a numbered paragraph with its first sentence', () => {
		expect(split('2. Between 1 and 30 September, the mission verified 214 casualties. This is the highest since June.')).toEqual([
			'2. Between 1 and 30 September, the mission verified 214 casualties.',
			'This is the highest since June.',
		]);
		expect(split('Casualties rose by 22. Officials said so.')).toEqual(['Casualties rose by 22.', 'Officials said so.']);
	});

	it('ends a sentence after the footnote marks that follow its full stop, and keeps them with it', () => {
		expect(split('The Polish Operational Command counted 19 violations of its airspace.[1] Polish F-16s shot down four of them.[2][3] Debris fell in 12 places.')).toEqual([
			'The Polish Operational Command counted 19 violations of its airspace.[1]',
			'Polish F-16s shot down four of them.[2][3]',
			'Debris fell in 12 places.',
		]);
		// A bracket that holds no footnote number, or a title's dot before one, ends nothing new.
		expect(split('Talks ended [in 2024]. New ones began.')).toEqual(['Talks ended [in 2024].', 'New ones began.']);
		expect(split('He thanked Gen.[4] Syrskyi for the report.')).toEqual(['He thanked Gen.[4] Syrskyi for the report.']);
	});

	it('keeps closing quote marks with their sentence', () => {
		expect(split('“This is completely false. It is pure fiction, fake news," he told reporters. "There was no conversation".')).toEqual([
			'“This is completely false.',
			'It is pure fiction, fake news," he told reporters.',
			'"There was no conversation".',
		]);
	});

	it('keeps a quoted question with its attribution', () => {
		expect(split('“Are your children dying?” Zelenski said, addressing Viktor Orban. He left.')).toEqual([
			'“Are your children dying?” Zelenski said, addressing Viktor Orban.',
			'He left.',
		]);
	});

	it('ends a sentence after any run of marks, closing quotes and brackets, and any white space', () => {
		expect(split('He left... Then “Why?”\u00a0 \tShe said no. U.S. troops arrived. J. Smith went home.')).toEqual([
			'He left...',
			'Then “Why?”\u00a0 \tShe said no. U.S. troops arrived.',
			'J. Smith went home.',
		]);
		expect(split('“No!” (Reuters) It ended.) [Next] one?! ‘Yes’ 12 more.')).toEqual(['“No!”', '(Reuters) It ended.)', '[Next] one?!', '‘Yes’ 12 more.']);
		expect(split('Kyiv.\u2003Odesa!\u3000 Lviv?\u2028Kharkiv… “Dnipro.” ’Sumy.’ Done')).toEqual(['Kyiv.', 'Odesa!', 'Lviv?', 'Kharkiv…', '“Dnipro.” ’Sumy.’', 'Done']);
	});

	it('reads abbreviations and initials before a full stop, accented words included', () => {
		expect(split('Prices rose 3.5% in Jan. Approx. 40 drones. Lt. Col. Ivanov. e.g. this. Café. Naïve… Then Ölander left.')).toEqual([
			'Prices rose 3.5% in Jan. Approx. 40 drones.',
			'Lt. Col. Ivanov. e.g. this.',
			'Café.',
			'Naïve…',
			'Then Ölander left.',
		]);
	});

	it('does not split European thousands separators', () => {
		expect(split('Kiev’s forces are fighting almost 50.000 enemy soldiers. Officials agreed.')).toHaveLength(2);
	});
});

describe('articleSentences', () => {
	const article = cleanArticle({
		id: 'a',
		path: 'articles/004_d463b41bc5bde2c7.txt',
		text: readFileSync('articles/004_d463b41bc5bde2c7.txt', 'utf8'),
		meta: {},
	});
	const sentences = articleSentences(article);

	it('gives offsets that point at the sentence text', () => {
		for (const sentence of sentences) expect(article.text.slice(sentence.start, sentence.end)).toBe(sentence.text);
	});

	it('covers body paragraphs only', () => {
		expect(sentences.some(sentence => sentence.text.startsWith('Ukraine-Russia latest'))).toBe(false);
		expect(sentences.some(sentence => sentence.text === 'Nato chief warns of ‘deeply dangerous’ moment for world')).toBe(false);
	});

	it('finds the sentence around an offset', () => {
		const offset = article.text.indexOf('4 November');
		expect(sentenceAt(sentences, offset)?.text).toBe(
			'One of the officials, speaking on the condition of anonymity, said they took part in combat on 4 November.',
		);
		expect(sentenceAt(sentences, article.text.length + 5)).toBeUndefined();
	});
});
