import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {cleanArticle} from '../../source/clean/cleanArticle.js';
import {cleanText} from './cleanText.js';
import type {Article} from '../../source/model.js';

function clean(path: string, meta = {}) {
	return cleanArticle({id: 'a', path, text: readFileSync(path, 'utf8'), meta});
}

function blocksOf(article: Article, kind: string): string[] {
	return article.blocks.filter(block => block.kind === kind).map(block => article.text.slice(block.start, block.end));
}

describe('titles', () => {
	it('finds a headline line, even one set as a title-case question', () => {
		const article = clean('articles/002_34c61dbe07c76db4.txt');
		expect(article.titleKind).toBe('title');
		expect(article.title).toBe('This Week in Ukraine: Is the West Turning Its Back on Ukraine as Russia Ramps Up Support?');
	});

	it('finds an unpunctuated live-blog headline', () => {
		const article = clean('articles/004_d463b41bc5bde2c7.txt');
		expect(article.title).toBe('Ukraine-Russia latest: Trump ‘to call Putin’ as Biden plans final surge in military aid to Kyiv');
	});

	it.each(['000_93396fbf0bbdbe70', '001_e5f5ddb91bdcb392', '003_4d679536256f4b1e'])(
		'derives a lede headline from the opening sentence when %s has no headline line',
		name => {
			const article = clean(`articles/${name}.txt`);
			expect(article.titleKind).toBe('lede');
			expect(blocksOf(article, 'title')).toEqual([]);
			const opening = readFileSync(`articles/${name}.txt`, 'utf8').slice(0, 60);
			expect(opening.startsWith(article.title.replace(/…$/, '').slice(0, 40))).toBe(true);
		},
	);

	it('does not cut a lede at an abbreviation', () => {
		expect(clean('articles/000_93396fbf0bbdbe70.txt').title).toContain('U.S. support');
	});

	it('uses a metadata title and drops its repetition from the body', () => {
		const article = clean('articles/002_34c61dbe07c76db4.txt', {title: 'This Week in Ukraine: Is the West Turning Its Back on Ukraine as Russia Ramps Up Support?'});
		expect(article.titleKind).toBe('title');
		expect(blocksOf(article, 'title')).toHaveLength(1);
		expect(article.text.match(/This Week in Ukraine/g)).toHaveLength(1);
	});
});

describe('sections', () => {
	it('finds the sub-headlines of a live blog and not its standfirst', () => {
		const sections = blocksOf(clean('articles/004_d463b41bc5bde2c7.txt'), 'section');
		expect(sections).toHaveLength(10);
		expect(sections[0]).toBe('In full: Zelensky congratulates Trump on US election victory');
		expect(sections).toContain('Nato chief warns of ‘deeply dangerous’ moment for world');
		expect(sections.at(-1)).toBe('Ukrainian and North Korean troops clash for first time in war');
		expect(sections.join('\n')).not.toContain('Biden rushing to get billions');
	});

	it('counts the words of the paragraphs only, not those of the title and the sections', () => {
		const article = clean('articles/004_d463b41bc5bde2c7.txt');
		const paragraphWords = blocksOf(article, 'paragraph').reduce((sum, paragraph) => sum + paragraph.split(' ').length, 0);
		expect(article.words).toBe(paragraphWords);
		expect(article.words).toBeLessThan(article.text.split(/[ \n]/).length - 10 * 2);
	});

	it('finds sections in another site’s layout with a blank-line separated body', () => {
		const article = cleanText('Kherson under fire\n\nRussian shelling killed two people in Kherson on Sunday, regional officials said.\n\nEnergy talks\n\nUkraine and Russia have discussed a halt to strikes on power plants, two sources said.\n');
		expect(blocksOf(article, 'section')).toEqual(['Energy talks']);
		expect(article.title).toBe('Kherson under fire');
	});

	it('takes lines marked as sub-headings as sections, whatever their punctuation or what follows', () => {
		const article = cleanArticle({
			id: 'c',
			path: 'x.md',
			meta: {title: 'Putin agrees to pause strikes on energy sites'},
			text: 'Russia agreed on Tuesday to stop attacking energy infrastructure for 30 days, the Kremlin said.\n## Kyiv: "words and deeds"\nZelensky said Ukraine would judge Moscow by its actions.\n## What was agreed\n- a 30-day moratorium on strikes against energy infrastructure\n- a prisoner exchange of 175 for 175\n',
		});
		expect(blocksOf(article, 'section')).toEqual(['Kyiv: "words and deeds"', 'What was agreed']);
		expect(article.text).not.toContain('##');
	});

	it('takes the last line of a summary list over the story for one of its items, not a section', () => {
		const article = cleanText([
			'Ukrainian drones strike oil refinery in Russia',
			'Ukrainian drones strike oil refinery in Russia\'s Ryazan Oblast',
			'Zelensky says Putin "deliberately" setting conditions to drag out ceasefire',
			'Russia has lost 895,010 troops since start of full-scale war',
			'Ukrainian drones struck an oil refinery in Russia\'s Ryazan Oblast overnight on March 14, local authorities reported.',
			'Peskov on the talks',
			'Kremlin spokesman Dmitry Peskov said there were reasons for cautious optimism about the talks in Riyadh.',
		].join('\n'));
		expect(blocksOf(article, 'section')).toEqual(['Peskov on the talks']);
	});

	it('takes a marked line longer than any heading for a standfirst, not a section', () => {
		const article = cleanText([
			'# Nineteen drones and a very expensive lesson',
			'### What the incursion into Poland tells us about the cost curve of air defence, and why Europe\'s drone wall is still mostly a slogan',
			'Welcome back to Eastern Flank Notes. This week\'s issue is longer than usual.',
			'## What happened',
			'Nineteen Russian drones crossed into Polish airspace on Wednesday, the Polish military said.',
		].join('\n\n'));
		expect(blocksOf(article, 'section')).toEqual(['What happened']);
		expect(article.text).toContain('What the incursion into Poland tells us');
	});

	it('takes a wire story’s one-word slugs in capitals as sections, not a one-word line in other case', () => {
		const article = cleanText('Kremlin rules out ceasefire before talks\n\nMOSCOW, May 22 (Reuters) - The Kremlin said on Thursday it would not agree to a ceasefire before talks.\n\nSANCTIONS\n\nThe European Union agreed a new package of sanctions against Russia on Wednesday, diplomats said.\n\nUpdate\n\nHungary dropped its objections to the package, officials said.\n');
		expect(blocksOf(article, 'section')).toEqual(['SANCTIONS']);
	});

	it('takes a slug in capitals right under the title and a date line as a section, not as a standfirst or a byline', () => {
		const article = cleanText([
			'Morning digest: Russian drone hits evacuation bus in Sumy Oblast',
			'Saturday, 17 May 2025 | compiled from official Telegram channels',
			'FRONT LINE AND STRIKES',
			'A Russian drone struck a civilian bus near Bilopillia during the evacuation of residents.',
			'DIPLOMACY',
			'EU foreign ministers will discuss new sanctions on Tuesday.',
		].join('\n'));
		expect(article.published).toBe('2025-05-17');
		expect(blocksOf(article, 'section')).toEqual(['FRONT LINE AND STRIKES', 'DIPLOMACY']);
		expect(article.text).not.toContain('compiled from official Telegram channels');
	});

	it('takes an explainer\'s short questions over body text as its sections, not a lone question or an interviewer\'s', () => {
		const explainer = cleanText([
			'Russia raises taxes to pay for the war',
			'What happened?',
			'The Russian government proposed raising VAT from 20 to 22 percent from January, the finance ministry said.',
			'Why does this matter?',
			'It is the first increase in VAT since 2019 and comes as oil revenues fall, economists said.',
		].join('\n'));
		expect(blocksOf(explainer, 'section')).toEqual(['What happened?', 'Why does this matter?']);
		const interview = cleanText([
			'Interview: Ukraine’s foreign minister on the talks',
			'Q: How do you see the role of the United States now?',
			'A: The United States remains our most important partner, and we expect it to stay so.',
			'Q: And Europe?',
			'A: Europe is doing more every month, and we are grateful for it.',
			'What happens next?',
			'The ministers will meet again in Brussels next week, officials said.',
		].join('\n'));
		expect(blocksOf(interview, 'section')).toEqual([]);
	});

	it('takes a live-blog heading written after its post time as a section without the time', () => {
		const article = cleanText([
			'Ukraine war live: Starmer hugs Zelenskiy outside No 10',
			'17:32 Zelenskiy to meet King Charles at Sandringham on Sunday',
			'Volodymyr Zelenskiy will meet King Charles at Sandringham on Sunday, palace sources have said.',
			'16:48 GMT – Death toll in Odesa strike rises to three',
			'The number of people killed in the overnight drone attack on Odesa has risen to three, the governor said.',
			'9.05am Kremlin: talks will be difficult',
			'Dmitry Peskov said a settlement would be hard to reach.',
			'08:15 Kharkiv Oblast: a drone hit a warehouse overnight, the governor said.',
		].join('\r\n'));
		expect(blocksOf(article, 'section')).toEqual([
			'Zelenskiy to meet King Charles at Sandringham on Sunday',
			'Death toll in Odesa strike rises to three',
			'Kremlin: talks will be difficult',
		]);
		// A body line that opens with a time keeps it.
		expect(blocksOf(article, 'paragraph')).toContain('08:15 Kharkiv Oblast: a drone hit a warehouse overnight, the governor said.');
	});

	it('takes a title-case line ending in a colon over a bulleted list as a section, even right under the byline, but not one word ("Background:")', () => {
		const article = cleanText('Ukraine war briefing, 3 June\n\nBy Staff Reporters\n\nWhat We Know So Far:\n\n- Drones struck an oil depot in Bryansk overnight, the regional governor said.\n- Talks in Istanbul ended after an hour.\n\nThe defence ministry said it had shot down 40 drones.\n\nThe talks included:\n\n- a prisoner exchange\n- the return of children\n');
		expect(blocksOf(article, 'section')).toEqual(['What We Know So Far:']);
		const labelled = cleanText('Syrskyi: breakthrough near Dobropillia halted\n\nThe commander-in-chief said Ukrainian forces had stabilised the situation.\n\nBackground:\n\n- On 12 August, DeepState reported that Russian infantry had reached the Dobropillia road.\n- Ukraine moved reserves into the area.\n\nThe General Staff said fighting continued near Pokrovsk on Tuesday.\n');
		expect(blocksOf(labelled, 'section')).toEqual([]);
		expect(article.text).not.toContain('By Staff Reporters');
	});

	it('finds no sections in plain news copy', () => {
		for (const name of ['000_93396fbf0bbdbe70', '001_e5f5ddb91bdcb392', '002_34c61dbe07c76db4', '003_4d679536256f4b1e']) {
			expect(blocksOf(clean(`articles/${name}.txt`), 'section')).toEqual([]);
		}
	});
});
