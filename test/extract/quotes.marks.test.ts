import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {scanQuotes, quotedText} from '../../source/extract/quoteMarks.js';
import {articleText, quotesOf, said} from '../fixtures/quotes/article.js';

/** A one-paragraph-per-line article body under a headline, as the cleaner would produce it. */
function body(...paragraphs: string[]) {
	return articleText(['Ukraine war latest', ...paragraphs].join('\n'));
}

describe('quote marks as real copy writes them', () => {
	it('pairs curly and straight marks, also an opening curly closed by a straight mark', () => {
		expect(said(body(
			'“We will hold the line," the commander told reporters in Kharkiv.',
			'"Nobody is leaving”, said Oleksandr Syrskyi, Ukraine’s commander-in-chief.',
		))).toEqual([
			{text: 'We will hold the line', speaker: 'the commander'},
			{text: 'Nobody is leaving', speaker: 'Oleksandr Syrskyi'},
		]);
	});

	it('does not take apostrophes for quote marks', () => {
		expect(said(body(
			'Russia’s losses don’t change the Kremlin’s plans, said Tatiana Stanovaya, who has studied the ’90s and the 2000s.',
			'“It’s the same playbook as in the ’90s, and Moscow’s patience isn’t endless,” she said.',
		))).toEqual([
			{text: 'It’s the same playbook as in the ’90s, and Moscow’s patience isn’t endless', speaker: 'Tatiana Stanovaya'},
		]);
	});

	it('keeps single quotes nested in double ones inside the quotation', () => {
		expect(said(body(
			'“Putin will say ‘I need this.’ And Trump will say ‘no, you stop the war,’” Kurt Volker said.',
		))).toEqual([{text: 'Putin will say ‘I need this.’ And Trump will say ‘no, you stop the war,’', speaker: 'Kurt Volker'}]);
	});

	it('reads single curly marks used as the only quote marks, with the apostrophe as closing character', () => {
		expect(said(body(
			'Nato’s Mark Rutte calls it ‘a dangerous expansion of Russia’s war.’',
			'‘We’re not going anywhere,’ the mayor, Ihor Terekhov, told the BBC.',
		))).toEqual([
			{text: 'a dangerous expansion of Russia’s war.', speaker: 'Mark Rutte'},
			{text: 'We’re not going anywhere', speaker: 'Ihor Terekhov'},
		]);
	});

	it('reads a plural possessive inside single quotes as an apostrophe when the quotation closes later', () => {
		expect(said(body(
			'‘The volunteers’ trucks leave at dawn, and the drivers’ families wait for a call,’ said Iryna Bohdan, who runs the depot.',
			'A depot worker called the convoys ‘the soldiers’ lifeline. There is no other road left’.',
			'Residents speak of the ‘Kharkiv effect’ and of the defenders’ morale.',
		))).toEqual([
			{text: 'The volunteers’ trucks leave at dawn, and the drivers’ families wait for a call', speaker: 'Iryna Bohdan'},
			{text: 'the soldiers’ lifeline. There is no other road left', speaker: 'a depot worker'},
		]);
	});

	it('stays linear on 100,000 plural possessives inside one single quotation', () => {
		const text = `Headline
She said ‘${'the soldiers’ morale '.repeat(100_000)}holds’ and left.`;
		const article = articleText(text);
		const started = performance.now();
		expect(scanQuotes(article.text, article.blocks)).toHaveLength(1);
		expect(performance.now() - started).toBeLessThan(2000);
	});

	it('joins a quotation that runs over several paragraphs into one quote spanning them all', () => {
		const article = body(
			'Mr Zelensky said: “We are grateful to our partners.',
			'“We will keep fighting for every metre of our land.',
			'“And we will win,” he said.',
		);
		const quotes = quotesOf(article);
		expect(quotes).toMatchObject([{
			text: 'We are grateful to our partners. We will keep fighting for every metre of our land. And we will win',
			fragment: false,
		}]);
		expect(article.text.slice(quotes[0]!.at.span.start, quotes[0]!.at.span.end)).toBe(
			'We are grateful to our partners.\n“We will keep fighting for every metre of our land.\n“And we will win',
		);
	});

	it('makes one quote of a sentence split by its attribution', () => {
		expect(said(body(
			'Defence Minister Rustem Umerov was asked about the offensive.',
			'“We will not,” he said, “give up a single village.”',
		))).toEqual([{text: 'We will not give up a single village.', speaker: 'Rustem Umerov'}]);
	});

	it('keeps two sentences around an attribution as two quotes of one speaker', () => {
		expect(said(body(
			'Kremlin spokesman Dmitry Peskov was asked about the call.',
			'"This is false," he said. "There was no call."',
		))).toEqual([
			{text: 'This is false', speaker: 'Dmitry Peskov'},
			{text: 'There was no call.', speaker: 'Dmitry Peskov'},
		]);
	});

	it('closes a quotation left open at the end of its paragraph there', () => {
		expect(said(body('Zelensky told parliament: “We need air defence now.', 'The session ended at noon.'))).toEqual([
			{text: 'We need air defence now.', speaker: 'Zelensky'},
		]);
	});

	it('ignores inch marks and marks standing alone between spaces', () => {
		expect(scanQuotes('a 12" gun and a " lone mark', [{kind: 'paragraph', start: 0, end: 27}])).toEqual([]);
	});
});

describe('quote scanning on arbitrary text', () => {
	const marks = ['"', '“', '”', '‘', '’', "'", '«', '»', '„', ' ', 'a', 'B', ',', '.', '\n', 'x’s'];

	it('never throws and always returns spans inside the text', () => {
		fc.assert(fc.property(fc.array(fc.constantFrom(...marks), {maxLength: 300}), pieces => {
			const text = ['Headline', pieces.join('')].join('\n');
			const article = articleText(text);
			for (const quote of quotesOf(article)) {
				expect(quote.at.span.start).toBeGreaterThanOrEqual(0);
				expect(quote.at.span.end).toBeLessThanOrEqual(article.text.length);
			}
			for (const quote of scanQuotes(article.text, article.blocks)) {
				expect(quotedText(article.text, quote)).not.toMatch(/^\s|\s$/);
			}
		}), {numRuns: 300});
	});

	it.each([
		['no marks', 'The front line held overnight near Pokrovsk.'],
		['only apostrophes', 'Russia’s army isn’t moving, and Kyiv’s isn’t either.'],
	])('stays linear on 100,000 paragraphs with %s before the one quotation', (_, paragraph) => {
		const paragraphs = [...Array.from({length: 100_000}, () => paragraph), '“We hold,” she said.'];
		const text = paragraphs.join('\n');
		const blocks = [];
		for (let start = 0, index = 0; index < paragraphs.length; index++) {
			blocks.push({kind: 'paragraph' as const, start, end: start + paragraphs[index]!.length});
			start += paragraphs[index]!.length + 1;
		}
		const started = performance.now();
		expect(scanQuotes(text, blocks).map(quote => quotedText(text, quote))).toEqual(['We hold']);
		// A loose bound: searching each paragraph to the far quotation would take minutes here.
		expect(performance.now() - started).toBeLessThan(2000);
	});

	it('stays linear on 100,000 quote marks in one paragraph', () => {
		const text = `Headline\nHe said ${'“'.repeat(50_000)}${'"'.repeat(50_000)} and left.`;
		const article = articleText(text);
		const started = performance.now();
		quotesOf(article);
		// A loose bound: quadratic behaviour would take minutes here.
		expect(performance.now() - started).toBeLessThan(2000);
	});
});
