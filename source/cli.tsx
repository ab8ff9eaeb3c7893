import {readFile} from 'node:fs/promises';
import {fileURLToPath} from 'node:url';
import meow from 'meow';
import {briefSince, parsePreviousBrief} from './brief/since.js';
import {toSafeLine} from './clean/controls.js';
import {discover} from './load/discover.js';
import {InputError} from './load/inputError.js';
import type {Brief} from './model.js';
import {openCorpus} from './session/openCorpus.js';

// Only what every run needs is imported up front: reading, extraction, the outputs and the dashboard are
// loaded when used, so the dashboard's first frame waits for nothing it does not show.
const cli = meow(
	`
	Usage
	  $ ukraine-brief [PATH|GLOB...]

	Loads news articles (files, directories searched recursively, or glob patterns) and shows a briefing:
	headlines, key figures, quotes with their speakers and dated developments, each traced to its source.
	With no argument it opens the sample articles bundled with the package.

	Options
	  --json            Print the brief as JSON
	  --markdown        Print the brief as Markdown (headlines, figures table, quotes by speaker, developments)
	  --print           Print a plain-text briefing (the default when output is not a terminal)
	  --since <FILE>    Show only what is new since a previous --json output
	  --watch           Keep watching the inputs: new, changed and deleted files update the dashboard
	  --no-cache        Neither read nor write the per-article cache ($XDG_CACHE_HOME/ukraine-brief)
	  --max-size <MB>   Skip files larger than this (default 5)
	  --width <cols>    Line width of the plain-text briefing (default: the terminal's, else 80)

	Keys (dashboard)
	  Tab/h/l panes · j/k move · Enter source · / filter · ? help · q quit

	Examples
	  $ ukraine-brief
	  $ ukraine-brief ~/news/
	  $ ukraine-brief 'feeds/**/*.txt' --json > brief.json
	  $ ukraine-brief ~/news | less
	  $ ukraine-brief ~/news --since brief.json --markdown
`,
	{
		importMeta: import.meta,
		flags: {
			json: {type: 'boolean', default: false},
			markdown: {type: 'boolean', default: false},
			since: {type: 'string'},
			watch: {type: 'boolean', default: false},
			cache: {type: 'boolean', default: true},
			print: {type: 'boolean', default: false},
			maxSize: {type: 'number', default: 5},
			width: {type: 'number'},
		},
	},
);

function bundledCorpus(): string {
	return fileURLToPath(new URL('../articles/', import.meta.url));
}

async function main(): Promise<number> {
	const inputs = cli.input.length > 0 ? cli.input : [bundledCorpus()];
	const interactive = !cli.flags.json && !cli.flags.markdown && !cli.flags.print && process.stdout.isTTY && process.stdin.isTTY;
	// Ink draws nothing until exit when it believes it runs in CI (a CI variable is set). Here both ends are
	// terminals, so a person is watching: tell Ink before it is loaded.
	if (interactive && 'CI' in process.env) process.env.CI = 'false';
	// The dashboard loads while the folders are walked; a failed search reports its error instead.
	const dashboard = interactive ? import('./ui/run.js') : undefined;
	dashboard?.catch(() => {});
	const paths = await discover(inputs);
	if (paths.length === 0) throw new InputError(`No article files found in ${inputs.map(toSafeLine).join(', ')}`);
	const previous = cli.flags.since === undefined ? undefined : parsePreviousBrief(await readFile(cli.flags.since, 'utf8'));
	const shown = (brief: Brief) => (previous === undefined ? brief : briefSince(brief, previous));
	const analysis = {cache: cli.flags.cache, maxBytes: maxBytes()};

	if (dashboard === undefined) {
		const [{buildBriefFast}, {compactHeap}] = await Promise.all([import('./session/buildBriefFast.js'), import('./session/compactHeap.js')]);
		compactHeap();
		const brief = shown(await buildBriefFast(paths, analysis));
		if (cli.flags.json) await (await import('./brief/toJson.js')).writeJson(brief, process.stdout);
		else if (cli.flags.markdown) process.stdout.write((await import('./brief/markdown.js')).markdown(brief));
		else process.stdout.write((await import('./brief/plainText.js')).plainText(brief, cli.flags.width ?? process.stdout.columns ?? 80));
		return 0;
	}

	// The first frame goes out as soon as the dashboard is loaded; files are read and the brief fills in behind it.
	const {runDashboard} = await dashboard;
	const color = !('NO_COLOR' in process.env) || 'FORCE_COLOR' in process.env;
	const opened = openCorpus(paths, {...analysis, transform: shown});
	const following = cli.flags.watch ? import('./session/followCorpus.js').then(({followCorpus}) => followCorpus(opened, inputs, {...analysis, transform: shown})) : undefined;
	try {
		await runDashboard(opened.store, {color});
	} finally {
		opened.close();
		(await following)?.close();
	}
	return 0;
}

function maxBytes(): number {
	return Math.round(cli.flags.maxSize * 1024 * 1024);
}

try {
	const code = await main();
	// A signal that ended the dashboard has already set the exit code (129, 143); keep it.
	process.exitCode ??= code;
} catch (error) {
	if (error instanceof InputError) {
		process.stderr.write(`ukraine-brief: ${error.message}\n`);
		process.exitCode = 2;
	} else {
		process.stderr.write(`ukraine-brief: ${error instanceof Error ? error.message : String(error)}\n`);
		process.exitCode = 1;
	}
}
