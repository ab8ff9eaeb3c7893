import {describe, expect, it} from 'vitest';
import {plainText} from '../../source/brief/plainText.js';
import {toJson} from '../../source/brief/toJson.js';
import {cleanArticle} from '../../source/clean/cleanArticle.js';
import {briefOfTexts} from './pipeline.js';

// Found by the fuzz run: an opening with no sentence break (100k quote marks, a base64 blob, a URL) became a
// 100k-character headline, and wrapping it for --print took minutes.
describe('an article that is one unbroken string', () => {
	const blob = `Officials in Kyiv said ${'QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo'.repeat(30_000)} was posted online on Tuesday.`;

	it('gets a headline of at most 160 characters, marked as cut', () => {
		const article = cleanArticle({id: 'a', path: 'blob.txt', text: blob, meta: {}});
		expect(article.title.length).toBeLessThanOrEqual(160);
		expect(article.title.endsWith('…')).toBe(true);
		expect(blob.startsWith(article.title.slice(0, -1))).toBe(true);
	});

	it('never takes an over-long first line as the title, however few its words', () => {
		const article = cleanArticle({id: 'a', path: 'long.txt', text: `${'x'.repeat(5000)} ${'y'.repeat(5000)}\nKyiv said 40 drones were shot down.`, meta: {}});
		expect(article.titleKind).toBe('lede');
	});

	it('keeps a normal opening sentence whole', () => {
		const article = cleanArticle({id: 'a', path: 'a.txt', text: 'Kyiv said 40 drones were shot down overnight. More followed.', meta: {}});
		expect(article.title).toBe('Kyiv said 40 drones were shot down overnight');
	});

	it('prints a brief whose one quotation runs on for 160,000 characters in a few seconds, every line within 80 columns', async () => {
		const started = performance.now();
		const brief = await briefOfTexts([`“${'We will not give up our land and we will fight on '.repeat(3_200)}`]);
		expect(brief.quotes[0]!.text.length).toBeGreaterThan(150_000);
		const lines = plainText(brief, 80).split('\n');
		expect(lines.length).toBeGreaterThan(2_000);
		expect(lines.every(line => line.length <= 80)).toBe(true);
		expect(performance.now() - started).toBeLessThan(10_000);
	});

	it('prints a brief of 100k quote marks in a few seconds', async () => {
		const started = performance.now();
		const brief = await briefOfTexts(['“'.repeat(50_000) + '"'.repeat(50_000)]);
		expect(plainText(brief, 80)).toContain('UKRAINE BRIEF: 1 article,');
		expect(performance.now() - started).toBeLessThan(10_000);
	});
});

// Every figure carries the sentence it came from: a run-on "sentence" of 200 KB with thousands of figures
// made a JSON brief of 800 MB.
describe('a run-on sentence full of figures', () => {
	const unit = 'the army said 5 tanks were hit near Kupiansk and ';
	const text = `Run-on report\n\n${unit.repeat(4_000)}that was all.`;

	it('gives every figure an excerpt of its sentence, so the JSON brief grows with the text, not its square', async () => {
		const brief = await briefOfTexts([text]);
		expect(brief.figures.length).toBeGreaterThan(1_000);
		for (const figure of brief.figures) {
			expect(figure.sentence.length).toBeLessThan(400);
			expect(figure.sentence).toContain(figure.text);
		}
		expect(JSON.stringify(toJson(brief)).length).toBeLessThan(20 * text.length);
	});
});
