import {describe, expect, it} from 'vitest';
import {articleFile, quotesOf} from '../fixtures/quotes/article.js';

/** Each quote as [its first 40 characters, speaker, fragment]. */
function summary(path: string): [string, string | null, boolean][] {
	return quotesOf(articleFile(path)).map(quote => [quote.text.slice(0, 40), quote.speaker, quote.fragment]);
}

describe('extractQuotes on the sample articles', () => {
	it('000: attributed fragments only, not the “Trump-proof” coinage', () => {
		expect(summary('articles/000_93396fbf0bbdbe70.txt')).toEqual([
			['mutually beneficial', 'Volodymyr Zelensky', true],
			['a position of strength', 'Volodymyr Zelensky', true],
		]);
	});

	it('001: mixed quote marks, pronouns, inverted attributions and unnamed officials', () => {
		expect(summary('articles/001_e5f5ddb91bdcb392.txt')).toEqual([
			['This winter is a critical point... I hop', 'a senior Ukrainian official', false],
			['The American people want sovereignty pro', 'Bill Hagerty', false],
			['pure fiction.', 'the Kremlin', true],
			['This is completely false. It is pure fic', 'Dmitry Peskov', false],
			['There was no conversation', 'Dmitry Peskov', false],
			['This is the most obvious example of the ', 'Dmitry Peskov', false],
			['There are no concrete plans for now.', 'Dmitry Peskov', false],
			['We do not comment on private conversatio', 'Stephen Chung', false],
			['excellent', 'Volodymyr Zelensky', true],
			["If it happens quickly, it means losses f", 'Volodymyr Zelensky', false],
			["It's a very scary challenge for our citi", 'Volodymyr Zelensky', false],
			['less likely', 'an official from Kiev', true],
			['I hope the Biden administration will try', 'an official from Kiev', false],
			['Who is Biden now? He has lost a lot of c', 'another Ukrainian official', false],
		]);
	});

	it('001: an opening curly mark closed by a straight one; the attribution comma is dropped', () => {
		const [first] = quotesOf(articleFile('articles/001_e5f5ddb91bdcb392.txt'));
		expect(first).toMatchObject({
			text: 'This winter is a critical point... I hope the war is coming to an end. Now we will define the starting positions for both parties in the negotiations',
			speaker: 'a senior Ukrainian official',
			speakerAsWritten: 'the official',
			fragment: false,
		});
	});

	it('002: single curly marks whose closing mark is also the apostrophe; a plan’s name is not a quote', () => {
		const article = articleFile('articles/002_34c61dbe07c76db4.txt');
		const quotes = quotesOf(article);
		expect(quotes).toMatchObject([{text: 'a dangerous expansion of Russia’s war.', speaker: 'Mark Rutte', fragment: false}]);
		expect(article.text.slice(quotes[0]!.at.span.start, quotes[0]!.at.span.end)).toBe('a dangerous expansion of Russia’s war.');
	});

	it('003: outlets as speakers and a speaker named on the line before the colon', () => {
		expect(summary('articles/003_4d679536256f4b1e.txt')).toEqual([
			['depends on the elections in the United S', 'Volodymyr Zelenskyy', false],
			['in one day', 'Donald Trump', true],
			['What [Trump] thinks he can do, what leve', 'Thomas Graham', false],
			['Ukraine is just a means to an end, and t', 'John Lough', false],
			['If a potential Trump administration cuts', 'CNN', false],
			['If [Trump] just wants to force Ukraine t', 'Volodymyr Zelenskyy', false],
		]);
	});

	it('004: a page that carries its story twice gives each of its repeated quotations once', () => {
		const texts = summary('articles/004_d463b41bc5bde2c7.txt').map(([text]) => text);
		expect(texts.filter(text => text === 'stop the war')).toHaveLength(1);
		expect(texts.filter(text => text === 'The administration plans to push forward')).toHaveLength(1);
	});

	it('004: a live page with titles, roles, “the Nato chief”, “his defence minister” and multi-paragraph quotes', () => {
		expect(summary('articles/004_d463b41bc5bde2c7.txt')).toEqual([
			['stop the war', 'a former American diplomat', true],
			['going to make a phone call to Putin as q', 'Kurt Volker', false],
			['demands', 'Kurt Volker', true],
			['The administration plans to push forward', 'a senior Biden administration official', false],
			['strong bipartisan support', 'Volodymyr Zelensky', true],
			['I appreciate president Trump’s commitmen', 'Volodymyr Zelensky', false],
			['I think he’s going to make a phone call ', 'Kurt Volker', false],
			['Putin will say ‘I need this, I need this', 'Kurt Volker', false],
			['open a new page in instability in the wo', 'Volodymyr Zelensky', false],
			['small engagement', 'Rustem Umerov', true],
			['not just with words ... but who are prep', 'Volodymyr Zelensky', false],
			['The first battles with North Korean sold', 'Volodymyr Zelensky', false],
			['do everything so that this Russian step ', 'Volodymyr Zelensky', false],
			['turning point', 'Mark Rutte', true],
			['deeply dangerous', 'Mark Rutte', true],
			['This dangerous expansion of the conflict', 'Mark Rutte', false],
			['These deepening military and economic ti', 'Mark Rutte', false],
			['On every front, Putin is failing to achi', 'Mark Rutte', false],
			['is now being shortened to... two weeks o', 'Rustem Umerov', false],
			['They shared the view they need to discus', 'Kim Tae-hyo', false],
			['small-scale', 'Rustem Umerov', true],
			['Yes, I think so. It is (an) engagement', 'Rustem Umerov', false],
			['(There are) already contacts, but after ', 'Rustem Umerov', false],
		]);
	});

	it('004: a quotation over five paragraphs is one quote spanning all of them', () => {
		const article = articleFile('articles/004_d463b41bc5bde2c7.txt');
		const quote = quotesOf(article).find(({text}) => text.startsWith('I appreciate'))!;
		expect(quote.text).toBe(
			'I appreciate president Trump’s commitment to the ‘peace through strength’ approach in global affairs. ' +
				'This is exactly the principle that can practically bring just peace in Ukraine closer. I am hopeful that we will put it into action together. ' +
				'We look forward to an era of a strong United States of America under President Trump’s decisive leadership. ' +
				'We rely on continued strong bipartisan support for Ukraine in the United States. We are interested in developing mutually beneficial political and economic cooperation that will benefit both of our nations. ' +
				'Ukraine, as one of Europe’s strongest military powers, is committed to ensuring long-term peace and security in Europe and the transatlantic community with the support of our allies. ' +
				'I am looking forward to personally congratulating President Trump and discussing ways to strengthen Ukraine’s strategic partnership with the United States.',
		);
		expect(quote.speakerAsWritten).toBe('Mr Zelensky');
		const covered = article.text.slice(quote.at.span.start, quote.at.span.end);
		expect(covered.startsWith('I appreciate')).toBe(true);
		expect(covered.endsWith('with the United States.')).toBe(true);
		expect(covered.split('\n')).toHaveLength(5);
	});

	it('004: speakers as written are kept beside the resolved ones', () => {
		const quotes = quotesOf(articleFile('articles/004_d463b41bc5bde2c7.txt'));
		const written = (start: string) => quotes.find(({text}) => text.startsWith(start))?.speakerAsWritten;
		expect(written('These deepening')).toBe('the Nato chief');
		expect(written('small engagement')).toBe('his defence minister');
		expect(written('Yes, I think so')).toBe('Mr Umerov');
		expect(written('(There are)')).toBe('he');
	});

	it('never reads titles or section headings, and every quote points at its own text', () => {
		for (const path of ['articles/002_34c61dbe07c76db4.txt', 'articles/004_d463b41bc5bde2c7.txt']) {
			const article = articleFile(path);
			for (const quote of quotesOf(article)) {
				const block = article.blocks.find(({start, end}) => quote.at.span.start >= start && quote.at.span.start <= end)!;
				expect(block.kind).toBe('paragraph');
				expect(quote.at.sentence.start).toBeLessThanOrEqual(quote.at.span.start);
				if (!quote.text.includes('\n') && quote.at.span.end - quote.at.span.start === quote.text.length) {
					expect(article.text.slice(quote.at.span.start, quote.at.span.end)).toBe(quote.text);
				}
			}
		}
	});
});
