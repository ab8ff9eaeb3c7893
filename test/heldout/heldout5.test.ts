import {describe, expect, it} from 'vitest';
import {heldOutBrief} from './heldOutBrief.js';

/**
 * A fifth held-out set: a TASS wire, a Bloomberg markets story, CNN live updates, a UN human rights
 * briefing note and a Meduza explainer.
 */
const {sectionsOf, reportsOf, figuresOf} = await heldOutBrief('test/fixtures/heldout5');

describe('held-out styles 5', () => {
	it('explainer: its questions are its sections', () => {
		expect(sectionsOf('n05_meduza_explainer.txt')).toContain('What happened?');
		expect(sectionsOf('n05_meduza_explainer.txt')).toContain('Why does this matter?');
	});

	it('live updates: post bylines and "See all updates" are no sections', () => {
		expect(sectionsOf('n03_cnn_live.txt').filter(section => /^From CNN|See all updates/.test(section))).toEqual([]);
	});

	it('markets story: the list of other stories and the chart caption give no sections or figures', () => {
		expect(sectionsOf('n02_bloomberg_markets.txt')).toEqual([]);
		expect(figuresOf('n02_bloomberg_markets.txt').filter(figure => /Gold|China/.test(figure.sentence))).toEqual([]);
	});

	it('briefing note: numbered paragraphs keep their numbers, and nothing after "ENDS" is read', () => {
		expect(reportsOf('n04_ohchr_briefing.txt').filter(text => /^\d+\.$|ohchr-media|Media Unit/.test(text))).toEqual([]);
		expect(sectionsOf('n04_ohchr_briefing.txt')).toEqual([]);
	});
});
