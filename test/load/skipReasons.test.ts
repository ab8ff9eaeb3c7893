import {execFileSync, spawnSync} from 'node:child_process';
import {chmodSync, mkdirSync, symlinkSync, writeFileSync} from 'node:fs';
import {join, resolve} from 'node:path';
import {describe, expect, it} from 'vitest';
import type {Skipped} from '../../source/model.js';
import {loadArticles} from '../../source/load/index.js';
import {useTempDir} from './tempDir.js';

const tempDir = useTempDir();
const article = 'Kyiv came under a large drone attack overnight, officials said.\n';

async function skippedIn(root: string, options = {}): Promise<Skipped[]> {
	const result = await loadArticles(['.'], {cwd: root, ...options});
	expect(result.articles.length + result.skipped.length).toBe(result.discovered);
	return result.skipped;
}

describe('skip reasons', () => {
	it('says a file is empty, whether 0 bytes or only whitespace', async () => {
		const root = tempDir();
		writeFileSync(join(root, 'zero.txt'), '');
		writeFileSync(join(root, 'blank.txt'), ' \n\t\r\n ');
		expect(await skippedIn(root)).toEqual([
			{path: 'blank.txt', reason: 'empty file (only whitespace)'},
			{path: 'zero.txt', reason: 'empty file (0 bytes)'},
		]);
	});

	it('says a file is binary', async () => {
		const root = tempDir();
		writeFileSync(join(root, 'image.txt'), Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 1]));
		expect(await skippedIn(root)).toEqual([{path: 'image.txt', reason: expect.stringMatching(/^binary file/)}]);
	});

	it('gives the size and the limit for a file that is too large', async () => {
		const root = tempDir();
		writeFileSync(join(root, 'huge.txt'), 'a'.repeat(2.5 * 1024 * 1024));
		writeFileSync(join(root, 'at-limit.txt'), 'a'.repeat(1024 * 1024));
		expect(await skippedIn(root, {maxBytes: 1024 * 1024})).toEqual([
			{path: 'huge.txt', reason: 'too large: 2.5 MiB (2,621,440 bytes), the limit is 1.0 MiB (1,048,576 bytes)'},
		]);
	});

	it('shows a file just over the limit as over it, in exact bytes', async () => {
		const root = tempDir();
		writeFileSync(join(root, 'just-over.txt'), 'a'.repeat(5 * 1024 * 1024 + 1043));
		expect(await skippedIn(root)).toEqual([
			{path: 'just-over.txt', reason: 'too large: 5.0 MiB (5,243,923 bytes), the limit is 5.0 MiB (5,242,880 bytes)'},
		]);
	});

	it('gives a limit under 1 KiB in bytes', async () => {
		const root = tempDir();
		writeFileSync(join(root, 'small.txt'), article.repeat(20));
		expect(await skippedIn(root, {maxBytes: 1000})).toEqual([{path: 'small.txt', reason: 'too large: 1.3 KiB (1,280 bytes), the limit is 1,000 bytes'}]);
	});

	it('reports a directory named like an article', async () => {
		const root = tempDir();
		mkdirSync(join(root, 'folder.txt'));
		expect(await skippedIn(root)).toEqual([{path: 'folder.txt', reason: expect.stringMatching(/^a directory/)}]);
	});

	it('reports broken symlinks and symlink loops', async () => {
		const root = tempDir();
		symlinkSync(join(root, 'gone.txt'), join(root, 'broken.txt'));
		symlinkSync(join(root, 'loop-b.txt'), join(root, 'loop-a.txt'));
		symlinkSync(join(root, 'loop-a.txt'), join(root, 'loop-b.txt'));
		writeFileSync(join(root, 'real.txt'), article);
		symlinkSync(join(root, 'real.txt'), join(root, 'alias.txt'));
		const result = await loadArticles(['.'], {cwd: root});
		expect(result.articles.map(a => a.path)).toEqual(['alias.txt', 'real.txt']);
		expect(result.skipped).toEqual([
			{path: 'broken.txt', reason: `broken symlink: its target ${JSON.stringify(join(root, 'gone.txt'))} does not exist`},
			{path: 'loop-a.txt', reason: 'symlink loop: the link points back to itself'},
			{path: 'loop-b.txt', reason: 'symlink loop: the link points back to itself'},
		]);
	});

	it('never opens a named pipe, so the load does not block', async () => {
		const root = tempDir();
		execFileSync('mkfifo', [join(root, 'pipe.txt')]);
		writeFileSync(join(root, 'real.txt'), article);
		const result = await loadArticles([root]);
		expect(result.articles.map(a => a.path)).toEqual([join(root, 'real.txt')]);
		expect(result.skipped).toEqual([{path: join(root, 'pipe.txt'), reason: 'not a regular file: a named pipe (FIFO)'}]);
	});

	it('reports a device named on the command line', async () => {
		expect(await loadArticles(['/dev/null'])).toEqual({
			articles: [],
			skipped: [{path: '/dev/null', reason: 'not a regular file: a device'}],
			discovered: 1,
		});
	});

	it('says permission denied for an unreadable file', () => {
		const root = tempDir();
		chmodSync(root, 0o755);
		writeFileSync(join(root, 'secret.txt'), article);
		chmodSync(join(root, 'secret.txt'), 0o000);
		// root reads any file whatever its mode, so the check runs the loader as an unprivileged user.
		const asUser = process.getuid?.() === 0 ? {uid: 65534, gid: 65534} : {};
		const script = `import {loadArticles} from ${JSON.stringify(resolve('source/load/index.ts'))};
			console.log(JSON.stringify(await loadArticles(['secret.txt'], {cwd: ${JSON.stringify(root)}})));`;
		const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {...asUser, encoding: 'utf8'});
		expect(child.stderr).toBe('');
		expect(JSON.parse(child.stdout)).toEqual({
			articles: [],
			skipped: [{path: 'secret.txt', reason: 'permission denied: the file cannot be read'}],
			discovered: 1,
		});
	});
});
