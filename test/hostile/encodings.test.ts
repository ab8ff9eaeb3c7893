import {writeFileSync} from 'node:fs';
import {join} from 'node:path';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import {describe, expect, it} from 'vitest';
import {buildBrief} from '../../source/brief/buildBrief.js';
import {toJson} from '../../source/brief/toJson.js';
import {loadArticles} from '../../source/load/index.js';
import {decodeMixedUtf8} from '../../source/load/mixedUtf8.js';
import {briefProblems} from './briefSchema.js';
import {hazardsIn} from './payloads.js';
import {tempFolder} from '../tempFolder.js';

// One article, written in every encoding a scraper folder ends up with. The decode unit tests cover each
// decoder; this proves the whole road: bytes on disk -> loadArticles -> buildBrief -> the JSON contract.
const title = 'Zelenskyy’s plan for Kyiv — €6bn in aid';
const body = [
	'Ukrainian President Volodymyr Zelenskyy said on Tuesday that “we will not give up” as Russia pressed its offensive.',
	'Officials said as many as 10,000 troops had been moved to the Kursk region, a rise of 12% on last month.',
];
const article = [title, ...body].join('\n');

const utf16 = (text: string, endian: 'le' | 'be', bom: boolean) => {
	const le = Buffer.from(`${bom ? '\uFEFF' : ''}${text}`, 'utf16le');
	return endian === 'le' ? le : le.swap16();
};

const files: Record<string, Uint8Array> = {
	'utf8.txt': Buffer.from(article, 'utf8'),
	'utf8-bom.txt': Buffer.from(`\uFEFF${article}`, 'utf8'),
	'utf16le-bom.txt': utf16(article, 'le', true),
	'utf16be-bom.txt': utf16(article, 'be', true),
	'utf16le.txt': utf16(article, 'le', false),
	'utf16be.txt': utf16(article, 'be', false),
	'windows-1252.txt': iconv.encode(article, 'windows-1252'),
	'crlf.txt': Buffer.from(article.replaceAll('\n', '\r\n'), 'utf8'),
};

describe('encodings end to end', () => {
	const root = tempFolder('hostile-encodings');
	for (const [name, bytes] of Object.entries(files)) writeFileSync(join(root, name), bytes);

	it('reads the same article from every encoding: same title, same text, same findings', async () => {
		const loaded = await loadArticles(['.'], {cwd: root});
		expect(loaded.skipped).toEqual([]);
		expect(loaded.articles).toHaveLength(Object.keys(files).length);
		const brief = buildBrief(loaded);
		expect(briefProblems(toJson(brief))).toEqual([]);
		for (const cleaned of brief.articles) {
			expect({path: cleaned.path, title: cleaned.title}).toEqual({path: cleaned.path, title});
			expect(cleaned.text).toBe(article);
		}
		const perArticle = (id: string) => ({
			figures: brief.figures.filter(figure => figure.at.articleId === id).map(figure => figure.text),
			quotes: brief.quotes.filter(quote => quote.at.articleId === id).map(quote => quote.text),
		});
		const first = perArticle(brief.articles[0]!.id);
		expect(first.quotes).toContain('we will not give up');
		for (const other of brief.articles) expect(perArticle(other.id)).toEqual(first);
	});

	it('reads a Windows-1252 0x9b byte as a closing angle quote, never as an 8-bit CSI', async () => {
		const dir = tempFolder('hostile-cp1252-csi');
		writeFileSync(join(dir, 'csi.txt'), Buffer.concat([iconv.encode('Kyiv said \u203A', 'windows-1252'), Buffer.from([0x9b]), Buffer.from('2J cleared 40 attacks.\n', 'latin1')]));
		const loaded = await loadArticles(['.'], {cwd: dir});
		expect(loaded.articles[0]?.text).toBe('Kyiv said ››2J cleared 40 attacks.\n');
		expect(hazardsIn(JSON.stringify(toJson(buildBrief(loaded))))).toEqual([]);
	});

	it('keeps the UTF-8 of a file that has one invalid byte in the middle', async () => {
		const dir = tempFolder('hostile-broken-utf8');
		const [before, after] = [Buffer.from(`${title}\n${body[0]}\n`, 'utf8'), Buffer.from(`Київ: ${body[1]}\n`, 'utf8')];
		writeFileSync(join(dir, 'one-bad-byte.txt'), Buffer.concat([before, Buffer.from([0xff, 0xc3, 0x28]), after]));
		const loaded = await loadArticles(['.'], {cwd: dir});
		expect(loaded.skipped).toEqual([]);
		const text = loaded.articles[0]?.text ?? '';
		expect(text).toContain(title);
		expect(text).toContain('“we will not give up”');
		expect(text).toContain('ÿÃ(Київ: Officials said');
		expect(text).not.toMatch(/â€|Ã¢/);
		const brief = buildBrief(loaded);
		expect(brief.articles[0]?.title).toBe(title);
		expect(brief.quotes.map(quote => quote.text)).toContain('we will not give up');
	});

	it('skips, with a reason, UTF-16 whose body breaks off in the middle of a character', async () => {
		const dir = tempFolder('hostile-broken-utf16');
		writeFileSync(join(dir, 'odd.txt'), Buffer.concat([utf16(article, 'le', true), Buffer.from([0x41])]));
		writeFileSync(join(dir, 'lone-surrogate.txt'), Buffer.concat([utf16(title, 'be', true), Buffer.from([0xd8, 0x3d, 0x00, 0x41])]));
		const loaded = await loadArticles(['.'], {cwd: dir});
		expect(loaded.articles).toEqual([]);
		expect(loaded.skipped).toEqual([
			{path: 'lone-surrogate.txt', reason: expect.stringMatching(/^not valid UTF-16BE text/)},
			{path: 'odd.txt', reason: expect.stringMatching(/^not valid UTF-16LE text/)},
		]);
	});
});

describe('decodeMixedUtf8', () => {
	it('reads valid UTF-8 exactly as a strict decoder does', () => {
		fc.assert(
			fc.property(fc.string({unit: 'grapheme', maxLength: 300}), text => {
				expect(decodeMixedUtf8(new TextEncoder().encode(text))).toBe(text);
			}),
			{numRuns: 300},
		);
	});

	it('reads Windows-1252 text exactly as iconv does when no byte pair happens to be valid UTF-8', () => {
		const legacy = 'Zelenskyy’s “plan” — €6bn, naïve café, 5½ «today» ‰ Œuvre';
		expect(decodeMixedUtf8(iconv.encode(legacy, 'windows-1252'))).toBe(legacy);
	});

	it('never throws and never invents a replacement character, whatever the bytes', () => {
		fc.assert(
			fc.property(fc.uint8Array({maxLength: 500}), bytes => {
				fc.pre(!Buffer.from(bytes).includes(Buffer.from('\uFFFD')));
				expect(decodeMixedUtf8(bytes)).not.toContain('\uFFFD');
			}),
			{numRuns: 500},
		);
	});
});
