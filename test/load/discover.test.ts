import {mkdirSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {discover, InputError, loadArticles} from '../../source/load/index.js';
import {useTempDir} from './tempDir.js';

const tempDir = useTempDir();

function files(root: string, names: readonly string[]): void {
	for (const name of names) {
		mkdirSync(join(root, name, '..'), {recursive: true});
		writeFileSync(join(root, name), `Article ${name}\n`);
	}
}

describe('discover', () => {
	it('searches directories recursively for article extensions only, sorted', async () => {
		const root = tempDir();
		files(root, ['b.txt', 'a.md', 'sub/deep/c.html', 'sub/d.jsonl', 'e.rss', 'f.atom', 'g.xml', 'h.htm', 'i.markdown', 'j.json', 'notes.pdf', 'script.js', '.hidden.txt', 'node_modules/x.txt']);
		expect(await discover(['.'], {cwd: root})).toEqual(['a.md', 'b.txt', 'e.rss', 'f.atom', 'g.xml', 'h.htm', 'i.markdown', 'j.json', 'sub/d.jsonl', 'sub/deep/c.html']);
	});

	it('keeps each path in the form it was given and removes duplicates', async () => {
		const root = tempDir();
		files(root, ['one.txt', 'two.txt']);
		expect(await discover([join(root, 'one.txt'), 'one.txt', './one.txt', '*.txt'], {cwd: root})).toEqual([join(root, 'one.txt'), 'two.txt']);
	});

	it('expands glob patterns', async () => {
		const root = tempDir();
		files(root, ['2024/a.txt', '2024/b.md', '2025/c.txt']);
		expect(await discover(['20*/*.txt'], {cwd: root})).toEqual(['2024/a.txt', '2025/c.txt']);
		expect(await discover(['202?'], {cwd: root})).toEqual(['2024/a.txt', '2024/b.md', '2025/c.txt']);
	});

	it('takes an existing path literally even when its name has glob characters', async () => {
		const root = tempDir();
		files(root, ['[draft] *war*.txt', 'd war.txt']);
		expect(await discover(['[draft] *war*.txt'], {cwd: root})).toEqual(['[draft] *war*.txt']);
	});

	it('reads a file named explicitly whatever its extension', async () => {
		const root = tempDir();
		files(root, ['report.text']);
		expect(await discover(['report.text'], {cwd: root})).toEqual(['report.text']);
	});

	it('throws InputError naming a missing path', async () => {
		const root = tempDir();
		await expect(discover(['no-such-file.txt'], {cwd: root})).rejects.toThrow(InputError);
		await expect(loadArticles(['no-such-file.txt'], {cwd: root})).rejects.toThrow(/no-such-file\.txt/);
	});

	it('throws InputError naming a glob that matches nothing', async () => {
		const root = tempDir();
		files(root, ['a.txt']);
		await expect(discover(['*.md'], {cwd: root})).rejects.toThrow(InputError);
		await expect(discover(['*.md'], {cwd: root})).rejects.toThrow(/\*\.md/);
	});
});
