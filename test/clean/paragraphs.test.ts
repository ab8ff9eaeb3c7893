import {describe, expect, it} from 'vitest';
import {paragraphs} from '../../source/clean/cleanArticle.js';

describe('paragraphs', () => {
	it('folds every run of white space inside a line into one space, whatever it is made of', () => {
		const text = 'Kyiv\u00a0(Reuters) -\tRussia  launched \t 40 drones\u2009overnight,\r\nofficials said. \u3000 ';
		expect(paragraphs(text)).toEqual(['Kyiv (Reuters) - Russia launched 40 drones overnight,', 'officials said.']);
	});

	it('leaves single spaces between words as they are and drops blank lines', () => {
		expect(paragraphs('Air raid alerts sounded in Kharkiv.\n \n\t\nPower was cut.\n')).toEqual([
			'Air raid alerts sounded in Kharkiv.',
			'Power was cut.',
		]);
	});

	it('drops the marks of bold set in plain text as Markdown writes it, and keeps single asterisks', () => {
		expect(paragraphs('UPDATE 12:40 – **Death toll in Kyiv rises to 6**, officials said.\nA footnote* and 2 * 3 stay.')).toEqual([
			'UPDATE 12:40 – Death toll in Kyiv rises to 6, officials said.',
			'A footnote* and 2 * 3 stay.',
		]);
	});

	it('removes soft hyphens, zero-width spaces, word joiners and BOMs, and keeps the joiners that shape text', () => {
		expect(paragraphs('Verteidigungs\u00administer in Kyiv\u200B: drone\u200B attack\nA\u2060B\uFEFF said 👨\u200D👩\u200D👧 and م\u200Cی')).toEqual([
			'Verteidigungsminister in Kyiv: drone attack',
			'AB said 👨\u200D👩\u200D👧 and م\u200Cی',
		]);
		// A soft hyphen is its only unsettled character: the text still gets the full treatment.
		expect(paragraphs('air\u00addefence')).toEqual(['airdefence']);
	});

	it('folds a megabyte line of alternating spaces and tabs in one pass', () => {
		const line = `a${' \t'.repeat(500_000)}b`;
		const started = performance.now();
		expect(paragraphs(line)).toEqual(['a b']);
		expect(performance.now() - started).toBeLessThan(2000);
	});
});
