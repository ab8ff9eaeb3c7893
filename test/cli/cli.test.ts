import {execFile, spawn} from 'node:child_process';
import {chmodSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {promisify} from 'node:util';
import stringWidth from 'string-width';
import {describe, expect, it} from 'vitest';
import {tempFolder} from '../tempFolder.js';

const run = promisify(execFile);
const cli = 'dist/cli.js';

async function ukraineBrief(...args: string[]): Promise<{stdout: string; stderr: string; code: number}> {
	try {
		const {stdout, stderr} = await run('node', [cli, ...args], {env: {...process.env, NO_COLOR: '1'}});
		return {stdout, stderr, code: 0};
	} catch (error) {
		const failure = error as {stdout: string; stderr: string; code: number};
		return {stdout: failure.stdout, stderr: failure.stderr, code: failure.code};
	}
}

describe('ukraine-brief --json on the bundled corpus', () => {
	it('lists the five sample articles with their titles', async () => {
		const {stdout, code} = await ukraineBrief('--json');
		expect(code).toBe(0);
		const brief = JSON.parse(stdout);
		expect(brief.version).toBe(1);
		expect(brief.articles).toHaveLength(5);
		expect(brief.skipped).toEqual([]);
		const titles = brief.headlines.filter((headline: {kind: string}) => headline.kind === 'title').map((headline: {text: string}) => headline.text);
		expect(titles).toEqual([
			'This Week in Ukraine: Is the West Turning Its Back on Ukraine as Russia Ramps Up Support?',
			'Ukraine-Russia latest: Trump ‘to call Putin’ as Biden plans final surge in military aid to Kyiv',
		]);
		expect(brief.headlines.filter((headline: {kind: string}) => headline.kind === 'lede')).toHaveLength(3);
		for (const article of brief.articles) expect(article.title.length).toBeGreaterThan(10);
		const ids = new Set(brief.articles.map((article: {id: string}) => article.id));
		for (const item of [...brief.headlines, ...brief.figures, ...brief.quotes]) expect(ids.has(item.articleId)).toBe(true);
	});

	it('gives the same ids on every run', async () => {
		const [first, second] = await Promise.all([ukraineBrief('--json', 'articles'), ukraineBrief('--json', 'articles')]);
		expect(JSON.parse(first.stdout).articles.map((a: {id: string}) => a.id)).toEqual(JSON.parse(second.stdout).articles.map((a: {id: string}) => a.id));
	});
});

describe('bad input', () => {
	it('exits non-zero with a clear message and no stack trace for a missing path', async () => {
		const {code, stderr, stdout} = await ukraineBrief('--json', 'no/such/folder');
		expect(code).not.toBe(0);
		expect(stderr).toMatch(/no\/such\/folder/);
		expect(stderr).not.toMatch(/\bat .*\.js:\d+/);
		expect(stdout).toBe('');
	});

	it('lists an empty and a binary file as skipped and loads the rest', async () => {
		const folder = tempFolder('cli');
		writeFileSync(join(folder, 'empty.txt'), '');
		writeFileSync(join(folder, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01, 0x02]));
		writeFileSync(join(folder, 'good.txt'), 'Ukraine said on Sunday its forces had repelled 40 attacks near Pokrovsk.\n');
		const brief = JSON.parse((await ukraineBrief('--json', folder)).stdout);
		expect(brief.articles).toHaveLength(1);
		expect(brief.skipped.map((skipped: {path: string}) => skipped.path.replace(/^.*\//, '')).sort()).toEqual(['binary.txt', 'empty.txt']);
		for (const skipped of brief.skipped) expect(skipped.reason.length).toBeGreaterThan(3);
	});
});

/** A usage error: one line on stderr that starts with the program's name, exit 2, nothing on stdout. */
function expectUsageError(result: {stdout: string; stderr: string; code: number}, message: RegExp): void {
	expect(result.code).toBe(2);
	expect(result.stdout).toBe('');
	expect(result.stderr).toMatch(/^ukraine-brief: [^\n]+\n$/);
	expect(result.stderr).toMatch(message);
}

describe('options', () => {
	it('refuses an unknown option, naming it and the option it most likely meant', async () => {
		expectUsageError(await ukraineBrief('--jsno'), /unknown option --jsno \(did you mean --json\?\)/);
		expectUsageError(await ukraineBrief('--no-cahce', 'articles'), /unknown option --no-cahce \(did you mean --no-cache\?\)/);
	});

	it.each([
		[['--Json', 'articles'], /unknown option --Json \(did you mean --json\?\)/],
		[['articles', '--Json', 'test/fixtures', '--json'], /unknown option --Json \(did you mean --json\?\)/],
		[['--NO-CACHE', 'articles'], /unknown option --NO-CACHE \(did you mean --no-cache\?\)/],
		[['--jSoN'], /unknown option --jSoN \(did you mean --json\?\)/],
		[['--no-json', 'articles'], /unknown option --no-json;/],
		[['--no-watch', 'articles'], /unknown option --no-watch;/],
	])('refuses %j as typed, case and all, and never reads the path after it as its value', async (args, message) => {
		expectUsageError(await ukraineBrief(...args), message);
	});

	it('reads a path after -- as a path, even one that looks like an option', async () => {
		expectUsageError(await ukraineBrief('--json', '--', '--Json'), /No such file or directory: --Json/);
	});

	it.each([[['']], [['articles', '  ']], [['', '--print']]])('refuses an empty path argument %j instead of briefing the current folder', async args => {
		expectUsageError(await ukraineBrief(...args), /path argument \d is empty \("\s*"\); give a file, folder or glob/);
	});

	it('refuses an unknown short option with no suggestion', async () => {
		expectUsageError(await ukraineBrief('-x'), /unknown option -x; see ukraine-brief --help$/m);
	});

	it.each([
		[['--width', 'abc'], /--width takes a whole number of columns, 40 or more, not "abc"/],
		[['--width', '-5'], /--width takes .*, not "-5"/],
		[['--width', '0'], /--width takes .*, not "0"/],
		[['--width', '12.5'], /--width takes .*, not "12.5"/],
		[['--max-size', 'abc'], /--max-size takes a size in MiB above 0.*, not "abc"/],
		[['--max-size', '0'], /--max-size takes .*, not "0"/],
		[['--max-size'], /--max-size takes .*, and was given none/],
		[['--since'], /--since takes a file/],
	])('refuses %j, saying what the option takes', async (args, message) => {
		expectUsageError(await ukraineBrief(...args), message);
	});

	it('refuses an option given twice in the same voice as other usage errors', async () => {
		expectUsageError(await ukraineBrief('--width', '80', '--width', '90'), /--width can only be set once/);
	});

	it('refuses two outputs at once', async () => {
		expectUsageError(await ukraineBrief('--json', '--markdown'), /--json and --markdown ask for different outputs; choose one/);
		expectUsageError(await ukraineBrief('--markdown', '--print'), /--markdown and --print/);
	});

	it('refuses --watch with an output it cannot update', async () => {
		expectUsageError(await ukraineBrief('--watch', '--json'), /--watch .* cannot go with --json/);
	});

	it('notes on stderr that --watch needs a terminal, and prints the briefing once', async () => {
		const {stdout, stderr, code} = await ukraineBrief('--watch', 'articles');
		expect(code).toBe(0);
		expect(stderr).toBe('ukraine-brief: --watch needs a terminal (the dashboard); printing the briefing once\n');
		expect(stdout).toMatch(/^UKRAINE BRIEF: 5 articles/);
	});

	it('accepts a fractional --max-size in MiB', async () => {
		const {stdout, code} = await ukraineBrief('--json', '--max-size', '0.001', 'articles');
		expect(code).toBe(0);
		const brief = JSON.parse(stdout);
		expect(brief.skipped.length).toBeGreaterThan(0);
		for (const skipped of brief.skipped) expect(skipped.reason).toMatch(/the limit is 1\.0 KiB \(1,049 bytes\)$/);
	});
});

describe('--since', () => {
	it('shows nothing new against the brief of the same articles', async () => {
		const file = join(tempFolder('since'), 'brief.json');
		writeFileSync(file, (await ukraineBrief('--json', 'articles')).stdout);
		const {stdout, code} = await ukraineBrief('--json', '--since', file, 'articles');
		expect(code).toBe(0);
		const brief = JSON.parse(stdout);
		expect([brief.headlines, brief.figures, brief.quotes, brief.developments]).toEqual([[], [], [], []]);
	});

	it('says in --print, --markdown and --json that it is only what is new, and refuses such a delta as a --since file', async () => {
		const folder = tempFolder('since-delta');
		const full = join(folder, 'brief.json');
		const delta = join(folder, 'delta.json');
		writeFileSync(full, (await ukraineBrief('--json', 'articles/000_93396fbf0bbdbe70.txt')).stdout);
		expect((await ukraineBrief('--print', '--since', full, 'articles')).stdout).toMatch(/^UKRAINE BRIEF, new since .*brief\.json: 5 articles/);
		expect((await ukraineBrief('--markdown', '--since', full, 'articles')).stdout).toMatch(/^# Ukraine brief: new since .*brief\.json\n/);
		const {stdout} = await ukraineBrief('--json', '--since', full, 'articles');
		expect(JSON.parse(stdout).since).toEqual({file: full, newest: null});
		writeFileSync(delta, stdout);
		expectUsageError(await ukraineBrief('--since', delta, 'articles'), /delta\.json holds only what was new since .*brief\.json \(it was written with --since\); give a full --json brief/);
	});

	it('names a missing file and says why, as for other bad input', async () => {
		expectUsageError(await ukraineBrief('--json', '--since', '/no/such/brief.json', 'articles'), /the --since file \/no\/such\/brief\.json cannot be read: no such file/);
	});

	it('names a folder given as the file', async () => {
		const folder = tempFolder('since-folder');
		expectUsageError(await ukraineBrief('--json', '--since', folder, 'articles'), /the --since file .*since-folder.* cannot be read: it is a folder/);
	});

	it.skipIf(process.getuid?.() === 0)('names a file it may not read', async () => {
		const file = join(tempFolder('since-locked'), 'brief.json');
		writeFileSync(file, '{}');
		chmodSync(file, 0o000);
		expectUsageError(await ukraineBrief('--json', '--since', file, 'articles'), /the --since file .*brief\.json cannot be read: permission denied/);
	});

	it('names a file that is not JSON, or not a brief', async () => {
		const folder = tempFolder('since-bad');
		writeFileSync(join(folder, 'notes.txt'), 'Kyiv, Monday\n');
		writeFileSync(join(folder, 'other.json'), '{"articles": []}');
		expectUsageError(await ukraineBrief('--json', '--since', join(folder, 'notes.txt'), 'articles'), /the --since file .*notes\.txt is not JSON/);
		expectUsageError(await ukraineBrief('--json', '--since', join(folder, 'other.json'), 'articles'), /the --since file .*other\.json is not a brief/);
	});
});

describe('plain-text briefing', () => {
	it('is what a pipe gets, within 80 columns and free of escape sequences', async () => {
		const {stdout, code} = await ukraineBrief();
		expect(code).toBe(0);
		expect(stdout).toMatch(/^UKRAINE BRIEF: 5 articles, 0 skipped/);
		for (const heading of ['HEADLINES', 'KEY FIGURES', 'QUOTES', 'DEVELOPMENTS']) expect(stdout).toContain(heading);
		for (const line of stdout.split('\n')) expect(stringWidth(line)).toBeLessThanOrEqual(80);
		expect(stdout).not.toMatch(/\u001B/);
	});

	it.each([80, 100, 120])('indents sub-headlines alike at --width %i, wrapped or not, with wrapped lines under their text', async width => {
		const {stdout} = await ukraineBrief('--print', '--width', String(width), 'articles');
		const headlines = stdout.slice(stdout.indexOf('HEADLINES'), stdout.indexOf('KEY FIGURES')).split('\n').slice(2, -2);
		const sections = headlines.filter(line => /^ *- /.test(line));
		expect(sections.length).toBeGreaterThan(5);
		for (const line of sections) expect(line).toMatch(/^ {2}- \S/);
		// Every other line starts an item ("* "), or continues one under its text: two columns in for a
		// headline, four for a sub-headline.
		for (const [index, line] of headlines.entries()) {
			if (/^(?:\* | {2}- )/.test(line)) continue;
			const item = headlines.slice(0, index).findLast(previous => /^(?:\* | {2}- )/.test(previous))!;
			expect(line).toMatch(item.startsWith('*') ? /^ {2}\S/ : /^ {4}\S/);
		}
	});

	it('honours --width', async () => {
		const {stdout} = await ukraineBrief('--print', '--width', '60');
		for (const line of stdout.split('\n')) expect(stringWidth(line)).toBeLessThanOrEqual(60);
	});
});

/** Runs the CLI with stdout a pipe whose reader goes away after the first chunk, as `| head -1` or quitting `less` does. */
async function readerQuitsEarly(...args: string[]): Promise<{stderr: string; code: number | null; signal: NodeJS.Signals | null}> {
	const child = spawn('node', [cli, ...args], {env: {...process.env, NO_COLOR: '1'}});
	let stderr = '';
	child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
	child.stdout.once('data', () => child.stdout.destroy());
	const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>(resolve => child.on('close', (code, signal) => resolve([code, signal])));
	return {stderr, code, signal};
}

describe('a reader that closes the pipe early', () => {
	// Every output here is well over a pipe's buffer, so the CLI is still writing when the reader goes.
	it.each(['--print', '--json', '--markdown'])('ends %s quietly, with success', async output => {
		expect(await readerQuitsEarly(output, 'articles', 'test/fixtures/heldout', 'test/fixtures/heldout2', 'test/fixtures/heldout3')).toEqual({stderr: '', code: 0, signal: null});
	});
});

describe('--help and --version', () => {
	it('print usage with examples and the version', async () => {
		expect((await ukraineBrief('--help')).stdout).toMatch(/Usage[\s\S]*Examples/);
		expect((await ukraineBrief('--version')).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
	});

	it('fit the help in an 80-column terminal', async () => {
		const lines = (await ukraineBrief('--help')).stdout.split('\n');
		expect(lines.filter(line => line.length > 80)).toEqual([]);
	});

	it('take -h and -v as their short forms, as the help says', async () => {
		const help = await ukraineBrief('-h');
		expect(help.code).toBe(0);
		expect(help.stdout).toMatch(/-h, --help[\s\S]*-v, --version/);
		expect((await ukraineBrief('-v')).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
	});
});
