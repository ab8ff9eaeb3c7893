import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {developmentKey, mergeDevelopments, type MergeStats} from '../../source/brief/mergeDevelopments.js';
import {cleanArticle} from '../../source/clean/cleanArticle.js';
import {articleDates} from '../../source/extract/dates.js';
import {extractReports} from '../../source/extract/developments.js';
import {articleSentences} from '../../source/extract/sentences.js';
import type {Development, Report} from '../../source/model.js';

let offset = 0;
function report(articleId: string, text: string, date: string | null = null): Report {
	const start = offset;
	offset += text.length + 1;
	return {articleId, text, date, at: {articleId, sentence: {start, end: start + text.length}, span: {start, end: start + text.length}}};
}

function reportsOf(path: string, id: string, published?: string): Report[] {
	const article = cleanArticle({id, path, text: readFileSync(path, 'utf8'), meta: {published}});
	const sentences = articleSentences(article);
	return extractReports(article, sentences, articleDates(article.published, sentences));
}

/** The article ids of each development made of `texts`, reported by articles a, b, c… on one day. */
const mergedIds = (date: string, ...texts: string[]) =>
	mergeDevelopments(texts.map((text, index) => report(String.fromCharCode(97 + index), text, date))).map(development => development.reports.map(item => item.articleId));

const holding = (developments: readonly Development[], fragment: string) =>
	developments.filter(development => development.reports.some(item => item.text.includes(fragment)));

describe('mergeDevelopments across the sample articles and another outlet', () => {
	const reports = [
		...reportsOf('articles/001_e5f5ddb91bdcb392.txt', 'a001'),
		...reportsOf('articles/002_34c61dbe07c76db4.txt', 'a002'),
		...reportsOf('articles/004_d463b41bc5bde2c7.txt', 'a004'),
		...reportsOf('test/fixtures/developments/other-outlet.txt', 'other', '2024-11-15'),
	];
	const developments = mergeDevelopments(reports);

	it('merges paraphrased reports of the first clash with North Korean troops, within and across articles', () => {
		const [clash, ...rest] = holding(developments, 'North Korean troops were engaged in combat');
		expect(rest).toEqual([]);
		expect(clash!.articleIds).toEqual(expect.arrayContaining(['a001', 'a004', 'other']));
		const texts = clash!.reports.map(item => item.text).join('\n');
		expect(texts).toContain('it had clashes with some of the roughly 11.000 North Korean troops');
		expect(texts).toContain('Ukrainian forces have engaged in “small-scale” clashes');
		expect(texts).toContain('Ukrainian forces fought North Korean soldiers for the first time');
		// Each article's clearest report comes first among its own.
		expect(clash!.reports.find(item => item.articleId === 'a004')!.text).toMatch(/^North Korean troops were engaged in combat/);
	});

	it('keeps different events about the same actors apart', () => {
		const [clash] = holding(developments, 'North Korean troops were engaged in combat');
		expect(clash!.reports.some(item => /stationed/.test(item.text))).toBe(false);
		const call = holding(developments, 'likely to call Russia’s Vladimir Putin');
		const dismissed = holding(developments, 'the Kremlin dismissed reports');
		expect(call).toHaveLength(1);
		expect(dismissed).toHaveLength(1);
		expect(call[0]).not.toBe(dismissed[0]);
		// The two wordings of the planned call are one development.
		expect(call[0]!.reports.map(item => item.text).join('\n')).toContain('likely to dial his Russian counterpart');
	});

	it('gives every report exactly one development', () => {
		expect(developments.flatMap(development => development.reports)).toHaveLength(reports.length);
	});
});

describe('mergeDevelopments on a live blog', () => {
	it('merges a repeated update into one development with both of its reports', () => {
		const developments = mergeDevelopments(reportsOf('test/fixtures/developments/live-blog.txt', 'live', '2024-11-15'));
		const [odesa, ...rest] = holding(developments, 'Russian drones struck port infrastructure in Odesa');
		expect(rest).toEqual([]);
		expect(odesa!.reports.map(item => item.text)).toContain('Russian drones hit port infrastructure in Odesa overnight and damaged a grain terminal, Kiper said in an update.');
		expect(odesa!.articleIds).toEqual(['live']);
		expect(holding(developments, 'Mark Rutte has arrived in Kyiv')[0]!.reports).toHaveLength(1);
	});
});

describe('mergeDevelopments order, dates and keys', () => {
	const reports = [
		report('a', 'Russia launched 90 missiles at Ukraine’s power grid overnight, the air force said.', '2024-11-17'),
		report('a', 'Hungary said it would not block the next EU sanctions package against Russia.'),
		report('b', 'Ukraine’s air force said Russia had fired 90 missiles at the power grid overnight.', null),
		report('b', 'The European Union adopted its 15th sanctions package targeting the shadow fleet.', '2024-12-16'),
		report('c', 'Russia fired 90 missiles at the Ukrainian power grid overnight, officials said.', '2024-11-17'),
	];

	it('puts dated developments newest first, then undated ones in the order they came', () => {
		const developments = mergeDevelopments(reports);
		expect(developments.map(development => development.date)).toEqual(['2024-12-16', '2024-11-17', null]);
		expect(developments[1]!.articleIds).toEqual(['a', 'b', 'c']);
		expect(developments[2]!.text).toMatch(/^Hungary/);
	});

	it('keeps a development’s key when more articles arrive', () => {
		const before = mergeDevelopments(reports.slice(0, 3)).map(developmentKey);
		const after = mergeDevelopments(reports).map(developmentKey);
		expect(after).toEqual(expect.arrayContaining(before));
	});

	it('tells apart the same kind of strike on different days', () => {
		const developments = mergeDevelopments([
			report('a', 'Russia launched 40 drones at Kyiv overnight, the city administration said.', '2024-11-10'),
			report('b', 'Russia launched 40 drones at Kyiv overnight, the city administration said.', '2024-11-20'),
		]);
		expect(developments).toHaveLength(2);
	});

	it('tells apart formulaic reports about different places, and merges ones about the same place', () => {
		const apart = mergeDevelopments([
			report('a', 'Geolocated footage published on May 22 indicates that Russian forces advanced to the western outskirts of Romanivka (southwest of Toretsk).'),
			report('b', 'Geolocated footage published on May 22 indicates that Russian forces recently advanced near Tetkino (Kursk Oblast).'),
			report('c', 'Geolocated footage published on May 21 shows that Russian forces seized positions east of Kindrashivka (north of Kupyansk).'),
			report('d', 'The Russian Ministry of Defense claimed that Russian forces seized Radkivka (north of Kupyansk) on May 22.'),
		]);
		expect(apart).toHaveLength(4);
		const struck = mergeDevelopments([
			report('a', 'A Russian missile strike on Odesa killed three people on Friday, regional governor Oleh Kiper said.', '2025-03-07'),
			report('b', 'A Russian missile strike on Kharkiv killed five people on Friday, mayor Ihor Terekhov said.', '2025-03-07'),
			report('c', 'Russian forces struck Odesa with ballistic missiles on 7 March 2025, damaging port infrastructure.', '2025-03-07'),
			report('d', 'Russian forces struck Kharkiv with ballistic missiles on 7 March 2025, damaging port infrastructure.', '2025-03-07'),
		]);
		expect(mergedIds('2025-03-10',
			"Ukraine's air force said on Monday it shot down 30 Russian drones over the Kyiv region overnight.",
			"Russia's defence ministry said on Monday it shot down 30 Ukrainian drones over the Belgorod region overnight.",
		)).toEqual([['a'], ['b']]);
		expect(mergedIds('2024-11-19',
			'Russian troops attacked Kherson Oblast overnight, injuring 14 people, the governor said.',
			'Russian troops attacked Zaporizhzhia Oblast overnight, injuring 17 people, the governor said.',
			'Russian forces dropped glide bombs on Kharkiv overnight, injuring 17 people, the governor said.',
		)).toEqual([['a'], ['b'], ['c']]);
		// Odesa's reports may be one event, but no development mixes the two cities.
		for (const development of struck) {
			const cities = new Set(development.reports.map(item => (item.text.includes('Odesa') ? 'Odesa' : 'Kharkiv')));
			expect(cities.size).toBe(1);
		}
		expect(struck.length).toBeGreaterThanOrEqual(2);
		const together = mergeDevelopments([
			report('a', 'North Korean troops were engaged in combat in Russia’s Kursk region for the first time, two US officials said.'),
			report('b', 'North Korean troops clashed with Ukrainian forces for the first time in Kursk, officials said.'),
		]);
		expect(together).toHaveLength(1);
	});

	it('keeps apart two reports of one article dated on different days, which other articles may merge', () => {
		const reports = [
			report('a', 'Russian forces attacked Kherson with drones on the morning of 20 November, killing a man and injuring three people.', '2024-11-20'),
			report('a', 'On 19 November, Russian forces attacked Kherson with drones 48 times, killing 2 people and injuring 14.', '2024-11-19'),
		];
		expect(mergeDevelopments(reports)).toHaveLength(2);
		expect(mergeDevelopments(reports.map((item, index) => ({...item, articleId: `${item.articleId}${index}`})))).toHaveLength(1);
	});

	it('tells apart two states, or two people, doing alike, but not a person and the state they act for', () => {
		expect(mergedIds('2025-03-11',
			'The European Union adopted its 16th package of sanctions against Russia on Tuesday, targeting 74 shadow fleet vessels.',
			'Britain adopted a new package of sanctions against Russia on Tuesday, targeting 40 shadow fleet vessels.',
			'Ukrainian President Volodymyr Zelensky said on Tuesday that Ukraine was ready to accept a 30-day ceasefire proposed by the United States.',
			'Russian President Vladimir Putin said on Tuesday that Russia was ready to accept a 30-day ceasefire proposed by the United States.',
		)).toEqual([['a'], ['b'], ['c'], ['d']]);
		expect(mergedIds('2025-03-10',
			'President Volodymyr Zelensky met French President Emmanuel Macron in Paris on Monday to discuss security guarantees.',
			'Chancellor Olaf Scholz met French President Emmanuel Macron in Paris on Monday to discuss security guarantees.',
		)).toEqual([['a'], ['b']]);
		expect(mergedIds('2025-03-10',
			'Zelensky met French President Emmanuel Macron in Paris on Monday to discuss security guarantees for Ukraine.',
			"Ukraine's president met French President Emmanuel Macron in Paris on Monday to discuss security guarantees.",
			'Kyiv accused Moscow on Monday of shelling the Zaporizhzhia nuclear plant again.',
			'Ukraine accused Moscow on Monday of shelling the Zaporizhzhia nuclear plant.',
		)).toEqual([['a', 'b'], ['c', 'd']]);
	});

	it('reads the region a roundup item\'s label names as its place', () => {
		const developments = mergeDevelopments(reportsOf('test/fixtures/heldout3/l03_telegram_roundup.txt', 'l03'));
		const kherson = holding(developments, 'Kherson Oblast: Oleksandr Prokudin says');
		expect(kherson).toHaveLength(1);
		expect(kherson[0]!.reports.map(item => item.text).filter(text => text.includes('Vasylivka'))).toEqual([]);
	});
});

// A deterministic generator of many distinct reports built from a shared news vocabulary.
function syntheticReports(count: number): Report[] {
	let seed = 42;
	const next = (n: number) => {
		seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
		return seed % n;
	};
	const actors = ['Russia', 'Ukraine', 'The Kremlin', 'Nato', 'The Pentagon', 'Poland', 'The European Union', 'Hungary', 'Germany', 'The White House'];
	const verbs = ['launched', 'announced', 'confirmed', 'rejected', 'approved', 'delivered', 'intercepted', 'signed', 'condemned', 'proposed'];
	const objects = ['drones', 'missiles', 'sanctions', 'tanks', 'shells', 'loans', 'air defence systems', 'grain shipments', 'talks', 'prisoner exchanges'];
	const places = ['Kharkiv', 'Odesa', 'Kyiv', 'Zaporizhzhia', 'Dnipro', 'Lviv', 'Kherson', 'Sumy', 'Mykolaiv', 'Poltava'];
	return Array.from({length: count}, (_, index) => {
		const text = `${actors[next(actors.length)]} ${verbs[next(verbs.length)]} ${next(900) + 10} ${objects[next(objects.length)]} near ${places[next(places.length)]} in operation ${index}.`;
		return report(`s${index % 500}`, text);
	});
}

describe('mergeDevelopments at scale', () => {
	it('compares a bounded number of candidates per report, so the work grows linearly', () => {
		const small: MergeStats = {comparisons: 0};
		const large: MergeStats = {comparisons: 0};
		mergeDevelopments(syntheticReports(10_000), small);
		const developments = mergeDevelopments(syntheticReports(20_000), large);
		expect(developments.flatMap(development => development.reports)).toHaveLength(20_000);
		expect(small.comparisons).toBeGreaterThan(0);
		// All pairs would be 2 × 10^8 comparisons; the index keeps it to a few dozen per report.
		expect(large.comparisons).toBeLessThan(20_000 * 30);
		expect(large.comparisons / small.comparisons).toBeLessThan(2.4);
	});
});
