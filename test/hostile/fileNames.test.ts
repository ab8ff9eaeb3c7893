import {mkdirSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {loadArticles} from '../../source/load/index.js';
import {fsPath, nameFromBytes} from '../../source/load/byteNames.js';
import {tempFolder} from '../tempFolder.js';

const article = (count: number) => `Kyiv said ${count} drones were shot down overnight.\n`;
const bytePath = (root: string, ...parts: Array<string | number[]>) =>
	Buffer.concat([Buffer.from(`${root}/`), ...parts.map(part => (typeof part === 'string' ? Buffer.from(part) : Buffer.from(part)))]);

// Latin-1 file names are bytes that are not UTF-8: Node alone would read each as U+FFFD, which opens nothing.
describe('file names that are not valid UTF-8', () => {
	it('loads every file, in folders with such names too, and keeps two names apart that differ only in a bad byte', async () => {
		const root = tempFolder('hostile-byte-names');
		mkdirSync(bytePath(root, 'bad-', [0xff], '-dir'));
		writeFileSync(bytePath(root, 'bad-', [0xff], '-dir/inside.txt'), article(10));
		writeFileSync(bytePath(root, 'a', [0x9b], '.txt'), article(20));
		writeFileSync(bytePath(root, 'a', [0x9d], '.txt'), article(30));
		writeFileSync(bytePath(root, 'caf', [0xe9], ' news.txt'), article(40));
		writeFileSync(join(root, 'plain ünïcode.txt'), article(50));
		const loaded = await loadArticles(['.'], {cwd: root});
		expect(loaded.skipped).toEqual([]);
		expect(loaded.discovered).toBe(5);
		expect(loaded.articles.map(raw => raw.text).sort()).toEqual([10, 20, 30, 40, 50].map(article));
		expect(new Set(loaded.articles.map(raw => raw.id)).size).toBe(5);
		expect(loaded.articles.map(raw => raw.path)).toContain('plain ünïcode.txt');
	});

	it('turns names to text and back to the same bytes', () => {
		const names = [Buffer.from([0x61, 0x9b, 0x32, 0x4a]), Buffer.from([0xff, 0xfe]), Buffer.from('Київ \uFFFD.txt'), Buffer.from([0xe9, 0x74, 0xe9])];
		for (const name of names) {
			const text = nameFromBytes(name);
			expect(Buffer.from(fsPath(text))).toEqual(name);
		}
	});
});
