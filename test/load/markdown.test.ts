import {describe, expect, it} from 'vitest';
import {readMarkdown} from '../../source/load/formats/markdown.js';
import {markdownToText} from '../../source/load/formats/markdownToText.js';
import {publishedDate} from '../../source/load/formats/publishedDate.js';

describe('readMarkdown', () => {
	it('reads title, source, published and url from front matter', () => {
		const file = [
			'---',
			'title: "Putin unlikely to negotiate, CNN analysis says"',
			'source: Euromaidan Press',
			'published: 2024-11-02',
			'url: https://example.org/putin',
			'---',
			'Putin is unlikely to engage in peace negotiations.',
		].join('\n');
		expect(readMarkdown(file)).toEqual([
			{
				kind: 'article',
				text: 'Putin is unlikely to engage in peace negotiations.',
				meta: {title: 'Putin unlikely to negotiate, CNN analysis says', source: 'Euromaidan Press', published: '2024-11-02', url: 'https://example.org/putin'},
			},
		]);
	});

	it.each([
		['2024-11-02', '2024-11-02'],
		['2024-11-02T23:30:00-05:00', '2024-11-02'],
		['"2024-11-02 08:00"', '2024-11-02'],
		['"Sat, 02 Nov 2024 10:00:00 GMT"', '2024-11-02'],
		['"November 2, 2024"', '2024-11-02'],
		['"2 November 2024"', '2024-11-02'],
		['"last Tuesday"', undefined],
		['"2024-02-30"', undefined],
	])('normalises date %s to %s', (written, expected) => {
		const [entry] = readMarkdown(`---\ndate: ${written}\n---\nBody text.`);
		expect(entry).toMatchObject({kind: 'article', meta: {published: expected}});
	});

	it('takes the calendar day of a Date value', () => {
		expect(publishedDate(new Date('2024-11-02T10:00:00Z'))).toBe('2024-11-02');
		expect(publishedDate(new Date('not a date'))).toBeUndefined();
	});

	it('skips a file whose front matter is malformed, saying so', () => {
		expect(readMarkdown('---\ntitle: [unclosed\nsource: x\n---\nBody.')).toEqual([
			{kind: 'skip', reason: expect.stringMatching(/^malformed front matter: /)},
		]);
		expect(readMarkdown('---\n- just\n- a list\n---\nBody.')).toEqual([
			{kind: 'skip', reason: 'malformed front matter: expected "key: value" lines'},
		]);
	});

	it('reads a file without front matter as body only', () => {
		expect(readMarkdown('# Heading\n\nText.')).toEqual([{kind: 'article', text: 'Heading\nText.', meta: {}}]);
	});
});

describe('markdownToText', () => {
	it('removes Markdown syntax but keeps the words, one paragraph per line', () => {
		const markdown = [
			'# Kyiv under attack',
			'',
			'Russia launched **dozens** of _drones_ at [Kyiv](https://example.org/kyiv)',
			'overnight, the `air force` said.',
			'![A burning building](photo.jpg)',
			'',
			'Aftermath',
			'---------',
			'',
			'> "We will rebuild," the *mayor* said.',
			'',
			'* * *',
			'',
			'Related:',
			'- [Ukraine gets F-16s][f16]',
			'- Aid ~~delayed~~ arrives',
			'',
			'[f16]: https://example.org/f16',
			'snake_case_word and 2*3*4 stay \\*as written\\*.',
		].join('\n');
		expect(markdownToText(markdown)).toBe(
			[
				'Kyiv under attack',
				'Russia launched dozens of drones at Kyiv overnight, the air force said.',
				'Aftermath',
				'"We will rebuild," the mayor said.',
				'Related:',
				'- Ukraine gets F-16s',
				'- Aid delayed arrives',
				'snake_case_word and 2*3*4 stay *as written*.',
			].join('\n'),
		);
	});
});
