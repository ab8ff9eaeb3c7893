import {execFileSync} from 'node:child_process';
import {chmodSync, mkdirSync, symlinkSync, writeFileSync} from 'node:fs';
import {join, resolve} from 'node:path';
import {describe, expect, it} from 'vitest';
import {briefProblems} from './briefSchema.js';
import {runCli} from './runCli.js';
import {tempFolder} from '../tempFolder.js';

const article = (n: number) => `Officials in Kharkiv said ${n} drones were shot down overnight, the regional governor said.\n`;
const injector = resolve(import.meta.dirname, '../fixtures/hostile/faultInjector.mjs');
// root reads any file whatever its mode, so the CLI runs as an unprivileged user when the tests run as root.
const unprivileged = process.getuid?.() === 0 ? {uid: 65534, gid: 65534} : {};

interface JsonBrief {
	articles: Array<{path: string}>;
	skipped: Array<{path: string; reason: string}>;
}

function reasonsByName(brief: JsonBrief): Record<string, string> {
	return Object.fromEntries(brief.skipped.map(skipped => [skipped.path.replace(/^.*\//, ''), skipped.reason]));
}

describe('file-system faults through dist/cli.js --json', () => {
	const root = tempFolder('hostile-fs-faults');
	// Writable by the unprivileged user too: the fault injector deletes, truncates and replaces files as it runs.
	chmodSync(root, 0o777);
	const files: Record<string, string> = {
		'good.txt': article(1),
		'with spaces in name.txt': article(2),
		'new\nline.txt': article(3),
		'vanish-after-discovery.txt': article(4),
		'shrink-to-nothing.txt': article(5),
		'grow-past-the-cap.txt': article(6),
		'swap-for-a-pipe.txt': article(7),
		'secret.txt': article(8),
		'big.txt': 'Kyiv. '.repeat(300_000),
	};
	for (const [name, text] of Object.entries(files)) {
		writeFileSync(join(root, name), text);
		chmodSync(join(root, name), 0o666);
	}
	writeFileSync(Buffer.from([...Buffer.from(`${root}/latin1-caf`), 0xe9, ...Buffer.from('.txt')]), article(9));
	chmodSync(join(root, 'secret.txt'), 0o000);
	symlinkSync(join(root, 'gone.txt'), join(root, 'broken-link.txt'));
	symlinkSync(join(root, 'loop-b.txt'), join(root, 'loop-a.txt'));
	symlinkSync(join(root, 'loop-a.txt'), join(root, 'loop-b.txt'));
	mkdirSync(join(root, 'folder.txt'));
	mkdirSync(join(root, 'locked'));
	writeFileSync(join(root, 'locked', 'inside.txt'), article(10));
	chmodSync(join(root, 'locked'), 0o000);
	execFileSync('mkfifo', [join(root, 'pipe.txt')]);

	it('loads what it can and lists every other file with its reason, without blocking', async () => {
		const run = await runCli(['--json', '--max-size', '1', '.'], {cwd: root, nodeArgs: ['--import', injector], timeoutMs: 20_000, ...unprivileged});
		expect(run.timedOut).toBe(false);
		expect(run.stderr).toBe('');
		expect(run.code).toBe(0);
		const brief = JSON.parse(run.stdout) as JsonBrief;
		expect(briefProblems(brief)).toEqual([]);
		expect(brief.articles.map(loaded => loaded.path).sort()).toEqual(['good.txt', 'latin1-caf\uF7E9.txt', 'new\nline.txt', 'with spaces in name.txt'].sort());
		expect(reasonsByName(brief)).toEqual({
			'big.txt': 'too large: 1.7 MiB (1,800,000 bytes), the limit is 1.0 MiB (1,048,576 bytes)',
			'broken-link.txt': `broken symlink: its target ${JSON.stringify(join(root, 'gone.txt'))} does not exist`,
			'folder.txt': 'a directory, not a file (its name looks like an article file)',
			'grow-past-the-cap.txt': 'too large: 3.0 MiB (3,145,817 bytes), the limit is 1.0 MiB (1,048,576 bytes)',
			locked: 'permission denied: the folder cannot be read, so its articles cannot be loaded',
			'loop-a.txt': 'symlink loop: the link points back to itself',
			'loop-b.txt': 'symlink loop: the link points back to itself',
			'pipe.txt': 'not a regular file: a named pipe (FIFO)',
			'secret.txt': 'permission denied: the file cannot be read',
			'shrink-to-nothing.txt': 'empty file (0 bytes)',
			'swap-for-a-pipe.txt': 'not a regular file: a named pipe (FIFO)',
			'vanish-after-discovery.txt': 'vanished: the file was removed after it was found',
		});
	});
});
