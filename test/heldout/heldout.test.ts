import {describe, expect, it} from 'vitest';
import {buildBrief} from '../../source/brief/buildBrief.js';
import {loadArticles} from '../../source/load/loadArticles.js';
import type {Figure, Quote} from '../../source/model.js';

/**
 * Eight articles in house styles unlike the samples (wire copy, a live blog, a Kyiv Independent roundup,
 * a BBC analysis in single quotes, a CRLF file, Markdown with front matter, a ministry press release, an
 * interview transcript), run through the whole library pipeline at once, as the CLI does.
 * `test/fixtures/heldout/gold.json` annotates them for the scorer; these tests pin what must not regress.
 */
const folder = 'test/fixtures/heldout';
const files = [
	'h01_wire.txt',
	'h02_liveblog.txt',
	'h03_kyivindependent.txt',
	'h04_bbc_analysis.txt',
	'h05_aljazeera_crlf.txt',
	'h06_frontmatter.md',
	'h07_press_release.txt',
	'h08_transcript.txt',
] as const;
type File = (typeof files)[number];

const loaded = await loadArticles(files.map(file => `${folder}/${file}`));
const brief = buildBrief(loaded);

function idOf(file: File): string {
	const article = brief.articles.find(candidate => candidate.path.endsWith(`/${file}`));
	if (article === undefined) throw new Error(`${file} was not loaded`);
	return article.id;
}

const quotesOf = (file: File): Quote[] => brief.quotes.filter(quote => quote.at.articleId === idOf(file));
const figuresOf = (file: File): Figure[] => brief.figures.filter(figure => figure.at.articleId === idOf(file));
const headlinesOf = (file: File, kind: string) =>
	brief.headlines.filter(headline => headline.articleId === idOf(file) && headline.kind === kind).map(headline => headline.text);

/** Every piece of text the brief shows for an article: where site chrome must never turn up. */
function shownText(file: File): string[] {
	const id = idOf(file);
	return [
		...brief.articles.filter(article => article.id === id).map(article => article.title),
		...brief.headlines.filter(headline => headline.articleId === id).map(headline => headline.text),
		...quotesOf(file).map(quote => quote.text),
		...figuresOf(file).flatMap(figure => [figure.text, figure.label, figure.sentence]),
		...brief.developments.filter(development => development.articleIds.includes(id)).map(development => development.text),
	];
}

function quoteStarting(file: File, start: string): Quote {
	const quote = quotesOf(file).find(candidate => candidate.text.startsWith(start));
	if (quote === undefined) throw new Error(`no quote starting "${start}" in ${file}`);
	return quote;
}

function expectQuotes(file: File, expected: ReadonlyArray<readonly [start: string, speaker: string | RegExp]>): void {
	for (const [start, speaker] of expected) {
		const quote = quoteStarting(file, start);
		if (typeof speaker === 'string') expect(quote.speaker, start).toBe(speaker);
		else expect(quote.speaker, start).toMatch(speaker);
	}
}

function expectFigures(file: File, expected: ReadonlyArray<readonly [text: string, value: number, unit: string]>): void {
	const found = figuresOf(file).map(figure => [figure.text, figure.value, figure.unit]);
	for (const figure of expected) expect(found, figure[0]).toContainEqual(figure);
}

function expectNoFigureValued(file: File, values: readonly number[]): void {
	const reported = figuresOf(file).map(figure => `${figure.text} = ${figure.value}`);
	for (const value of values) {
		expect(reported.filter(figure => figure.endsWith(` = ${value}`)), `non-figure ${value}`).toEqual([]);
	}
}

function expectNoChrome(file: File, phrases: readonly string[]): void {
	const shown = shownText(file).map(text => text.toLowerCase());
	for (const phrase of phrases) {
		expect(shown.filter(text => text.includes(phrase.toLowerCase())), phrase).toEqual([]);
	}
}

function expectNoQuote(file: File, texts: readonly string[]): void {
	const quoted = quotesOf(file).map(quote => quote.text.toLowerCase().replace(/[.,]$/, ''));
	for (const text of texts) expect(quoted, text).not.toContain(text.toLowerCase());
}

describe('held-out styles: loading', () => {
	it('loads every style, the CRLF and Markdown files included, and carries no carriage return into the brief', () => {
		expect(loaded.skipped).toEqual([]);
		expect(brief.articles).toHaveLength(files.length);
		expect(JSON.stringify(brief)).not.toContain('\\r');
	});

	it('reads title, source and date from Markdown front matter', () => {
		const article = brief.articles.find(candidate => candidate.id === idOf('h06_frontmatter.md'))!;
		expect(article.title).toBe('Putin agrees to pause strikes on energy sites after call with Trump, but rejects full ceasefire');
		expect(article.source).toBe('Ukraine Monitor');
		expect(article.published).toBe('2025-03-19');
	});
});

describe('held-out styles: headlines', () => {
	it.each([
		['h01_wire.txt', "Russia pounds Ukraine's power grid with drones and missiles as Zelenskyy presses allies for air defense"],
		['h02_liveblog.txt', 'Russia-Ukraine war live: Zelenskiy says Kyiv ‘ready to work’ on ceasefire as Lavrov rules out European peacekeepers'],
		['h03_kyivindependent.txt', 'Ukraine war latest: Drones hit Russian oil refinery in Ryazan; S-400 system destroyed in Kursk Oblast, General Staff says'],
		['h05_aljazeera_crlf.txt', 'European leaders pledge to boost Ukraine’s defences at London summit after Trump clash'],
		['h06_frontmatter.md', 'Putin agrees to pause strikes on energy sites after call with Trump, but rejects full ceasefire'],
		['h08_transcript.txt', '‘We will not trade territory for promises’: Ukraine’s foreign minister on talks, Trump and the long war'],
	] as const)('%s has its own headline line as title', (file, title) => {
		expect(headlinesOf(file, 'title')).toEqual([title]);
	});

	it('keeps a question headline as the article title', () => {
		const article = brief.articles.find(candidate => candidate.id === idOf('h04_bbc_analysis.txt'))!;
		expect(article.title).toBe('Ukraine war: What would security guarantees for Kyiv actually look like?');
	});

	it('finds the post headings of a live blog and the sub-headings of an analysis', () => {
		expect(headlinesOf('h02_liveblog.txt', 'section')).toEqual(expect.arrayContaining([
			'Lavrov: Nato troops in Ukraine would mean ‘direct involvement’ in war',
			'Starmer to host ‘coalition of the willing’ call on Saturday',
			'Moscow hit by biggest Ukrainian drone attack of the war',
			'Zelenskiy: Ukraine’s position at Jeddah talks will be ‘fully constructive’',
			'Syrskyi: no threat of encirclement in Kursk region',
		]));
		expect(headlinesOf('h04_bbc_analysis.txt', 'section')).toEqual(expect.arrayContaining([
			'The European plan', 'Moscow’s red lines', 'What Nato can and cannot do', 'The soldiers’ view',
		]));
		expect(headlinesOf('h05_aljazeera_crlf.txt', 'section')).toContain('Fighting on the ground');
		expect(headlinesOf('h06_frontmatter.md', 'section')).toContain("Moscow's account");
	});
});

describe('held-out styles: quotes and speakers', () => {
	it('wire copy: straight quotes, "said X" inversions, split quotes and institutions', () => {
		expectQuotes('h01_wire.txt', [
			['The enemy again chose energy as its target.', 'Volodymyr Zelensky'],
			['Every missile that hits our substations', 'Volodymyr Zelensky'],
			['There was no military target there at all', 'Ihor Terekhov'],
			['We have enough generation', 'Vitalii Zaichenko'],
			['Some of these transformers', 'Vitalii Zaichenko'],
			['massive strike', "Russia's Defense Ministry"],
			['terrorist attacks', 'Dmitry Peskov'],
			['The special military operation continues', 'Dmitry Peskov'],
			['Every Patriot battery', 'Andrii Sybiha'],
			['Seven more systems would close the sky', 'Andrii Sybiha'],
			['We are not there yet.', /Mark Rutte$/],
			['The enemy is paying an enormous price', 'Oleksandr Syrskyi'],
		]);
		expect(quoteStarting('h01_wire.txt', 'The enemy again chose').text).toBe(
			'The enemy again chose energy as its target. This is deliberate terror against civilians in the middle of winter',
		);
	});

	it('live blog: speakers named on the line before a colon, after a relative clause', () => {
		expectQuotes('h02_liveblog.txt', [
			['We see no room for compromise here.', 'Sergei Lavrov'],
			['breathing space', 'Sergei Lavrov'],
			['We have to keep up the pressure.', 'Keir Starmer'],
			['Ukraine’s position in the talks will be fully constructive.', 'Volodymyr Zelensky'],
			['open to any proposal that leads to a just peace', 'Andrii Sybiha'],
			['There is no threat of encirclement of our units.', 'Oleksandr Syrskyi'],
		]);
	});

	it('Kyiv Independent: "he added" and an unnamed intelligence source', () => {
		expectQuotes('h03_kyivindependent.txt', [
			['Putin, of course, is preparing to refuse.', 'Volodymyr Zelensky'],
			['That is why in Moscow they are surrounding', 'Volodymyr Zelensky'],
			['There are reasons for cautious optimism', 'Dmitry Peskov'],
			['But there is still a lot to do.', 'Dmitry Peskov'],
			['The launcher and the radar were hit', "a source in Ukraine's military intelligence"],
			['more favorable lines', 'Oleksandr Syrskyi'],
		]);
	});

	it('BBC analysis: single curly quotes whose closing mark is also the apostrophe', () => {
		expectQuotes('h04_bbc_analysis.txt', [
			['boots on the ground and planes in the air', 'Keir Starmer'],
			['absolutely unacceptable', 'Dmitry Peskov'],
			['drag Nato into Ukraine through the back door', 'Sergei Lavrov'],
			['The best security guarantee is a strong Ukrainian army', 'Mark Rutte'],
			['And that means continued support, including F-16s and air defence', 'Mark Rutte'],
		]);
		expect(quoteStarting('h04_bbc_analysis.txt', 'Peace cannot mean').text).toBe('Peace cannot mean the capitulation of Ukraine');
	});

	it('CRLF file: every quote with its speaker, a pronoun and a spokesperson included', () => {
		expectQuotes('h05_aljazeera_crlf.txt', [
			['crossroads in history', 'Keir Starmer'],
			['This is not a moment for more talk.', 'Keir Starmer'],
			['Every nation must contribute', 'Keir Starmer'],
			['We are ready to sign the minerals deal', 'Volodymyr Zelensky'],
			['I think our relationship with the United States', 'Volodymyr Zelensky'],
			['in the air, at sea and on energy infrastructure', 'Emmanuel Macron'],
			['This is really a step up', 'Mark Rutte'],
			['continue the war', 'Dmitry Peskov'],
			['The enemy is trying to exploit every pause', 'a Ukrainian military spokesperson'],
		]);
	});

	it('Markdown: a blockquote, a pronoun and a colon introduction', () => {
		expectQuotes('h06_frontmatter.md', [
			['Today, Putin effectively rejected the proposal', 'Volodymyr Zelensky'],
			['what exactly the Russians offered the Americans', 'Volodymyr Zelensky'],
			['If Russia does not strike our energy', 'Volodymyr Zelensky'],
			['the Russians have not given up', 'Emmanuel Macron'],
			["keep Putin's feet to the fire", 'a Downing Street source'],
		]);
	});

	it('press release: a quotation over two paragraphs after "X said:" is one quote', () => {
		const healey = quoteStarting('h07_press_release.txt', 'This is a moment of maximum pressure on Putin.');
		expect(healey.text).toBe(
			'This is a moment of maximum pressure on Putin. The UK is stepping up, and so are our partners. ' +
				'We will keep Ukraine in the strongest possible position – to push for peace, and to defend a peace once it is secured.',
		);
		expect(healey.speaker).toMatch(/John Healey/);
		expect(quoteStarting('h07_press_release.txt', 'We are grateful to the British people.').speaker).toMatch(/Rustem Umerov$/);
	});

	it('transcript: a three-paragraph quotation is one quote, and questions quote their subjects', () => {
		expect(quoteStarting('h08_transcript.txt', 'Every night they send 100, 150 drones').text).toMatch(/Russia\. So my message .* 3 o’clock in the afternoon\.$/);
		expectQuotes('h08_transcript.txt', [['a provocation', 'Dmitry Peskov']]);
	});

	it('leaves scare quotes, slogans, headline quotes and quoted chrome alone', () => {
		expectNoQuote('h01_wire.txt', ['lost']);
		expectNoQuote('h02_liveblog.txt', ['No peace without justice', 'Slava Ukraini', 'ready to work', 'coalition of the willing', 'Fully constructive', 'we have no leverage']);
		expectNoQuote('h03_kyivindependent.txt', ['dragging out', 'unacceptable']);
		expectNoQuote('h04_bbc_analysis.txt', ['reassurance force', 'productive']);
		expectNoQuote('h06_frontmatter.md', ['words and deeds']);
		expectNoQuote('h08_transcript.txt', ['no', 'Voices of the War', 'We will not trade territory for promises']);
	});
});

describe('held-out styles: figures', () => {
	it('wire copy: counts, dual units and euros written out', () => {
		expectFigures('h01_wire.txt', [
			['147', 147, 'count'], ['200,000', 200000, 'count'], ['nine', 9, 'people'], ['1,200 kilometers', 1200, 'km'],
			['Seven', 7, 'count'], ['2 billion euros', 2e9, 'EUR'], ['1,500', 1500, 'people'],
		]);
	});

	it('live blog and Kyiv Independent: tallies, areas, percentages and dollars', () => {
		expectFigures('h02_liveblog.txt', [['337', 337, 'count'], ['91', 91, 'count'], ['18', 18, 'people'], ['100 sq km', 100, 'other']]);
		expectFigures('h03_kyivindependent.txt', [
			['895,010', 895010, 'people'], ['1,310', 1310, 'people'], ['10,233', 10233, 'count'], ['5.8%', 5.8, 'percent'],
			['200 kilometers', 200, 'km'], ['$500 million', 5e8, 'USD'],
		]);
	});

	it('analysis, CRLF and transcript: ranges, fractions, pounds and percent written out', () => {
		expectFigures('h04_bbc_analysis.txt', [['1,000km', 1000, 'km'], ['85,000', 85000, 'people'], ['a fifth', 20, 'percent'], ['30%', 30, 'percent']]);
		expect(figuresOf('h04_bbc_analysis.txt').find(figure => figure.text === '100,000 to 150,000')?.value).toBe(100000);
		expectFigures('h05_aljazeera_crlf.txt', [
			['£1.6bn', 1.6e9, 'GBP'], ['£2.26bn', 2.26e9, 'GBP'], ['3 and 3.5 percent', 3, 'percent'], ['70km', 70, 'km'], ['20 percent', 20, 'percent'],
		]);
		expectFigures('h08_transcript.txt', [['$60 billion to $70 billion', 6e10, 'USD'], ['880,000', 880000, 'people'], ['20%', 20, 'percent']]);
		expect(figuresOf('h08_transcript.txt').find(figure => figure.text === '1.5 million')?.value).toBe(1.5e6);
	});

	it('Markdown and press release: figures in bold and in running text', () => {
		expectFigures('h06_frontmatter.md', [['175', 175, 'count'], ['23', 23, 'people']]);
		expect(figuresOf('h06_frontmatter.md').find(figure => figure.text === '40')?.value).toBe(40);
		expectFigures('h07_press_release.txt', [['£1.7 billion', 1.7e9, 'GBP'], ['€580 million', 5.8e8, 'EUR'], ['€1.3 billion', 1.3e9, 'EUR'], ['50,000', 50000, 'people']]);
	});

	it('reports no years, dates, ages, clock times, time stamps, model numbers, No 10 or page numbers', () => {
		expectNoFigureValued('h01_wire.txt', [67, 14, 8, 6, 11, 3, 16, 2022]);
		expectNoFigureValued('h02_liveblog.txt', [14.32, 6.05, 14.41, 13.1, 12.02, 12.19, 10.47, 10.58, 9.15, 14.51, 11, 2025, 28, 10, 1284, 57]);
		expectNoFigureValued('h03_kyivindependent.txt', [400, 14, 13, 24, 2022, 2025, 11.58, 5, 430790, 2024, 3]);
		expectNoFigureValued('h04_bbc_analysis.txt', [1994, 2014, 2015, 2021, 2022, 3, 34, 7, 16]);
		expectNoFigureValued('h05_aljazeera_crlf.txt', [2025, 2022, 5]);
		expect(figuresOf('h05_aljazeera_crlf.txt').filter(figure => /Mar|Three|share/.test(figure.text))).toEqual([]);
		expectNoFigureValued('h06_frontmatter.md', [5, 14, 2025]);
		expectNoFigureValued('h07_press_release.txt', [20, 2025, 2022, 2024, 27, 4, 7218, 7907, 1]);
		expectNoFigureValued('h08_transcript.txt', [6, 49, 2014, 2022]);
	});
});

describe('held-out styles: chrome and dates', () => {
	it('shows none of the site furniture around the articles', () => {
		expectNoChrome('h01_wire.txt', ["Follow AP's coverage", 'apnews.com', 'Reporting by', 'Editing by']);
		expectNoChrome('h02_liveblog.txt', [
			'Key events', 'Please turn on JavaScript', 'Updated at', 'Reuse this content', 'Comments (1,284)',
			'Sign in or create your Guardian account', 'kyivwatcher', 'diplomat-speak', 'Most viewed',
		]);
		expectNoChrome('h03_kyivindependent.txt', ['by Oksana Melnyk', 'min read', 'Become a member', 'Support independent journalism', 'is a news editor at', 'hit record 430,790']);
		expectNoChrome('h04_bbc_analysis.txt', ['By Hanna Kovalenko', 'Published 3 hours ago', 'Image source, Getty Images', 'More on this story', 'What is the Budapest Memorandum?']);
		expectNoChrome('h05_aljazeera_crlf.txt', ['By Al Jazeera Staff', 'Published On', 'Click here to share', 'share2', 'Listen to this article', 'Advertisement', 'SOURCE: AL JAZEERA']);
		expectNoChrome('h06_frontmatter.md', ['example.org', 'Additional reporting by', 'Follow our coverage']);
		expectNoChrome('h07_press_release.txt', ['For media enquiries', 'MOD Press Office', 'Share this page', 'opens in new tab', 'Is this page useful?', 'personal or financial information']);
		expectNoChrome('h08_transcript.txt', ['Voices of the War', 'Read the previous instalment']);
	});

	it('dates relative days against the front-matter date', () => {
		const dated = (start: string) =>
			brief.developments.find(development => development.articleIds.includes(idOf('h06_frontmatter.md')) && development.text.includes(start))?.date;
		expect(dated('Putin agreed on Tuesday')).toBe('2025-03-18');
		expect(dated('Zelensky said yesterday')).toBe('2025-03-18');
		expect(dated('Peskov said on Wednesday')).toBe('2025-03-19');
	});
});
