import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {cleanArticle, paragraphs} from '../../source/clean/cleanArticle.js';
import {pageDate} from '../../source/clean/pageDate.js';

function fixtureLines(name: string): string[] {
	return paragraphs(readFileSync(new URL(`../fixtures/heldout/${name}`, import.meta.url), 'utf8'));
}

describe('the publication date a page prints in its furniture', () => {
	/** The date of a page whose second line is `line`, under a title and over a sentence of news. */
	const page = (line: string) => pageDate(['Drones cross into Poland', line, 'Russian drones crossed into Polish airspace, officials said.']);

	it.each([
		['h02_liveblog.txt', '2025-03-11'],
		['h03_kyivindependent.txt', '2025-03-14'],
		['h05_aljazeera_crlf.txt', '2025-03-02'],
		['h07_press_release.txt', '2025-03-20'],
	])('%s: %s', (name, date) => {
		expect(pageDate(fixtureLines(name))).toBe(date);
	});

	it('reads a date line with a clock time and a zone', () => {
		expect(pageDate(['Russian Offensive Campaign Assessment', 'May 22, 2025, 6:45pm ET', 'Russian forces struck Kyiv overnight, officials said.'])).toBe('2025-05-22');
	});

	it('reads a date line that goes on with other furniture after a separator, and no place before one', () => {
		const page = (line: string) => pageDate(['Morning digest: drone hits evacuation bus', line, 'A Russian drone struck a civilian bus, officials said.']);
		expect(page('Saturday, 17 May 2025 | compiled from official Telegram channels')).toBe('2025-05-17');
		expect(page('March 4, 2025 · 5 min read')).toBe('2025-03-04');
		expect(page('Kyiv | compiled from official Telegram channels')).toBeNull();
		expect(page('Talks on 17 May 2025 ended | officials said so.')).toBeNull();
	});

	it('reads a date line that ends with the dot of "a.m.", a bracket or a comma, and no sentence that ends like one', () => {
		for (const line of ['March 14, 2025 11:58 a.m.', 'March 14, 2025 11:58 P.M.', '14 March 2025 (Kyiv time)', 'Fri 14 March 2025,']) {
			expect(pageDate(['Russian Offensive Campaign Assessment', line, 'Russian forces struck Kyiv overnight.']), line).toBe('2025-03-14');
		}
		expect(pageDate(['Ceasefire talks stall', 'Talks on 14 March 2025 ended at 5 p.m.', 'Officials said so.'])).toBeNull();
	});

	it.each([
		['heldout4/m01_ukrainska_pravda.txt', '2025-08-14'],
		['heldout4/m03_kyivpost_updates.txt', '2025-10-22'],
		['heldout4/m04_substack_newsletter.md', '2025-09-14'],
		['heldout5/n04_ohchr_briefing.txt', '2025-10-10'],
		['heldout5/n05_meduza_explainer.txt', '2025-10-02'],
	])('reads the date that ends a byline, a label or a section line, or that a line abbreviates: %s', (name, date) => {
		const text = readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');
		expect(cleanArticle({id: 'a', path: name, text, meta: {}}).published).toBe(date);
	});

	it('takes the date after a byline, a label or a separator, and never the date a sentence ends with', () => {
		expect(page('Marta Kowalczyk Sep 14, 2025')).toBe('2025-09-14');
		expect(page('By Marta Kowalczyk and Jan Nowak, 14 September 2025')).toBe('2025-09-14');
		expect(page('Date: 10 October 2025')).toBe('2025-10-10');
		expect(page('Roman Petrenko, Oleh Pavliuk — Thursday, 14 August 2025, 12:18')).toBe('2025-08-14');
		expect(page('Oct. 22, 2025, 07:45 (Updated 23:10)')).toBe('2025-10-22');
		expect(page('Drones crossed the border on Sep 14, 2025')).toBeNull();
		expect(page('The talks in Istanbul were held on 16 May 2025.')).toBeNull();
		expect(page('Officials from Kyiv, Warsaw, Vilnius, Riga, Tallinn and Berlin met on 14 September 2025')).toBeNull();
	});

	it('reads a wire timestamp with its zone offset and the update after it, and leaves that line out of the text', () => {
		const path = new URL('../fixtures/clean/wire-timestamp.txt', import.meta.url);
		const article = cleanArticle({id: 'a', path: 'wire-timestamp.txt', text: readFileSync(path, 'utf8'), meta: {}});
		expect(article.published).toBe('2025-03-03');
		expect(article.text).not.toContain('Updated 2 hours ago');
	});

	it('reads a date in figures: dotted day first, or an ISO timestamp', () => {
		expect(page('18.11.2024 14:14')).toBe('2024-11-18');
		expect(page('05.11.2024')).toBe('2024-11-05');
		expect(page('2024-11-18T14:14:00Z')).toBe('2024-11-18');
		expect(page('2024-11-18T14:14:00+02:00')).toBe('2024-11-18');
		expect(page('November 18, 2024 2:14 PM GMT+2')).toBe('2024-11-18');
		expect(page('31.02.2024 14:14')).toBeNull();
		expect(page('The drones crossed on 18.11.2024 at 14:14, officials said.')).toBeNull();
	});

	it('prefers the line that says published over an update time above it', () => {
		expect(pageDate(['Live: talks resume', 'Wed 12 Mar 2025 09.10 GMT', 'First published on Tue 11 Mar 2025 06.05 GMT'])).toBe('2025-03-11');
	});

	it('takes nothing from a relative stamp, an undated page, a date in a sentence or far down the page', () => {
		expect(pageDate(fixtureLines('h04_bbc_analysis.txt'))).toBeNull();
		expect(pageDate(fixtureLines('h01_wire.txt'))).toBeNull();
		const sentence = 'Negotiators left the venue on 12 March 2025 without a statement, officials said.';
		expect(pageDate(['Ceasefire talks stall', sentence])).toBeNull();
		expect(pageDate(['Ceasefire talks stall', ...Array.from({length: 20}, () => sentence), '12 March 2025'])).toBeNull();
	});

	it('becomes the article date when the metadata has none, and never overrides the metadata', () => {
		const text = 'Allies pledge air defence\nPublished On 2 Mar 2025\nEuropean leaders pledged on Sunday to boost Ukraine’s air defences, officials said.\n';
		expect(cleanArticle({id: 'a', path: 'a.txt', text, meta: {}}).published).toBe('2025-03-02');
		expect(cleanArticle({id: 'a', path: 'a.txt', text, meta: {published: '2025-03-03'}}).published).toBe('2025-03-03');
	});
});
