import {describe, expect, it} from 'vitest';
import {heldOutBrief} from './heldOutBrief.js';

/**
 * A third held-out set: an AP wire, a New York Times-style analysis with honorifics, a digest compiled
 * from Telegram channels, an opinion column and a British live blog saved with CRLF line endings.
 */
const {articleOf, sectionsOf, reportsOf, quotesOf, figuresOf} = await heldOutBrief('test/fixtures/heldout3');

describe('held-out styles 3: headlines and page furniture', () => {
	it('live blog: takes each post heading without the time written before it', () => {
		const sections = sectionsOf('l05_uk_crlf_liveblog.txt');
		expect(sections).toHaveLength(9);
		expect(sections).toContain('Death toll in Odesa strike rises to three');
		expect(sections.filter(section => /^\d/.test(section))).toEqual([]);
	});

	it('analysis: keeps the reporting line, share widget and print-edition note out of the brief', () => {
		const texts = [...sectionsOf('l02_nyt_honorifics.txt'), ...reportsOf('l02_nyt_honorifics.txt')];
		expect(texts.filter(text => /Share full article|Reporting from|appears in print/.test(text))).toEqual([]);
	});

	it('column: the headlines promoted after "More from Opinion" are neither sections nor figures', () => {
		expect(sectionsOf('l04_opinion_column.txt')).toEqual([]);
		const labels = figuresOf('l04_opinion_column.txt').map(figure => figure.label);
		expect(labels.filter(label => /pledge/.test(label))).toEqual([]);
	});

	it('digest: dates the page by the date line that goes on after a separator', () => {
		expect(articleOf('l03_telegram_roundup.txt').published).toBe('2025-05-17');
	});
});

describe('held-out styles 3: quotes', () => {
	it('wire: joins a quotation split by its attribution and follows one over two paragraphs', () => {
		const quotes = quotesOf('l01_ap_style.txt');
		expect(quotes.find(quote => quote.text.startsWith('We will not reward the aggressor'))?.speaker).toBe('Kaja Kallas');
		const longest = quotes.find(quote => quote.text.startsWith('Our manufacturers can build far more'));
		expect(longest?.speaker).toBe('Rustem Umerov');
		expect(longest?.text).toMatch(/\n|\. [A-Z]/);
	});

	it('column: reports what people said, not the slogans and terms the writer puts in quote marks', () => {
		const texts = quotesOf('l04_opinion_column.txt').map(quote => quote.text.toLowerCase());
		expect(texts.filter(text => /peace through strength|frozen conflict|realism|tripwire/.test(text))).toEqual([]);
		expect(texts.some(text => text.startsWith('if we reward aggression with territory'))).toBe(true);
	});
});

describe('held-out styles 3: developments', () => {
	it('digest: reports items without their pictograph and time, with the label that says where', () => {
		const texts = reportsOf('l03_telegram_roundup.txt');
		expect(texts).toContain('Sumy Oblast: A Russian drone struck a civilian bus near Bilopillia during the evacuation of residents.');
		expect(texts.filter(text => /^\P{L}/u.test(text) && !/^\d+ (?:people|person|men)\b/.test(text))).toEqual([]);
	});
});
