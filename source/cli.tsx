import {readFile} from 'node:fs/promises';
import {fileURLToPath} from 'node:url';
import meow from 'meow';
import {markdown} from './brief/markdown.js';
import {toSafeLine} from './clean/controls.js';
import {plainText} from './brief/plainText.js';
import {briefSince, parsePreviousBrief} from './brief/since.js';
import {writeJson} from './brief/toJson.js';
import {InputError, loadArticles, type LoadResult} from './load/index.js';
import {type CorpusChange, watchCorpus} from './load/watch.js';
import type {Brief} from './model.js';
import {buildBriefFast} from './session/buildBriefFast.js';
import {openCorpus, type OpenedCorpus} from './session/openCorpus.js';
import {LiveBrief} from './brief/liveBrief.js';

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
	const loaded = await loadArticles(inputs, {maxBytes: maxBytes()});
	if (loaded.discovered === 0) throw new InputError(`No article files found in ${inputs.map(toSafeLine).join(', ')}`);
	const previous = cli.flags.since === undefined ? undefined : parsePreviousBrief(await readFile(cli.flags.since, 'utf8'));
	const shown = (brief: Brief) => (previous === undefined ? brief : briefSince(brief, previous));
	const analysis = {cache: cli.flags.cache};

	const interactive = !cli.flags.json && !cli.flags.markdown && !cli.flags.print && process.stdout.isTTY && process.stdin.isTTY;
	if (!interactive) {
		const brief = shown(await buildBriefFast(loaded, analysis));
		if (cli.flags.json) await writeJson(brief, process.stdout);
		else if (cli.flags.markdown) process.stdout.write(markdown(brief));
		else process.stdout.write(plainText(brief, cli.flags.width ?? process.stdout.columns ?? 80));
		return 0;
	}

	// Ink draws nothing until exit when it believes it runs in CI (a CI variable is set). Here both ends are
	// terminals, so a person is watching: tell Ink before it is loaded.
	if ('CI' in process.env) process.env.CI = 'false';
	// The first frame goes out as soon as the files are read; the brief fills in behind it.
	const {runDashboard} = await import('./ui/run.js');
	const color = !('NO_COLOR' in process.env) || 'FORCE_COLOR' in process.env;
	const opened = openCorpus(loaded, {...analysis, transform: shown});
	const watcher = cli.flags.watch ? watchInto(opened, inputs, loaded, shown) : undefined;
	await runDashboard(opened.store, {color});
	watcher?.close();
	return 0;
}

/**
 * Keeps the store's brief in step with the files: only changed files are read and extracted again. The
 * watch starts at once, so nothing written while the first analysis runs is missed; what it finds in
 * that time waits for the analysis and is applied after it.
 */
function watchInto(opened: OpenedCorpus, inputs: readonly string[], loaded: LoadResult, shown: (brief: Brief) => Brief) {
	const live = new LiveBrief();
	let waiting: CorpusChange[] | undefined = [];
	const apply = (changes: readonly CorpusChange[]) => {
		for (const change of changes) live.update(change.loaded, change.removed);
		opened.store.set({brief: shown(live.brief), progress: null, fresh: new Set(live.fresh)});
	};
	void opened.done.then(({analysed}) => {
		live.seed(loaded, analysed);
		const changes = waiting ?? [];
		waiting = undefined;
		if (changes.length > 0) apply(changes);
	});
	return watchCorpus(inputs, loaded, {maxBytes: maxBytes()}, change => {
		if (waiting === undefined) apply([change]);
		else waiting.push(change);
	});
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
