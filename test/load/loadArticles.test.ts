import {readdirSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {articleId, loadArticles} from '../../source/load/index.js';
import {useTempDir} from './tempDir.js';

const tempDir = useTempDir();
const corpus = join(import.meta.dirname, '../../articles');

describe('loadArticles', () => {
	it('loads the bundled corpus: 5 articles, nothing skipped', async () => {
		const result = await loadArticles([corpus]);
		expect(result.discovered).toBe(5);
		expect(result.skipped).toEqual([]);
		expect(result.articles.map(article => article.path)).toEqual(readdirSync(corpus).sort().map(name => join(corpus, name)));
		const first = result.articles[3];
		expect(first?.text.startsWith('Putin is unlikely to engage in peace negotiations')).toBe(true);
		expect(first?.meta).toEqual({});
		expect(first?.size).toBe(2850);
	});

	it('gives each file the same id whatever the load order or the form of its path', async () => {
		const names = readdirSync(corpus).sort();
		const forward = await loadArticles(names.map(name => join(corpus, name)));
		const backward = await loadArticles(names.map(name => join('articles', name)).reverse(), {cwd: join(corpus, '..')});
		const idsByName = (articles: typeof forward.articles) =>
			Object.fromEntries(articles.map(article => [article.path.split('/').pop(), article.id]));
		expect(idsByName(backward.articles)).toEqual(idsByName(forward.articles));
		expect(new Set(forward.articles.map(article => article.id)).size).toBe(5);
		expect(forward.articles[0]?.id).toBe(articleId(join(corpus, names[0] ?? '')));
	});

	it('reads a file whose name has spaces and a newline', async () => {
		const root = tempDir();
		const name = 'Kyiv report\n(final) 2024.txt';
		writeFileSync(join(root, name), 'Air raid sirens sounded across Kyiv.\r\n');
		const result = await loadArticles(['.'], {cwd: root});
		expect(result.articles).toMatchObject([{path: name, text: 'Air raid sirens sounded across Kyiv.\n', meta: {}}]);
		expect(result.articles[0]?.id).toMatch(/^kyiv-report-final-2024-[0-9a-f]{8}$/);
	});
});
