import {describe, expect, it} from 'vitest';
import {readHtml} from '../../source/load/formats/html.js';

const html = (text: string) => readHtml(new TextEncoder().encode(text));

// Found by the fuzz run: a .html file without an <html> element made the parser throw and sank the whole load.
describe('HTML files that are fragments or not HTML at all', () => {
	it.each([
		['plain text', 'Kyiv said 40 drones were shot down.', 'Kyiv said 40 drones were shot down.'],
		['a lone paragraph', '<p>Kyiv said 40 drones were shot down.</p>', 'Kyiv said 40 drones were shot down.'],
		['one character', '!', '!'],
	])('reads %s as the article it holds', (_name, page, text) => {
		expect(html(page)).toEqual([{kind: 'article', text, meta: {}, preCleaned: true}]);
	});

	it.each([['a comment', '<!-- nothing -->'], ['a doctype alone', '<!doctype html>'], ['an XML declaration', '<?xml version="1.0"?>']])(
		'skips %s with a reason instead of throwing',
		(_name, page) => {
			expect(html(page)).toEqual([{kind: 'skip', reason: 'no article text found in the page'}]);
		},
	);
});
