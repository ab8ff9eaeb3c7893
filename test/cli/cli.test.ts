import {execFile} from 'node:child_process';
import {writeFileSync} from 'node:fs';
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

describe('plain-text briefing', () => {
	it('is what a pipe gets, within 80 columns and free of escape sequences', async () => {
		const {stdout, code} = await ukraineBrief();
		expect(code).toBe(0);
		expect(stdout).toMatch(/^UKRAINE BRIEF: 5 articles, 0 skipped/);
		for (const heading of ['HEADLINES', 'KEY FIGURES', 'QUOTES', 'DEVELOPMENTS']) expect(stdout).toContain(heading);
		for (const line of stdout.split('\n')) expect(stringWidth(line)).toBeLessThanOrEqual(80);
		expect(stdout).not.toMatch(/\u001B/);
	});

	it('honours --width', async () => {
		const {stdout} = await ukraineBrief('--print', '--width', '60');
		for (const line of stdout.split('\n')) expect(stringWidth(line)).toBeLessThanOrEqual(60);
	});
});

describe('--help and --version', () => {
	it('print usage with examples and the version', async () => {
		expect((await ukraineBrief('--help')).stdout).toMatch(/Usage[\s\S]*Examples/);
		expect((await ukraineBrief('--version')).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
	});
});
