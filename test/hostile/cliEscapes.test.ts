import {describe, expect, it} from 'vitest';
import {briefProblems} from './briefSchema.js';
import {writeHostileCorpus} from './hostileCorpus.js';
import {escapePayloads, hazardsIn} from './payloads.js';
import {runCli} from './runCli.js';
import {tempFolder} from '../tempFolder.js';

// The whole corpus in one folder, through the built CLI: what a user's terminal or script receives.
describe('dist/cli.js on a folder of hostile articles and file names', () => {
	const root = tempFolder('hostile-cli-escapes');
	const placementsWritten = writeHostileCorpus(root, escapePayloads);

	it.each([['--print'], ['--markdown']])('%s writes no control sequence', async flag => {
		const run = await runCli([flag, root]);
		expect(run.code).toBe(0);
		expect(placementsWritten).toBeGreaterThan(300);
		expect(hazardsIn(run.stdout)).toEqual([]);
		expect(hazardsIn(run.stderr)).toEqual([]);
		expect(run.stdout).toContain('Kyiv braces for winter as strikes hit the grid');
	});

	it('--json keeps every text field free of controls, in the JSON text and once parsed', async () => {
		const run = await runCli(['--json', root]);
		expect(run.code).toBe(0);
		expect(hazardsIn(run.stdout)).toEqual([]);
		const brief = JSON.parse(run.stdout);
		expect(briefProblems(brief)).toEqual([]);
		expect(brief.articles.length + brief.skipped.length).toBe(escapePayloads.length * 4 + 2);
	});

	it('keeps a hostile command-line argument out of the error message', async () => {
		const run = await runCli(['--json', `${root}/no-such-\u001B]0;pwned\u0007-\u009B2J-\u202Efile`]);
		expect(run.code).toBe(2);
		expect(run.stderr).toMatch(/^ukraine-brief: No such file or directory: .*no-such-.*file\n$/);
		expect(hazardsIn(run.stderr)).toEqual([]);
	});
});
