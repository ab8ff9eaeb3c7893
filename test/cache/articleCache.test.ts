import {copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, relative} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {analyseArticle} from '../../source/brief/buildBrief.js';
import {ArticleCache, type CacheSettings} from '../../source/cache/articleCache.js';
import {cacheDirectory} from '../../source/cache/cacheDirectory.js';
import {loadArticles} from '../../source/load/index.js';
import type {RawArticle} from '../../source/model.js';

const sample = 'articles/001_e5f5ddb91bdcb392.txt';
let home: string | undefined;

afterEach(() => {
	if (home !== undefined) rmSync(home, {recursive: true, force: true});
	home = undefined;
});

/** A fresh XDG_CACHE_HOME holding nothing, and a copy of a sample article whose mtime the test may change. */
function setUp(): {settings: CacheSettings; articlePath: string} {
	home = mkdtempSync(join(tmpdir(), 'ukraine-brief-cache-'));
	const articlePath = join(home, 'article.txt');
	copyFileSync(sample, articlePath);
	return {settings: {directory: cacheDirectory({XDG_CACHE_HOME: join(home, 'xdg')}), version: 'v1'}, articlePath};
}

async function load(path: string): Promise<RawArticle> {
	const [raw] = (await loadArticles([path])).articles;
	return raw!;
}

function entryFiles(settings: CacheSettings): string[] {
	return readdirSync(join(settings.directory, 'articles')).map(name => join(settings.directory, 'articles', name));
}

describe('cacheDirectory', () => {
	it('lives under XDG_CACHE_HOME, else under ~/.cache, and ignores a relative XDG_CACHE_HOME', () => {
		expect(cacheDirectory({XDG_CACHE_HOME: '/var/cache/me'})).toBe('/var/cache/me/ukraine-brief');
		expect(cacheDirectory({XDG_CACHE_HOME: 'relative'})).toMatch(/\/\.cache\/ukraine-brief$/);
		expect(cacheDirectory({})).toMatch(/\/\.cache\/ukraine-brief$/);
	});
});

describe('ArticleCache', () => {
	it('misses when empty, then returns exactly what was written, leaving no temporary files', async () => {
		const {settings, articlePath} = setUp();
		const raw = await load(articlePath);
		const cache = new ArticleCache(settings);
		expect(cache.read(raw)).toBeUndefined();
		const analysed = analyseArticle(raw);
		cache.write(raw, analysed);
		expect(new ArticleCache(settings).read(raw)).toEqual(analysed);
		expect(entryFiles(settings)).toHaveLength(1);
		expect(entryFiles(settings)[0]).toMatch(/\.json$/);
	});

	it('stores strings that repeat the article text as their span, and restores them exactly', async () => {
		const {settings, articlePath} = setUp();
		const raw = await load(articlePath);
		const analysed = analyseArticle(raw);
		expect(analysed.findings.reports.length + analysed.findings.figures.length).toBeGreaterThan(0);
		const cache = new ArticleCache(settings);
		cache.write(raw, analysed);
		const stored = readFileSync(entryFiles(settings)[0]!, 'utf8');
		expect(stored.length).toBeLessThan(JSON.stringify(analysed).length * 0.8);
		for (const report of analysed.findings.reports) expect(stored).not.toContain(JSON.stringify(report.text));
		expect(cache.read(raw)).toEqual(analysed);
	});

	it('serves the same file named by another relative path, under that path', async () => {
		const {settings, articlePath} = setUp();
		const raw = await load(articlePath);
		const cache = new ArticleCache(settings);
		cache.write(raw, analyseArticle(raw));
		const otherName = {...raw, path: relative(process.cwd(), articlePath)};
		expect(cache.read(otherName)?.article.path).toBe(otherName.path);
	});

	it('ignores an entry once the file changes (mtime or size) or the extractor version differs', async () => {
		const {settings, articlePath} = setUp();
		const raw = await load(articlePath);
		new ArticleCache(settings).write(raw, analyseArticle(raw));
		utimesSync(articlePath, new Date(), new Date(Date.now() + 60_000));
		const touched = await load(articlePath);
		expect(new ArticleCache(settings).read(touched)).toBeUndefined();
		writeFileSync(articlePath, `${readFileSync(articlePath, 'utf8')}One more line.\n`);
		expect(new ArticleCache(settings).read(await load(articlePath))).toBeUndefined();
		expect(new ArticleCache({...settings, version: 'v2'}).read(raw)).toBeUndefined();
		expect(new ArticleCache(settings).read(raw)).toBeDefined();
	});

	it('ignores a stale entry and rewrites it in place', async () => {
		const {settings, articlePath} = setUp();
		const raw = await load(articlePath);
		const cache = new ArticleCache(settings);
		cache.write(raw, analyseArticle(raw));
		utimesSync(articlePath, new Date(), new Date(Date.now() + 60_000));
		const touched = await load(articlePath);
		cache.write(touched, analyseArticle(touched));
		expect(entryFiles(settings)).toHaveLength(1);
		expect(cache.read(touched)).toEqual(analyseArticle(touched));
		expect(cache.read(raw)).toBeUndefined();
	});

	it.each([
		['truncated JSON', (text: string) => text.slice(0, text.length / 2)],
		['not JSON at all', () => '\u0000\u0001 garbage'],
		['a finding whose span runs past the text', (text: string) => text.replace(/"span":\{"start":(\d+),"end":(\d+)\}/, '"span":{"start":$1,"end":99999999}')],
		['a quote without its speaker field', (text: string) => text.replace(/"speaker":(null|"[^"]*"),/, '')],
		['a repeated string marked with a span of another kind', (text: string) => text.replace(/"text":1,/, '"text":{"start":0},')],
		['an article with another id', (text: string) => text.replace(/"id":"[^"]+"/, '"id":"someone-else"')],
		['findings that are not an object', (text: string) => text.replace(/"findings":\{/, '"findings":[1],"unused":{')],
	])('never trusts a corrupt entry (%s) and rewrites it', async (_name, corrupt) => {
		const {settings, articlePath} = setUp();
		const raw = await load(articlePath);
		const cache = new ArticleCache(settings);
		const analysed = analyseArticle(raw);
		expect(analysed.findings.quotes.length).toBeGreaterThan(0);
		cache.write(raw, analysed);
		const [file] = entryFiles(settings);
		const original = readFileSync(file!, 'utf8');
		const damaged = corrupt(original);
		expect(damaged).not.toBe(original);
		writeFileSync(file!, damaged);
		expect(cache.read(raw)).toBeUndefined();
		cache.write(raw, analysed);
		expect(cache.read(raw)).toEqual(analysed);
	});

	it('does not fail when the cache directory cannot be created', async () => {
		const {articlePath} = setUp();
		const raw = await load(articlePath);
		const blocked = join(home!, 'a-file');
		writeFileSync(blocked, '');
		const cache = new ArticleCache({directory: join(blocked, 'below'), version: 'v1'});
		expect(() => cache.write(raw, analyseArticle(raw))).not.toThrow();
		expect(cache.read(raw)).toBeUndefined();
	});
});
