import {describe, expect, it} from 'vitest';
import {heldOutBrief} from './heldOutBrief.js';

/**
 * A fourth held-out set: Ukrainska Pravda's labelled style, an RFE/RL feature, Kyiv Post live updates, a
 * Markdown newsletter with footnotes and a saved HTML page of a Kremlin briefing.
 */
const {brief, articleOf, sectionsOf, quotesOf, figuresOf} = await heldOutBrief('test/fixtures/heldout4');

describe('held-out styles 4', () => {
	it('labelled style: "Quote:" and "Quote from X:" take their speakers', () => {
		const speakers = new Map(quotesOf('m01_ukrainska_pravda.txt').map(quote => [quote.text.slice(0, 24), quote.speaker]));
		expect(speakers.get('We have stabilised the s')).toBe('Oleksandr Syrskyi');
		expect(speakers.get('Putin wants to go to Ala')).toBe('Volodymyr Zelensky');
		expect(speakers.get('I once again call on res')).toBe('Vadym Filashkin');
	});

	it('saved page: the title is the headline it shows, and navigation and footer stay out', () => {
		expect(articleOf('m05_kremlin_briefing.html').title).toBe('Kremlin warns Washington over Tomahawks as Putin–Trump summit in Budapest takes shape');
		expect(sectionsOf('m05_kremlin_briefing.html')).toEqual([
			'‘Serious damage’ to peace prospects',
			'Budapest summit',
			'Frozen assets',
		]);
	});

	it('newsletter: note markers and engagement counters are no figures, prompts and greetings no items', () => {
		const {id} = articleOf('m04_substack_newsletter.md');
		const figures = figuresOf('m04_substack_newsletter.md').map(figure => figure.text);
		expect(figures.filter(text => /^\d$|^(?:42|15)$/.test(text))).toEqual([]);
		const items = [
			...brief.headlines.filter(headline => headline.articleId === id).map(headline => headline.text),
			...brief.developments.filter(development => development.articleIds.includes(id)).map(development => development.text),
		];
		expect(items.filter(text => /Type your email|restacks|Welcome back/.test(text))).toEqual([]);
	});
});
