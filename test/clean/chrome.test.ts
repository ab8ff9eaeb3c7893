import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {cleanArticle} from '../../source/clean/cleanArticle.js';
import {cleanText} from './cleanText.js';

function clean(path: string) {
	return cleanArticle({id: 'a', path, text: readFileSync(path, 'utf8'), meta: {}});
}

describe('chrome removal on the bundled samples', () => {
	it('drops the donation appeal glued to the first sentence and keeps the sentence', () => {
		const article = clean('articles/004_d463b41bc5bde2c7.txt');
		expect(article.text).not.toMatch(/Your support|Your donation|The Independent is trusted|From reproductive rights/);
		expect(article.text).toContain('\nDonald Trump is now likely to call Russia’s Vladimir Putin');
		expect(article.text).not.toMatch(/Subscribe to Independent Premium|bookmark|commenting forum|thought-provoking|\nComments$/);
	});

	it('drops a Related: link list and the numbers inside it', () => {
		const article = clean('articles/003_4d679536256f4b1e.txt');
		expect(article.text).not.toContain('Related:');
		expect(article.text).not.toContain('10% of latest US aid package');
		expect(article.text.trimEnd()).toMatch(/I don’t think that’s possible\.”$/);
	});

	it('drops sign-in prompts, newsletter appeals, topic stubs and the repeated title', () => {
		const article = clean('articles/002_34c61dbe07c76db4.txt');
		expect(article.text).not.toMatch(/subscribe to our Weekly Outlook|To view or add a comment|More articles by|Explore topics/);
		expect(article.text.match(/This Week in Ukraine/g)).toHaveLength(1);
	});

	it('drops a trailing video label', () => {
		expect(clean('articles/001_e5f5ddb91bdcb392.txt').text).not.toContain('Bonus video');
	});

	it('keeps every body paragraph of an article with no chrome', () => {
		const text = readFileSync('articles/000_93396fbf0bbdbe70.txt', 'utf8');
		expect(clean('articles/000_93396fbf0bbdbe70.txt').text).toBe(text.trim());
	});
});

describe('chrome removal on other sites’ furniture', () => {
	it('newsletter plugs, share buttons and topic lists', () => {
		const article = clean('test/fixtures/clean/guardian-style.txt');
		expect(article.text).not.toMatch(/^Share$|Sign up to First Edition|Explore more|Reuse this content/m);
		expect(article.text).toContain('"The enemy continues to terrorise our cities," the air force said');
		expect(article.text).toContain('power would be restored within hours.');
	});

	it('cookie notices, credit lines and read-more lists', () => {
		const article = clean('test/fixtures/clean/wire-style.txt');
		expect(article.text).not.toMatch(/cookie|Reporting by|Read more|refinery/);
		expect(article.text).toContain('“Every return is a victory,”'.replace(/[“”]/g, '"'));
	});

	it('a membership appeal over several paragraphs, share links and a comment counter', () => {
		const article = clean('test/fixtures/clean/member-appeal.txt');
		expect(article.text).not.toMatch(/independent journalism|We have been covering|Your contribution|Share this|Copy link|Comments/);
		expect(article.text).toContain('three new mechanised brigades');
		expect(article.text).toContain('Western armoured vehicles by spring.');
	});
});

describe('page furniture around the headline and in the footer', () => {
	const article = clean('test/fixtures/clean/page-furniture.txt');

	it('drops the kicker, byline, date line, share widget and picture credit, and keeps the headline', () => {
		expect(article.title).toBe('Will Western air defence arrive in time for Ukraine\'s winter?');
		expect(article.text).not.toMatch(/^Analysis$|Maria Petrenko|Published 2 hours|^Share$|Image source|Image caption/m);
	});

	it('keeps a list that a clause introduces, with its figures', () => {
		expect(article.text).toContain('Officials said the package includes:\n- 12 Patriot interceptors\n- four IRIS-T launchers');
	});

	it('drops captions that end with a picture credit, but not sentences that merely contain a slash', () => {
		expect(article.text).not.toContain('Workers clear debris');
		expect(article.text).toContain('The ministry said deliveries would begin in December and a 24/7 hotline (call 1545) would stay open.');
	});

	it('drops a membership appeal in the publisher’s voice beside the chrome it leads into', () => {
		expect(article.text).not.toMatch(/We have covered this war|independent journalism|Become a member/);
	});

	it('reads "US" as the United States, not the publisher', () => {
		expect(article.text).toContain('US and Ukrainian officials met in Geneva on Monday');
	});

	it('drops timestamps and everything from a footer marker on', () => {
		expect(article.text).not.toMatch(/GMT|More on this story|Ukraine war in maps|Patriot battery/);
		expect(article.text).toContain('as temperatures fall.');
	});
});

describe('print-edition furniture and a promotion list after "More from"', () => {
	const article = clean('test/fixtures/clean/print-edition-furniture.txt');

	it('drops the reporting line, the share widget and the print-edition note, and keeps the story', () => {
		expect(article.title).toBe('With Aid on Hold, Kyiv Turns to European Stockpiles');
		expect(article.text).not.toMatch(/Reporting from|Share full article|appears in print|Order Reprints/);
		expect(article.text).toContain('"We cannot wait for Washington," she said.');
	});

	it('drops the headlines listed after "More from Opinion", so none becomes a section or a figure', () => {
		expect(article.text).not.toMatch(/More from Opinion|wrong model|who will actually pay/);
		expect(article.blocks.filter(block => block.kind === 'section')).toEqual([]);
	});
});

describe('captions, tag lines, email prompts and engagement counters', () => {
	const article = cleanText([
		'Syrskyi: situation near Pokrovsk stabilised',
		'Oleksandr Syrskyi. Photo: General Staff of the Armed Forces of Ukraine',
		'Commander-in-Chief Oleksandr Syrskyi said Ukrainian forces had halted the Russian advance north of Pokrovsk.',
		'Type your email... Subscribe',
		'Subjects: Syrskyi, Pokrovsk, Dobropillia, Donetsk Oblast, war',
		'42 likes · 7 restacks · 15 comments',
	].join('\n'));

	it('drops them and keeps the story', () => {
		expect(article.text).toBe('Syrskyi: situation near Pokrovsk stabilised\nCommander-in-Chief Oleksandr Syrskyi said Ukrainian forces had halted the Russian advance north of Pokrovsk.');
	});

	it('keeps a sentence that only mentions a photograph', () => {
		const kept = 'The photo: a Russian drone over the port, taken by a resident.';
		expect(cleanText(`Drone over Odesa\n${kept}\nOfficials said the drone was shot down.`).text).toContain(kept);
	});
});

describe('link lists without a colon, chart captions, briefing header fields, live-post bylines and end marks', () => {
	const article = cleanText([
		'Ukraine holds rates as strikes on the grid stoke inflation',
		'Most Read from Bloomberg',
		'Gold Extends Slide From Record as Traders Book Profits Above $4,100',
		'China\'s Economy Grows 4.8% as Exports Offset Property Slump',
		'Ukraine\'s central bank kept its key interest rate at 15.5% on Thursday, the bank said.',
		'Inflation Cools From Peak',
		'Ukraine\'s annual consumer price growth, %',
		'Source: National Bank of Ukraine',
		'Date: 10 October 2025',
		'Location: Geneva',
		'From CNN\'s Yulia Moroz',
		'Annual inflation slowed to 11.9% in September from 13.2% in August, the statistics service said.',
		'See all updates',
		'Follow TASS on Telegram and X for the latest news',
		'The hryvnia weakened 0.2% to 41.78 per dollar after the decision.',
		'Officials expect inflation to slow further next year.',
		'ENDS',
		'For more information and media requests, please contact the press office in Geneva on weekdays.',
	].join('\n'));

	it('drops them and keeps the story', () => {
		expect(article.text.split('\n')).toEqual([
			'Ukraine holds rates as strikes on the grid stoke inflation',
			'Ukraine\'s central bank kept its key interest rate at 15.5% on Thursday, the bank said.',
			'Annual inflation slowed to 11.9% in September from 13.2% in August, the statistics service said.',
			'The hryvnia weakened 0.2% to 41.78 per dollar after the decision.',
			'Officials expect inflation to slow further next year.',
		]);
	});
});

describe('a donation box at the end of an explainer', () => {
	const article = cleanText([
		'Why Russia is raising taxes',
		'The Kremlin raised VAT to 22 percent, the finance ministry said on Tuesday.',
		'"They are cutting the army\'s budget and raising taxes at the same time," wrote one pro-war blogger.',
		'Story by Meduza · Translated by Emily Harlow',
		'Support Meduza',
		'Meduza has been designated an "undesirable organization" in Russia, and anyone who donates to us there risks prosecution. We rely on readers abroad.',
		'Become a Meduza supporter',
		'Every donation makes a difference. Cancel anytime.',
	].join('\n\n'));

	it('drops the appeal in the publisher\'s voice though it quotes a phrase, the named membership prompt and the heading over them', () => {
		expect(article.text).not.toMatch(/Support Meduza|undesirable|supporter|Cancel anytime/);
		expect(article.text).toContain('wrote one pro-war blogger.');
	});
});
