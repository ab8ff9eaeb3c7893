import {describe, expect, it} from 'vitest';
import {cleanArticle} from '../../source/clean/cleanArticle.js';
import {articleDates} from '../../source/extract/dates.js';
import {extractReports} from '../../source/extract/developments.js';
import {articleSentences} from '../../source/extract/sentences.js';

/** The report texts of an article written inline, as the CLI would extract them. */
function reportTexts(text: string): string[] {
	const article = cleanArticle({id: 'styles', path: 'styles.txt', text, meta: {published: '2025-06-03'}});
	const sentences = articleSentences(article);
	const dates = articleDates(article.published, sentences);
	return extractReports(article, sentences, dates).map(report => report.text);
}

const filler = [
	'The region has been shelled almost daily since the spring.',
	'Schools in the city moved their lessons online last year.',
	'The bridge over the river carries most of the local traffic.',
	'Farmers there grow wheat, sunflowers and barley.',
].join(' ');

describe('extractReports on styles the samples do not have', () => {
	it('leaves out sentences with chrome, the reader, the writer or a non-report anywhere in them, and keeps their plain neighbours', () => {
		const kept = 'Ukrainian drones hit an oil depot in Bryansk on Sunday, regional governor Alexander Bogomaz said.';
		const texts = reportTexts(
			[
				'Drones hit Bryansk depot',
				kept,
				'Officials in Kyiv signed 3 supply contracts on Monday, as readers of our weekly newsletter learned first.',
				'Officials in Kyiv confirmed 2 new strikes on Monday, and you can follow the updates here.',
				'Officials in Kyiv announced new evacuation routes, as we reported.',
				'Officials in Kyiv did not say on Monday whether the 2 damaged plants had been repaired.',
				filler,
			].join('\n\n'),
		);
		expect(texts).toContain(kept);
		expect(texts.filter(text => text.startsWith('Officials in Kyiv'))).toEqual([]);
	});

	it('does not report what a main clause says did not happen or is not known', () => {
		const texts = reportTexts(
			[
				'Sumy strike kills three as Russia presses offensive',
				'Russian glide bombs struck a warehouse in Sumy on Monday, killing three workers, regional governor Oleh Hryhorov said.',
				'The Associated Press could not independently confirm the casualty figures from Sumy on Monday.',
				'Local officials have not published a full list of the damaged buildings in the 12 districts.',
				filler,
			].join('\n\n'),
		);
		expect(texts).toContain('Russian glide bombs struck a warehouse in Sumy on Monday, killing three workers, regional governor Oleh Hryhorov said.');
		expect(texts.filter(text => /could not|have not/.test(text))).toEqual([]);
	});

	it('still reports what somebody is "not ruling out" or "not just" doing', () => {
		const texts = reportTexts(
			[
				'Finland weighs air defence loan',
				'Finland is not ruling out lending two NASAMS batteries to Ukraine, Defence Minister Antti Hakkanen said on Monday.',
				filler,
				'But it is not just air defence – Finland and Ukraine signed a $40 million drone production agreement in Helsinki on Monday.',
			].join('\n\n'),
		);
		expect(texts.some(text => text.startsWith('Finland is not ruling out lending two NASAMS batteries'))).toBe(true);
		expect(texts.some(text => text.includes('Finland and Ukraine signed a $40 million drone production agreement'))).toBe(true);
	});

	it('takes an answer of an interview in the first person as the interviewee reporting, without its label', () => {
		const texts = reportTexts(
			[
				'‘Our grid will hold’: Ukraine’s energy minister on the coming winter',
				'Q: How much generating capacity has Ukraine lost since March?',
				'A: Russia destroyed about 9 gigawatts of our capacity in two months. We signed contracts with Poland and Slovakia last week for 1.7 gigawatts of imports.',
				filler,
			].join('\n\n'),
		);
		expect(texts).toContain('Russia destroyed about 9 gigawatts of our capacity in two months.');
		expect(texts).toContain('We signed contracts with Poland and Slovakia last week for 1.7 gigawatts of imports.');
		expect(texts.filter(text => text.startsWith('A:') || text.startsWith('Q:'))).toEqual([]);
	});

	it('keeps the writer’s own first person out of the report', () => {
		const texts = reportTexts(
			[
				'A day on the Kharkiv front',
				'We drove with the crew to a dugout near Vovchansk on Sunday and our driver counted 14 drones overhead.',
				'Russian troops attacked Ukrainian positions near Vovchansk 14 times on Sunday, the General Staff said.',
				filler,
			].join('\n\n'),
		);
		expect(texts).toContain('Russian troops attacked Ukrainian positions near Vovchansk 14 times on Sunday, the General Staff said.');
		expect(texts.filter(text => text.startsWith('We drove'))).toEqual([]);
	});

	it('leaves wire credits and editor’s notes out', () => {
		const texts = reportTexts(
			[
				'Zaporizhzhia plant loses outside power',
				'The Zaporizhzhia nuclear plant lost its last external power line on Tuesday, the IAEA said in a statement.',
				filler,
				'(Reporting by Olena Harmash in Kyiv and Francois Murphy in Vienna; Editing by Alex Richardson)',
				'Note: This report was updated on June 4 with a statement issued by the Ukrainian energy ministry in Kyiv.',
			].join('\n\n'),
		);
		expect(texts).toContain('The Zaporizhzhia nuclear plant lost its last external power line on Tuesday, the IAEA said in a statement.');
		expect(texts.filter(text => /Reporting by|^Note/.test(text))).toEqual([]);
	});

	it('trims a wire dateline that names several cities', () => {
		const story = (dateline: string, lede: string) => reportTexts(['Missiles hit Dnipro before talks', `${dateline}${lede}`, filler].join('\n\n'));
		const lede = 'Russian missiles struck the city of Dnipro early on Wednesday, killing four people, regional officials said.';
		expect(story('KYIV/MOSCOW, May 14 (Reuters) - ', lede)).toContain(lede);
		expect(story('WASHINGTON/BRUSSELS (Reuters) - ', lede)).toContain(lede);
	});

	it('reports each footnoted sentence of an assessment on its own, without its footnote marks', () => {
		const texts = reportTexts([
			'Russian Offensive Campaign Assessment',
			'Geolocated footage published on May 21 shows Russian forces advancing east of Kotlyne.[12] Ukrainian forces repelled 47 Russian assaults near Pokrovsk on May 21, the General Staff said.[13][14] Russian milbloggers claimed that Russian forces seized Novoolenivka.[15]',
			filler,
		].join('\n\n'));
		expect(texts).toContain('Geolocated footage published on May 21 shows Russian forces advancing east of Kotlyne.');
		expect(texts).toContain('Ukrainian forces repelled 47 Russian assaults near Pokrovsk on May 21, the General Staff said.');
		expect(texts.some(text => text.includes('['))).toBe(false);
	});

	it('reports a list item that tells of an operation "carried out" on a day', () => {
		const texts = reportTexts(
			[
				'Refinery burns after drone attack',
				'Ukraine’s General Staff listed the results of the night in its morning update.',
				'- a drone strike on the Novoshakhtinsk refinery, carried out on Tuesday by 12 long-range drones',
				'- no casualties among the staff of the plant',
				filler,
			].join('\n\n'),
		);
		expect(texts).toContain('A drone strike on the Novoshakhtinsk refinery, carried out on Tuesday by 12 long-range drones');
	});

	it('leaves out summary lines without a full stop that the prose tells again, and reports the prose', () => {
		const body = 'Ukrainian drones struck an oil refinery in Russia\'s Ryazan Oblast overnight on Monday, sparking a fire, regional governor Pavel Malkov said.';
		const texts = reportTexts(
			[
				'Drones hit Ryazan refinery',
				'Ukrainian drones strike oil refinery in Russia\'s Ryazan Oblast',
				'Ukraine\'s military destroys Russian S-400 system in Kursk Oblast',
				body,
				'The General Staff said Ukrainian forces destroyed a Russian S-400 air defence system near the village of Oleshnia on Monday.',
				filler,
			].join('\n\n'),
		);
		expect(texts).toContain(body);
		expect(texts.some(text => text.startsWith('The General Staff said Ukrainian forces destroyed'))).toBe(true);
		expect(texts.filter(text => !/[.!?]$/.test(text))).toEqual([]);
	});

	it('still reports from copy that has no full stops at all', () => {
		const texts = reportTexts(
			[
				'Drones hit Ryazan refinery',
				'Ukrainian drones struck an oil refinery in Russia\'s Ryazan Oblast on Monday, regional governor Pavel Malkov said',
				'The region has been shelled almost daily since the spring',
				'Schools in the city moved their lessons online last year',
			].join('\n\n'),
		);
		expect(texts).toContain('Ukrainian drones struck an oil refinery in Russia\'s Ryazan Oblast on Monday, regional governor Pavel Malkov said');
	});

	it('trims a roundup item\'s pictograph and time, and keeps the label that says where the item is from', () => {
		const texts = reportTexts(
			[
				'Morning digest: drone hits bus in Sumy Oblast',
				'🔴 06:52 Sumy Oblast: A Russian drone struck a civilian bus near Bilopillia on Saturday morning, the regional administration said.',
				'⚡️ 11:55 Office of the President: Zelenskyy held a call with European leaders on Friday evening after the talks.',
				'09:40 Kherson Oblast: Russian shelling killed 1 person and injured 10 over the past day, governor Oleksandr Prokudin said.',
				filler,
			].join('\n\n'),
		);
		expect(texts).toContain('Sumy Oblast: A Russian drone struck a civilian bus near Bilopillia on Saturday morning, the regional administration said.');
		expect(texts).toContain('Office of the President: Zelenskyy held a call with European leaders on Friday evening after the talks.');
		expect(texts).toContain('Kherson Oblast: Russian shelling killed 1 person and injured 10 over the past day, governor Oleksandr Prokudin said.');
	});

	it('counts a year or a date as no number, so history does not outrank the day\'s news', () => {
		const texts = reportTexts(
			[
				'Drones hit Kharkiv power plant',
				'Russian drones struck a power plant in Kharkiv overnight, regional governor Oleh Syniehubov said.',
				'Ukrainian officials confirmed damage to the turbine hall of the plant.',
				'Russia launched its full-scale invasion of Ukraine in February 2022.',
				'Schools in the city moved their lessons online last year.',
			].join('\n\n'),
		);
		expect(texts).toEqual([
			'Russian drones struck a power plant in Kharkiv overnight, regional governor Oleh Syniehubov said.',
			'Ukrainian officials confirmed damage to the turbine hall of the plant.',
		]);
	});

	it('does not report a newsletter\'s greeting', () => {
		const texts = reportTexts(
			[
				'Eastern Flank Notes: drones over Poland',
				'Welcome back to Eastern Flank Notes, the weekly letter on security in Poland and the Baltic states since 2023.',
				'Polish and allied jets shot down at least four Russian drones over eastern Poland on Wednesday, the Polish military said.',
				filler,
			].join('\n\n'),
		);
		expect(texts.filter(text => text.startsWith('Welcome'))).toEqual([]);
		expect(texts.some(text => text.startsWith('Polish and allied jets shot down'))).toBe(true);
	});

	it('trims a live update\'s stamp and reads a crossing or a crash as an event', () => {
		const texts = reportTexts(
			[
				'Drones over Poland',
				'UPDATE 07:45 – Russian drones crossed into Polish airspace from Belarus overnight, the Polish military said.',
				'08:10 KYIV TIME: One drone crashed onto the roof of a house in the village of Wyryki on Wednesday, police said.',
				filler,
			].join('\n\n'),
		);
		expect(texts).toContain('Russian drones crossed into Polish airspace from Belarus overnight, the Polish military said.');
		expect(texts).toContain('One drone crashed onto the roof of a house in the village of Wyryki on Wednesday, police said.');
	});

	it('reads markets moving, a toll rising, a request and an evacuation that goes on as events', () => {
		const texts = reportTexts(
			[
				'Markets after the rate decision',
				'The hryvnia weakened 0.2% to 41.78 per dollar in Kyiv after the decision.',
				'UPDATE 12:40 – Death toll in Kyiv rises to 6, including a 12-year-old girl and her mother.',
				'Kyiv has asked Washington for at least 25 of the missiles, according to two people familiar with the request.',
				'Mandatory evacuation of families with children continues from four more settlements in the Sumy region.',
				filler,
			].join('\n\n'),
		);
		expect(texts).toEqual(expect.arrayContaining([
			'The hryvnia weakened 0.2% to 41.78 per dollar in Kyiv after the decision.',
			'Death toll in Kyiv rises to 6, including a 12-year-old girl and her mother.',
			'Kyiv has asked Washington for at least 25 of the missiles, according to two people familiar with the request.',
			'Mandatory evacuation of families with children continues from four more settlements in the Sumy region.',
		]));
	});

	it('counts the share of reports against the prose, not the summary lines above it', () => {
		const summary = [
			'Russian drones strike a power plant in the Kharkiv region overnight',
			'Russian missiles hit a rail depot in Dnipro, killing two workers',
			'Ukrainian drones set an oil depot in Russia\'s Bryansk region on fire',
		];
		const prose = [
			'Russian drones struck a power plant in Kharkiv overnight on Monday, regional governor Oleh Syniehubov said.',
			'Russian missiles hit a rail depot in Dnipro on Monday, killing 2 workers, officials said.',
			'Ukrainian drones struck an oil depot in Bryansk on Monday, the regional governor said.',
			'Polish jets were scrambled on Monday after Russian missiles flew near the border, the army said.',
			'Romania summoned the Russian ambassador on Monday after a drone crashed on its territory, the ministry said.',
			'Moldova closed its airspace for 3 hours on Monday after a drone was spotted, officials said.',
		];
		const texts = reportTexts(['Russia and Ukraine trade strikes across the front overnight', ...summary, ...prose].join('\n\n'));
		expect(texts).toHaveLength(prose.length / 2);
	});
});
