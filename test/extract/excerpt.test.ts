import {describe, expect, it} from 'vitest';
import {maxSentenceChars, sentenceExcerpt} from '../../source/extract/excerpt.js';

describe('sentenceExcerpt', () => {
	it('keeps a sentence of ordinary length whole', () => {
		const sentence = 'Russia launched 128 Shahed-type and decoy drones overnight, the air force said.';
		expect(sentenceExcerpt(sentence, 16, 19)).toBe(sentence);
	});

	it('shows a run-on sentence as the whole words around the finding, marked where it was cut', () => {
		const unit = 'the army said tanks were hit near Kupiansk and ';
		const before = unit.repeat(40);
		const sentence = `${before}5,000 troops crossed the river and ${unit.repeat(40)}`;
		const excerpt = sentenceExcerpt(sentence, before.length, before.length + 5);
		expect(excerpt.length).toBeLessThan(maxSentenceChars);
		expect(excerpt).toMatch(/^…\S/);
		expect(excerpt).toMatch(/\S…$/);
		expect(excerpt).toContain('5,000 troops crossed the river');
		// Whole words only: every word of the excerpt is a word of the sentence.
		const words = new Set(sentence.split(' '));
		for (const word of excerpt.replaceAll('…', '').split(' ')) expect(words.has(word), word).toBe(true);
	});

	it('cuts an unbroken run where it must, and does not mark an end that was not cut', () => {
		const sentence = `${'x'.repeat(500)} 42 tanks`;
		const excerpt = sentenceExcerpt(sentence, 501, 503);
		expect(excerpt.startsWith('…')).toBe(true);
		expect(excerpt.endsWith('42 tanks')).toBe(true);
	});
});
