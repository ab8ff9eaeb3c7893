import {writeFileSync} from 'node:fs';
import {join} from 'node:path';
import iconv from 'iconv-lite';
import {describe, expect, it} from 'vitest';
import {loadArticles} from '../../source/load/index.js';
import {useTempDir} from './tempDir.js';

const tempDir = useTempDir();
const paragraph = 'Russian forces struck energy infrastructure in the Kharkiv region overnight, the regional governor said.';
const longParagraph = `${paragraph} ${'Repair crews restored power to most homes by the afternoon, according to the grid operator. '.repeat(8)}`;

async function load(files: Record<string, string | Uint8Array>) {
	const root = tempDir();
	for (const [name, content] of Object.entries(files)) writeFileSync(join(root, name), content);
	const result = await loadArticles(['.'], {cwd: root});
	expect(result.articles.length + result.skipped.length).toBe(result.discovered);
	return result;
}

describe('HTML pages', () => {
	it('decode by the charset their <meta> declares, ISO-8859-1 read as Windows-1252', async () => {
		const page = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"><title>Kyiv</title></head><body><article><p>“${paragraph}” – €6bn</p></article></body></html>`;
		const {articles} = await load({'page.html': Uint8Array.from(iconv.encode(page, 'windows-1252'))});
		expect(articles[0]?.text).toBe(`“${paragraph}” – €6bn`);
	});

	it('decode UTF-16 with a byte order mark', async () => {
		const page = `<html><head><meta charset="utf-16"><meta property="og:title" content="Kyiv – night"></head><body><p>${paragraph}</p></body></html>`;
		const {articles} = await load({'page.htm': Uint8Array.from([0xff, 0xfe, ...Buffer.from(page, 'utf16le')])});
		expect(articles[0]).toMatchObject({text: paragraph, meta: {title: 'Kyiv – night'}, preCleaned: true});
	});

	it('take title, site and date from JSON-LD when there are no Open Graph tags', async () => {
		const ld = {'@context': 'https://schema.org', '@graph': [{'@type': 'WebSite', name: 'x'}, {'@type': ['NewsArticle'], headline: 'Kharkiv power cut', datePublished: '2024-11-05T08:00:00+02:00', publisher: {name: 'Kyiv Independent'}}]};
		const page = `<html><head><script type="application/ld+json">${JSON.stringify(ld)}</script></head><body><main><h1>Kharkiv power cut</h1><p>${longParagraph}</p></main></body></html>`;
		const {articles} = await load({'page.html': page});
		expect(articles[0]).toMatchObject({text: longParagraph.trim(), meta: {title: 'Kharkiv power cut', source: 'Kyiv Independent', published: '2024-11-05'}});
	});

	it('take the headline the page shows (the article\'s h1) over a shorter social title, and no logo in a header h1', async () => {
		const social = '<meta property="og:title" content="Kremlin warns over Tomahawks">';
		const shown = `<html><head>${social}</head><body><article><h1>Kremlin warns Washington over Tomahawks as summit takes shape</h1><p>${longParagraph}</p></article></body></html>`;
		const logo = `<html><head>${social}</head><body><header><h1>The Eurasia Desk</h1></header><main><h1>Kremlin warns Washington over Tomahawks as summit takes shape</h1><p>${longParagraph}</p></main></body></html>`;
		const twoHeadings = `<html><head>${social}</head><body><div><h1>The Eurasia Desk</h1></div><div><h1>Other story</h1><p>${longParagraph}</p></div></body></html>`;
		const {articles} = await load({'shown.html': shown, 'logo.html': logo, 'two.html': twoHeadings});
		const titleOf = (name: string) => articles.find(article => article.path === name)?.meta.title;
		expect(titleOf('shown.html')).toBe('Kremlin warns Washington over Tomahawks as summit takes shape');
		expect(titleOf('logo.html')).toBe('Kremlin warns Washington over Tomahawks as summit takes shape');
		expect(titleOf('two.html')).toBe('Kremlin warns over Tomahawks');
	});

	it('are skipped with a reason when they hold no text or are binary', async () => {
		const {skipped} = await load({
			'scripts-only.html': '<html><head><script>var a = 1;</script></head><body><nav><a href="/">Home</a></nav></body></html>',
			'image.html': Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 1]),
		});
		expect(skipped).toEqual([
			{path: 'image.html', reason: expect.stringMatching(/^binary file/)},
			{path: 'scripts-only.html', reason: 'no article text found in the page'},
		]);
	});
});

describe('JSON exports', () => {
	it('read arrays and "items" lists, with source as a string or {name}, HTML or plain text bodies', async () => {
		const {articles} = await load({
			'list.json': JSON.stringify([{title: 'Kharkiv strike', source: 'Reuters', published: '2024-11-05', text: `Kharkiv strike\n\n${paragraph}\n\nSecond paragraph.`, link: 'https://r.example/1'}]),
			'items.json': JSON.stringify({items: [{title: 'HTML body', source: {name: 'BBC'}, date: 'Tue, 05 Nov 2024 10:00:00 GMT', body: `<p>${paragraph}</p><h3>What next?</h3><p>Second <b>paragraph</b>.</p>`}]}),
			'single.json': JSON.stringify({title: 'One object', content: paragraph}),
		});
		expect(articles.map(({path, text, meta}) => ({path, text, meta}))).toEqual([
			{path: 'items.json#1', text: `${paragraph}\n## What next?\nSecond paragraph.`, meta: {title: 'HTML body', source: 'BBC', published: '2024-11-05', url: undefined}},
			{path: 'list.json#1', text: `${paragraph}\nSecond paragraph.`, meta: {title: 'Kharkiv strike', source: 'Reuters', published: '2024-11-05', url: 'https://r.example/1'}},
			{path: 'single.json', text: paragraph, meta: {title: 'One object', source: undefined, published: undefined, url: undefined}},
		]);
	});

	it('number JSON Lines items by line and skip the unusable ones one by one', async () => {
		const lines = [JSON.stringify({title: 'First', content: paragraph}), '', '{"title": "broken', JSON.stringify({title: 'No text'}), JSON.stringify({title: 'Cut', content: `${paragraph}… [+3021 chars]`})];
		const {articles, skipped, discovered} = await load({'feed.jsonl': lines.join('\n')});
		expect(articles.map(article => article.path)).toEqual(['feed.jsonl#1']);
		expect(skipped).toEqual([
			{path: 'feed.jsonl#3', reason: 'not valid JSON'},
			{path: 'feed.jsonl#4', reason: 'no text: none of content, text or body is set'},
			{path: 'feed.jsonl#5', reason: 'only a truncated excerpt of the article (the API cut the content)'},
		]);
		expect(discovered).toBe(4);
	});

	it('skip a whole file that is broken or holds no usable article, once', async () => {
		const {skipped} = await load({
			'broken.json': '{"articles": [',
			'numbers.json': '[1, 2, 3]',
			'config.json': '{"theme": "dark"}',
		});
		expect(skipped).toEqual([
			{path: 'broken.json', reason: expect.stringMatching(/^not valid JSON: /)},
			{path: 'config.json', reason: 'no articles: expected an array, an object with an "articles" or "items" array, or one article object'},
			{path: 'numbers.json', reason: 'no usable article among 3 items (item 1: not an article object)'},
		]);
	});

	it('strip terminal escapes that JSON escapes can smuggle in', async () => {
		const {articles} = await load({'evil.json': JSON.stringify([{title: 'Kyiv\u001b]0;owned\u0007 news', content: `${paragraph}\u001b[2J`}])});
		expect(articles[0]).toMatchObject({text: paragraph, meta: {title: 'Kyiv news'}});
	});
});

describe('feeds', () => {
	it('read Atom entries with HTML, XHTML and text content', async () => {
		const atom = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Kyiv Post</title>
<entry><title type="html">Kharkiv &lt;b&gt;strike&lt;/b&gt; &amp;amp; more</title><link rel="alternate" href="https://kp.example/1"/><published>2024-11-05T08:00:00+02:00</published>
<content type="html">&lt;p&gt;${paragraph}&lt;/p&gt;&lt;p&gt;Second paragraph.&lt;/p&gt;</content></entry>
<entry><title>XHTML entry</title><updated>2024-11-06T08:00:00Z</updated><content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>${paragraph}</p><p>Third &amp; last.</p></div></content></entry>
<entry><title>Text entry</title><content type="text">${paragraph}
Plain second line.</content></entry>
</feed>`;
		const {articles} = await load({'kp.atom': atom});
		expect(articles.map(({path, text, meta}) => ({path, text, meta}))).toEqual([
			{path: 'kp.atom#1', text: `${paragraph}\nSecond paragraph.`, meta: {title: 'Kharkiv strike & more', source: 'Kyiv Post', published: '2024-11-05', url: 'https://kp.example/1'}},
			{path: 'kp.atom#2', text: `${paragraph}\nThird & last.`, meta: {title: 'XHTML entry', source: 'Kyiv Post', published: '2024-11-06', url: undefined}},
			{path: 'kp.atom#3', text: `${paragraph}\nPlain second line.`, meta: {title: 'Text entry', source: 'Kyiv Post', published: undefined, url: undefined}},
		]);
	});

	it('take an RSS description as the article only when it is long', async () => {
		const rss = `<rss version="2.0"><channel><title>Ukrinform</title>
<item><title>Long</title><description>&lt;p&gt;${longParagraph}&lt;/p&gt;</description><guid>https://u.example/long</guid></item>
<item><title>Teaser</title><description>${paragraph}</description></item>
</channel></rss>`;
		const {articles, skipped} = await load({'u.xml': rss});
		expect(articles).toMatchObject([{path: 'u.xml#1', text: longParagraph.trim(), meta: {title: 'Long', source: 'Ukrinform', url: 'https://u.example/long'}}]);
		expect(skipped).toEqual([{path: 'u.xml#2', reason: 'only a summary (14 words), not the full article'}]);
	});

	it('are skipped with a reason when the XML is broken, not a feed, or has no items', async () => {
		const {skipped} = await load({
			'broken.rss': '<rss><channel><title>x</title></rss>',
			'sitemap.xml': '<urlset><url><loc>https://x.example/</loc></url></urlset>',
			'empty.rss': '<rss><channel><title>x</title></channel></rss>',
		});
		expect(skipped).toEqual([
			{path: 'broken.rss', reason: expect.stringMatching(/^not valid XML: .*\(line 1\)$/)},
			{path: 'empty.rss', reason: 'no items in the file'},
			{path: 'sitemap.xml', reason: 'not an RSS or Atom feed'},
		]);
	});
});

describe('Markdown files', () => {
	it('are skipped with a reason when the front matter is broken', async () => {
		const {skipped} = await load({'bad.md': `---\ntitle: "unclosed\n---\n${paragraph}\n`});
		expect(skipped).toEqual([{path: 'bad.md', reason: expect.stringMatching(/^malformed front matter: /)}]);
	});
});
