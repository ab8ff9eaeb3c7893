import {mkdirSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {expect, it} from 'vitest';
import {runCli} from './runCli.js';
import {tempFolder} from '../tempFolder.js';

const fileCount = 100_000;
const perFolder = 1000;
// Creating the files is the test's own set-up, not the product: on a slow disk it is skipped, saying so.
const creationBudgetMs = 40_000;

it(`loads ${fileCount.toLocaleString('en')} tiny files in one run: every one counted, none lost`, {timeout: 300_000}, async context => {
	const root = tempFolder('hostile-many');
	const started = performance.now();
	for (let index = 0; index < fileCount; index++) {
		const folder = join(root, `d${Math.floor(index / perFolder)}`);
		if (index % perFolder === 0) mkdirSync(folder);
		writeFileSync(join(folder, `a${index}.txt`), `Kyiv said ${index} drones were shot down overnight.\n`);
		if (performance.now() - started > creationBudgetMs) {
			context.skip(`creating ${fileCount} files took over ${creationBudgetMs / 1000} s here (${index} made): too slow a disk for this test`);
		}
	}
	const run = await runCli(['--json', root], {timeoutMs: 240_000});
	expect(run.timedOut).toBe(false);
	expect(run.code).toBe(0);
	const brief = JSON.parse(run.stdout) as {articles: unknown[]; skipped: unknown[]};
	expect(brief.articles.length + brief.skipped.length).toBe(fileCount);
	expect(brief.skipped).toEqual([]);
});
