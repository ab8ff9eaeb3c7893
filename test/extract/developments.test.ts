import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {cleanArticle} from '../../source/clean/cleanArticle.js';
import {articleDates} from '../../source/extract/dates.js';
import {extractReports} from '../../source/extract/developments.js';
import {articleSentences} from '../../source/extract/sentences.js';
import type {Article, Report} from '../../source/model.js';

function load(path: string, published?: string): Article {
	return cleanArticle({id: path.replace(/^.*\//, ''), path, text: readFileSync(path, 'utf8'), meta: {published}});
}

function reportsOf(article: Article): {reports: Report[]; sentences: number} {
	const sentences = articleSentences(article);
	const dates = articleDates(article.published, sentences);
	return {reports: extractReports(article, sentences, dates), sentences: sentences.length};
}

const texts = (reports: readonly Report[]) => reports.map(report => report.text);
const samples = ['000_93396fbf0bbdbe70', '001_e5f5ddb91bdcb392', '002_34c61dbe07c76db4', '003_4d679536256f4b1e', '004_d463b41bc5bde2c7'];

describe('extractReports on the sample articles', () => {
	it('finds the first combat report and dates it by the follow-up sentence', () => {
		const {reports} = reportsOf(load('articles/004_d463b41bc5bde2c7.txt', '2024-11-08'));
		const combat = reports.find(report => report.text.startsWith('North Korean troops were engaged in combat'));
		expect(combat?.date).toBe('2024-11-04');
		// The follow-up only adds the date; it is not a report of its own.
		expect(texts(reports).some(text => text.startsWith('One of the officials'))).toBe(false);
	});

	it('invents no date when the article has no date to read relative ones against', () => {
		const {reports} = reportsOf(load('articles/004_d463b41bc5bde2c7.txt'));
		expect(reports.find(report => report.text.startsWith('North Korean troops were engaged'))?.date).toBeNull();
	});

	it('leaves out quotation-only sentences, chrome, questions and commentary', () => {
		const live = texts(reportsOf(load('articles/004_d463b41bc5bde2c7.txt')).reports).join('\n');
		expect(live).not.toContain('The first battles with North Korean soldiers open a new page');
		expect(live).not.toContain('Your support');
		expect(live).not.toContain('Subscribe');
		const weekly = texts(reportsOf(load('articles/002_34c61dbe07c76db4.txt')).reports);
		expect(weekly).not.toContain('Can Ukraine sustain its defences against a Russia emboldened by North Korean support?');
		expect(weekly.some(text => text.includes('dire warning'))).toBe(false);
		expect(weekly.some(text => text.includes('To view or add a comment'))).toBe(false);
	});

	it('trims leading connectives and keeps offsets on the trimmed text', () => {
		const article = load('articles/002_34c61dbe07c76db4.txt');
		const report = reportsOf(article).reports.find(item => item.text.startsWith('Russia has opened the door'));
		expect(report).toBeDefined();
		expect(article.text.slice(report!.at.span.start, report!.at.span.end)).toBe(report!.text);
		expect(article.text.slice(report!.at.sentence.start, report!.at.sentence.end)).toMatch(/^Meanwhile, Russia has opened/);
	});

	it('keeps the reports to at most half of every article', () => {
		for (const sample of samples) {
			const {reports, sentences} = reportsOf(load(`articles/${sample}.txt`));
			expect(reports.length).toBeGreaterThan(0);
			expect(reports.length).toBeLessThanOrEqual(sentences / 2);
		}
	});
});

describe('extractReports with dates the text ties to the page', () => {
	it('dates a regional outlet\'s lead by the part of the day it names, and ranks its background below it', () => {
		const {reports} = reportsOf(load('test/fixtures/developments/regional-digest.txt'));
		expect(reports[0]).toMatchObject({date: '2025-03-05'});
		expect(reports[0]!.text).toMatch(/^Russian forces struck the city of Zaporizhzhia/);
	});

	it('drops an outlet\'s "Details:" and "Background:" labels from the text of its reports', () => {
		const article = load('test/fixtures/developments/regional-digest.txt');
		const {reports} = reportsOf(article);
		expect(texts(reports)).toContain('On 4 March, Russian troops attacked Zaporizhzhia Oblast 312 times, killing one person and injuring six.');
		expect(texts(reports).some(text => /^(?:Details|Background):/.test(text))).toBe(false);
		// The span is the text as written; the report only capitalises its first letter.
		for (const report of reports) expect(article.text.slice(report.at.span.start, report.at.span.end).toLowerCase()).toBe(report.text.toLowerCase());
	});

	it('keeps the article\'s own news over what it labels as background when only one report fits', () => {
		const {reports} = reportsOf(load('test/fixtures/developments/regional-brief.txt'));
		expect(texts(reports)).toEqual(['Russian forces struck the city of Zaporizhzhia with guided aerial bombs on the morning of 5 March, killing two people and injuring nine.']);
		expect(reports[0]?.date).toBe('2025-03-05');
	});

	it('dates a wire story by its timestamp line, and a tally over the past 24 hours by the page\'s day', () => {
		const article = load('test/fixtures/developments/wire-tally.txt');
		expect(article.published).toBe('2025-03-10');
		const tally = reportsOf(article).reports.find(report => report.text.includes('repelled 21 assaults'));
		expect(tally?.date).toBe('2025-03-10');
	});
});

describe('extractReports in other styles', () => {
	it('keeps a post\'s opening report over weaker ones later in the post when more qualify than half the sentences', () => {
		const {reports, sentences} = reportsOf(load('test/fixtures/developments/live-blog-plans.txt', '2024-10-15'));
		expect(reports.length).toBe(Math.floor(sentences / 2));
		const kept = texts(reports);
		expect(kept.some(text => text.startsWith('Moldova\'s foreign ministry has summoned the Russian ambassador'))).toBe(true);
		expect(kept.some(text => text.startsWith('Romania\'s defence ministry says'))).toBe(false);
	});

	it('reads a wire story: dateline trimmed, weekday resolved, non-events left out', () => {
		const {reports} = reportsOf(load('test/fixtures/developments/wire-story.txt', '2024-03-12'));
		expect(reports[0]).toMatchObject({date: '2024-03-12'});
		expect(reports[0]!.text).toMatch(/^Russia launched 94 missiles and 193 drones/);
		expect(texts(reports)).toContain('At least four people were killed and 19 injured in the Kharkiv region, regional governor Oleh Syniehubov said.');
		const all = texts(reports).join('\n');
		expect(all).not.toContain('did not immediately respond');
		expect(all).not.toContain('It will not succeed');
		expect(all).not.toContain('Reporting by');
	});

	it('dates a plan by its weekday ahead and a past event by the weekday behind', () => {
		const {reports} = reportsOf(load('test/fixtures/developments/wire-story.txt', '2024-03-12'));
		expect(reports.find(report => report.text.startsWith('Grid operator Ukrenergo'))?.date).toBe('2024-03-13');
		const other = reportsOf(load('test/fixtures/developments/other-outlet.txt', '2024-11-15')).reports;
		expect(other.find(report => report.text.startsWith('The Kremlin on Thursday dismissed'))?.date).toBe('2024-11-14');
	});

	it('reads a live blog: each update once, the "Update:" label trimmed, chrome and questions left out', () => {
		const {reports} = reportsOf(load('test/fixtures/developments/live-blog.txt', '2024-11-15'));
		const all = texts(reports);
		expect(all).toContain("Odesa's governor Oleh Kiper said the number of people injured in the overnight drone attack on the port had risen to five.");
		expect(all.some(text => /^(?:What does|You can read|Sign up|It is too early|\d\d:\d\d)/.test(text))).toBe(false);
		expect(all.some(text => text.startsWith('Nato secretary general Mark Rutte has arrived in Kyiv'))).toBe(true);
	});

	it('reads an analysis piece without letting opinion dominate', () => {
		const {reports, sentences} = reportsOf(load('test/fixtures/developments/analysis.txt', '2024-11-15'));
		const all = texts(reports);
		expect(reports.find(report => report.text.includes('central bank raised its key interest rate'))?.date).toBe('2024-11-11');
		expect(all.some(text => text.startsWith('The European Union adopted its 15th sanctions package'))).toBe(true);
		for (const opinion of ['I think', 'We should', 'Perhaps', 'It is tempting', 'Yet the shadow fleet', 'What should Europe', 'Until it does']) {
			expect(all.some(text => text.startsWith(opinion))).toBe(false);
		}
		expect(reports.length).toBeLessThanOrEqual(sentences / 3);
	});
});

describe('dating developments', () => {
	it('reads a bare weekday in a plan as the coming one', () => {
		// Published on a Tuesday: the Saturday and Sunday ahead, not the weekend just gone.
		const {reports} = reportsOf(load('test/fixtures/developments/live-blog-plans.txt', '2024-10-15'));
		const dateOf = (start: string) => reports.find(report => report.text.startsWith(start))?.date;
		expect(dateOf('Germany will host a meeting of defence ministers')).toBe('2024-10-19');
		expect(dateOf('Volodymyr Zelenskyy is due to address the Dutch parliament')).toBe('2024-10-20');
		expect(dateOf('Russian aircraft dropped at least six glide bombs')).toBe('2024-10-13');
		expect(dateOf('Dutch lawmakers voted on Monday')).toBe('2024-10-14');
	});

	it('dates news of the day told in the present perfect or present by the publication day, and nothing else', () => {
		const {reports} = reportsOf(load('test/fixtures/developments/live-blog-plans.txt', '2024-10-15'));
		const dateOf = (start: string) => reports.find(report => report.text.startsWith(start))?.date;
		expect(dateOf('Moldova\'s foreign ministry has summoned the Russian ambassador')).toBe('2024-10-15');
		const post = [
			'Romania tracks the drone',
			'Romania\'s defence ministry says it is tracking the incident closely, a spokesperson told local media.',
			'The border area is mostly farmland.',
			'Few people live near the river.',
		].join('\n');
		const present = reportsOf(cleanArticle({id: 'post', path: 'post.txt', text: post, meta: {published: '2024-10-15'}})).reports;
		expect(present.find(report => report.text.startsWith('Romania\'s defence ministry says it is tracking'))?.date).toBe('2024-10-15');
		// The past tense without a date of its own and no dated report before it in its post stays undated.
		expect(dateOf('Russian missiles and drones struck 3 energy facilities')).toBeNull();
		const undated = reportsOf(load('test/fixtures/developments/live-blog-plans.txt')).reports;
		expect(undated.find(report => report.text.startsWith('Moldova\'s foreign ministry'))?.date).toBeNull();
	});

	it('dates what happened overnight, and what a post stamped with a time of day reports, by the publication day', () => {
		const page = [
			'Ukraine war latest: Kyiv hit in combined strike',
			'UPDATE 07:45 – Kyiv came under a combined drone and missile attack, with explosions heard across the city for hours.',
			'At least two people were killed and nine injured in the Dniprovskyi district, the city administration said.',
			'Many residents sheltered in metro stations.',
			'The capital is often a target.',
			'Oleksandr Syrskyi said Russian troops had launched 405 drones and 28 missiles at Ukraine overnight, the air force reported.',
			'UPDATE 09:30 – President Volodymyr Zelensky will travel to Sweden to sign a fighter jet deal, his office said.',
			'Sweden makes the Gripen.',
			'Its pilots train at home.',
			'Russian forces captured two villages in the Donetsk region, the Russian defence ministry claimed.',
			'The claim could not be checked.',
			'Fighting there is fierce.',
		].join('\n');
		const reportsOn = (published: string | undefined) => reportsOf(cleanArticle({id: 'live', path: 'live.txt', text: page, meta: {published}})).reports;
		const dateOf = (reports: readonly Report[], start: string) => reports.find(report => report.text.startsWith(start))?.date;
		const dated = reportsOn('2025-10-22');
		expect(dateOf(dated, 'Kyiv came under a combined drone and missile attack')).toBe('2025-10-22');
		// The rest of the post carries its day.
		expect(dateOf(dated, 'At least two people were killed')).toBe('2025-10-22');
		expect(dateOf(dated, 'Oleksandr Syrskyi said Russian troops had launched 405 drones')).toBe('2025-10-22');
		// A plan is not dated by the day it is announced, and the plain past tense names no day.
		expect(dateOf(dated, 'President Volodymyr Zelensky will travel to Sweden')).toBeNull();
		expect(dateOf(dated, 'Russian forces captured two villages')).toBeNull();
		// Without a publication date, nothing is dated.
		expect(reportsOn(undefined).every(report => report.date === null)).toBe(true);
	});

	it('carries the date of a report on to the undated ones that follow it in the same post, but not a plan\'s', () => {
		const {reports} = reportsOf(load('test/fixtures/developments/live-blog-plans.txt', '2024-10-15'));
		const dateOf = (start: string) => reports.find(report => report.text.startsWith(start))?.date;
		expect(dateOf('The city\'s mayor, Ihor Terekhov, said a school')).toBe('2024-10-13');
		expect(dateOf('Officials said the drone crossed into Moldovan airspace')).toBe('2024-10-15');
		// What is said about Saturday's meeting is not said on Saturday.
		expect(dateOf('Boris Pistorius said the talks would focus')).toBeNull();
		// A new post starts a new story.
		expect(dateOf('Russian missiles and drones struck 3 energy facilities')).toBeNull();
	});

	it('does not date an event by a relative clause about something else', () => {
		const {reports} = reportsOf(load('test/fixtures/developments/kyiv-tally.txt', '2024-10-09'));
		expect(reports.find(report => report.text.startsWith('President Volodymyr Zelensky, who met'))?.date).toBe('2024-10-08');
		expect(reports.find(report => report.text.startsWith('The European Commission approved'))?.date).toBeNull();
	});

	it('does not date an event by the starting point of a "since" phrase', () => {
		const {reports} = reportsOf(load('test/fixtures/developments/kyiv-tally.txt', '2024-10-09'));
		const dateOf = (start: string) => reports.find(report => report.text.startsWith(start))?.date;
		expect(dateOf('Russia has lost 690,400 troops in Ukraine since the start')).toBe('2024-10-09');
		expect(dateOf('Russian forces have launched more than 2,000 glide bombs')).toBe('2024-10-08');
	});
});

describe('a statistical briefing', () => {
	const load14 = () => reportsOf(load('test/fixtures/developments/defence-briefing.txt', '2024-11-14')).reports;

	it('reports what losses and output have risen to, reached or averaged, without the list markers', () => {
		const all = texts(load14());
		expect(all).toContain('Russian forces have suffered an estimated 1,500 casualties a day in October, the highest daily rate of the war.');
		expect(all).toContain('Ukraine\'s drone production has risen to more than 4,000 units a month.');
		expect(all).toContain('Deliveries of Western air defence interceptors reached 1,200 missiles in the third quarter.');
		expect(all.some(text => text.startsWith('*'))).toBe(false);
	});

	it('dates news of the day but not a quarter, a month or a habit', () => {
		const reports = load14();
		const dateOf = (start: string) => reports.find(report => report.text.startsWith(start))?.date;
		expect(dateOf('Ukraine\'s drone production has risen')).toBe('2024-11-14');
		expect(dateOf('Ukrainian long-range drones have hit 14 oil refineries')).toBe('2024-11-14');
		expect(dateOf('Deliveries of Western air defence interceptors')).toBeNull();
		expect(dateOf('Russian forces have suffered')).toBeNull();
		expect(dateOf('Ukraine\'s defence spending has increased by 60% since 2022')).toBeNull();
		expect(reports.find(report => report.text.startsWith('Moscow has long claimed'))?.date ?? null).toBeNull();
	});
});
