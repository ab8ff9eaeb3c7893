import {describe, expect, it} from 'vitest';
import {buildBrief} from '../../source/brief/buildBrief.js';
import {loadArticles} from '../../source/load/loadArticles.js';

/**
 * A fourth held-out set: Ukrainska Pravda's labelled style, an RFE/RL feature, Kyiv Post live updates, a
 * Markdown newsletter with footnotes and a saved HTML page of a Kremlin briefing.
 */
const folder = 'test/fixtures/heldout4';
const loaded = await loadArticles([folder]);
const brief = buildBrief(loaded);

function articleOf(file: string) {
	const article = brief.articles.find(item => item.path.endsWith(`/${file}`));
	if (article === undefined) throw new Error(`${file} was not loaded`);
	return article;
}

const quotesOf = (file: string) => brief.quotes.filter(quote => quote.at.articleId === articleOf(file).id);

describe('held-out styles 4', () => {
	it('labelled style: "Quote:" and "Quote from X:" take their speakers', () => {
		const speakers = new Map(quotesOf('m01_ukrainska_pravda.txt').map(quote => [quote.text.slice(0, 24), quote.speaker]));
		expect(speakers.get('We have stabilised the s')).toBe('Oleksandr Syrskyi');
		expect(speakers.get('Putin wants to go to Ala')).toBe('Volodymyr Zelensky');
		expect(speakers.get('I once again call on res')).toBe('Vadym Filashkin');
	});

	it('saved page: the title is the headline it shows, and navigation and footer stay out', () => {
		const page = articleOf('m05_kremlin_briefing.html');
		expect(page.title).toBe('Kremlin warns Washington over Tomahawks as Putin–Trump summit in Budapest takes shape');
		expect(brief.headlines.filter(headline => headline.articleId === page.id && headline.kind === 'section').map(headline => headline.text)).toEqual([
			'‘Serious damage’ to peace prospects',
			'Budapest summit',
			'Frozen assets',
		]);
	});

	it('newsletter: note markers and engagement counters are no figures, prompts and greetings no items', () => {
		const id = articleOf('m04_substack_newsletter.md').id;
		const figures = brief.figures.filter(figure => figure.at.articleId === id).map(figure => figure.text);
		expect(figures.filter(text => /^\d$|^(?:42|15)$/.test(text))).toEqual([]);
		const items = [
			...brief.headlines.filter(headline => headline.articleId === id).map(headline => headline.text),
			...brief.developments.filter(development => development.articleIds.includes(id)).map(development => development.text),
		];
		expect(items.filter(text => /Type your email|restacks|Welcome back/.test(text))).toEqual([]);
	});
});
