import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {cleanArticle, paragraphs} from '../../source/clean/cleanArticle.js';
import {pageDate} from '../../source/clean/pageDate.js';

function fixtureLines(name: string): string[] {
	return paragraphs(readFileSync(new URL(`../fixtures/heldout/${name}`, import.meta.url), 'utf8'));
}

describe('the publication date a page prints in its furniture', () => {
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
