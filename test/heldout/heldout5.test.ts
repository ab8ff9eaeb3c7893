import {describe, expect, it} from 'vitest';
import {buildBrief} from '../../source/brief/buildBrief.js';
import {loadArticles} from '../../source/load/loadArticles.js';

/**
 * A fifth held-out set: a TASS wire, a Bloomberg markets story, CNN live updates, a UN human rights
 * briefing note and a Meduza explainer.
 */
const folder = 'test/fixtures/heldout5';
const loaded = await loadArticles([folder]);
const brief = buildBrief(loaded);

function idOf(file: string): string {
	const id = brief.articles.find(article => article.path.endsWith(`/${file}`))?.id;
	if (id === undefined) throw new Error(`${file} was not loaded`);
	return id;
}

const sectionsOf = (file: string) =>
	brief.headlines.filter(headline => headline.articleId === idOf(file) && headline.kind === 'section').map(headline => headline.text);

describe('held-out styles 5', () => {
	it('explainer: its questions are its sections', () => {
		expect(sectionsOf('n05_meduza_explainer.txt')).toContain('What happened?');
		expect(sectionsOf('n05_meduza_explainer.txt')).toContain('Why does this matter?');
	});

	it('live updates: post bylines and "See all updates" are no sections', () => {
		expect(sectionsOf('n03_cnn_live.txt').filter(section => /^From CNN|See all updates/.test(section))).toEqual([]);
	});

	it('markets story: the list of other stories and the chart caption give no sections or figures', () => {
		const id = idOf('n02_bloomberg_markets.txt');
		expect(sectionsOf('n02_bloomberg_markets.txt')).toEqual([]);
		expect(brief.figures.filter(figure => figure.at.articleId === id && /Gold|China/.test(figure.sentence))).toEqual([]);
	});

	it('briefing note: numbered paragraphs keep their numbers, and nothing after "ENDS" is read', () => {
		const id = idOf('n04_ohchr_briefing.txt');
		const reports = brief.developments.flatMap(development => development.reports).filter(report => report.articleId === id).map(report => report.text);
		expect(reports.filter(text => /^\d+\.$|ohchr-media|Media Unit/.test(text))).toEqual([]);
		expect(sectionsOf('n04_ohchr_briefing.txt')).toEqual([]);
	});
});
