/**
 * HTML load speed, in MB of saved pages per second: `npm run bench:html`.
 * Measures the full path (decode, parse, metadata, chrome removal, Readability, text) on
 * many small pages (the fixture page, copied) and on one large page.
 */
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {loadArticles} from '../source/load/index.js';

const page = readFileSync(join(import.meta.dirname, '../test/fixtures/load/same-article/article.html'), 'utf8');
const root = mkdtempSync(join(tmpdir(), 'ukraine-brief-bench-'));

async function measure(label: string, files: Record<string, string>): Promise<void> {
	const dir = mkdtempSync(join(root, 'set-'));
	let bytes = 0;
	for (const [name, content] of Object.entries(files)) {
		writeFileSync(join(dir, name), content);
		bytes += Buffer.byteLength(content);
	}
	await loadArticles([dir]); // warm-up: module loading and JIT
	const start = performance.now();
	const result = await loadArticles([dir]);
	const seconds = (performance.now() - start) / 1000;
	const mb = bytes / 1024 / 1024;
	console.log(`${label}: ${result.articles.length} articles, ${mb.toFixed(2)} MB in ${seconds.toFixed(2)} s = ${(mb / seconds).toFixed(1)} MB/s (${((seconds * 1000) / mb).toFixed(0)} ms per MB)`);
}

try {
	await measure('500 pages of 5.5 KB', Object.fromEntries(Array.from({length: 500}, (_, index) => [`page-${index}.html`, page])));
	const paragraphs = page.match(/<p>[^<]*<\/p>/g)?.join('\n') ?? '';
	await measure('one 2 MB page', {'long-read.html': page.replace('</article>', `${paragraphs.repeat(Math.ceil((2 * 1024 * 1024) / paragraphs.length))}</article>`)});
} finally {
	rmSync(root, {recursive: true, force: true});
}
