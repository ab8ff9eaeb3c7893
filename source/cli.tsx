import {readFile} from 'node:fs/promises';
import {fileURLToPath} from 'node:url';
import meow from 'meow';
import {briefSince, parsePreviousBrief, type PreviousBrief} from './brief/since.js';
import {toSafeLine, visibleControls} from './clean/controls.js';
import {discover} from './load/discover.js';
import {errorCode} from './load/errorCode.js';
import {InputError} from './load/inputError.js';
import type {Brief} from './model.js';
import {openCorpus} from './session/openCorpus.js';
import {numberOption, rejectUnknownOptions, type TypedOption, UsageError} from './usage.js';

// Only what every run needs is imported up front: reading, extraction, the outputs and the dashboard are
// loaded when used, so the dashboard's first frame waits for nothing it does not show.
const help = `
	Usage
	  $ ukraine-brief [PATH|GLOB...]

	Loads news articles (files, folders searched recursively, or glob patterns)
	and shows a briefing: headlines, key figures, quotes with their speakers and
	dated developments, each traced to its source. With no argument it opens the
	sample articles bundled with the package.

	Options
	  --json            Print the brief as JSON
	  --markdown        Print the brief as Markdown
	  --print           Print a plain-text briefing (the default when output
	                    is not a terminal)
	  --since <FILE>    Show only what is new since a previous --json output
	  --watch           Keep watching the inputs: new, changed and deleted
	                    files update the dashboard
	  --no-cache        Neither read nor write the per-article cache
	                    ($XDG_CACHE_HOME/ukraine-brief)
	  --max-size <MiB>  Skip files larger than this (default 5; 1 MiB is
	                    1,048,576 bytes)
	  --width <cols>    Line width of the plain-text briefing, 40 or more
	                    (default: the terminal's, else 80)
	  -h, --help        Show this help
	  -v, --version     Show the version

	Keys (dashboard)
	  Tab/h/l panes · j/k move · Enter source · / filter · p speakers
	  S skipped · ? help · q quit

	Examples
	  $ ukraine-brief
	  $ ukraine-brief ~/news/
	  $ ukraine-brief 'feeds/**/*.txt' --json > brief.json
	  $ ukraine-brief ~/news | less
	  $ ukraine-brief ~/news --since brief.json --markdown
`;

// The numbers are read as strings and checked here: meow turns "abc" into null and drops a missing value.
const flags = {
	json: {type: 'boolean', default: false},
	markdown: {type: 'boolean', default: false},
	since: {type: 'string'},
	watch: {type: 'boolean', default: false},
	cache: {type: 'boolean', default: true},
	print: {type: 'boolean', default: false},
	maxSize: {type: 'string'},
	width: {type: 'string'},
} as const;

/** The short forms, read as their long ones. */
const shortOptions: Readonly<Record<string, string>> = {'-h': '--help', '-v': '--version'};

/**
 * The options as they may be typed, case and all. A boolean is typed the way that changes something: `--json`,
 * and `--no-cache` for the one that is on by default; `--no-json` would ask for nothing, so it is refused.
 */
const typedOptions: readonly TypedOption[] = [
	...Object.entries(flags).map(([key, flag]) => {
		const name = key.replace(/[A-Z]/g, letter => `-${letter.toLowerCase()}`);
		return {name: flag.type === 'boolean' && flag.default ? `--no-${name}` : `--${name}`, takesValue: flag.type === 'string'};
	}),
	...['--help', '--version', ...Object.keys(shortOptions)].map(name => ({name, takesValue: false})),
];

/**
 * The command line, checked: an unknown option, a bad value, an empty path or two outputs at once is a {@link UsageError}.
 * meow's own check of unknown options is not used, as it exits by itself with a message in another form.
 */
function commandLine(argv: readonly string[]) {
	rejectUnknownOptions(argv, typedOptions);
	let cli;
	try {
		cli = meow(help, {importMeta: import.meta, description: false, flags, argv: argv.map(argument => shortOptions[argument] ?? argument)});
	} catch (error) {
		// meow throws for a repeated option ("The flag --width can only be set once."); said in this CLI's voice.
		const message = error instanceof Error ? error.message : String(error);
		throw new UsageError(message.charAt(0).toLowerCase() + message.slice(1).replace(/\.$/, ''));
	}
	// An unset variable in a script ("$DIR") gives an empty path, which would otherwise mean the current folder.
	const empty = cli.input.findIndex(input => input.trim() === '');
	if (empty >= 0) throw new UsageError(`path argument ${empty + 1} is empty (${JSON.stringify(visibleControls(cli.input[empty]!))}); give a file, folder or glob, or "." for the current folder`);
	const outputs = (['json', 'markdown', 'print'] as const).filter(output => cli.flags[output]);
	if (outputs.length > 1) throw new UsageError(`--${outputs.join(' and --')} ask for different outputs; choose one`);
	if (cli.flags.watch && outputs.length > 0) throw new UsageError(`--watch updates the dashboard, so it cannot go with --${outputs[0]}`);
	const since: unknown = cli.flags.since;
	if (since !== undefined && (typeof since !== 'string' || since.trim() === '')) throw new UsageError('--since takes a file: a previous --json output');
	return {
		inputs: cli.input,
		output: outputs[0],
		since,
		watch: cli.flags.watch,
		cache: cli.flags.cache,
		maxBytes: Math.round((numberOption('max-size', cli.flags.maxSize, {minimum: 0, whole: false, accepts: 'a size in MiB above 0, such as 5 or 0.5'}) ?? 5) * 1024 * 1024),
		width: numberOption('width', cli.flags.width, {minimum: 40, whole: true, accepts: 'a whole number of columns, 40 or more'}),
	};
}

type Options = ReturnType<typeof commandLine>;

function bundledCorpus(): string {
	return fileURLToPath(new URL('../articles/', import.meta.url));
}

async function main(options: Options): Promise<number> {
	const inputs = options.inputs.length > 0 ? options.inputs : [bundledCorpus()];
	const interactive = options.output === undefined && process.stdout.isTTY && process.stdin.isTTY;
	// Printing once is still what a pipe wants; the note says why nothing follows.
	if (options.watch && !interactive) process.stderr.write('ukraine-brief: --watch needs a terminal (the dashboard); printing the briefing once\n');
	// Ink draws nothing until exit when it believes it runs in CI (a CI variable is set). Here both ends are
	// terminals, so a person is watching: tell Ink before it is loaded.
	if (interactive && 'CI' in process.env) process.env.CI = 'false';
	// The dashboard loads while the folders are walked; a failed search reports its error instead.
	const dashboard = interactive ? import('./ui/run.js') : undefined;
	dashboard?.catch(() => {});
	const paths = await discover(inputs);
	if (paths.length === 0) throw new InputError(`No article files found in ${inputs.map(toSafeLine).join(', ')}`);
	const previous = options.since === undefined ? undefined : await readPreviousBrief(options.since);
	// A delta says what it was compared with, so that nobody takes it for the whole picture.
	const note = options.since === undefined || previous === undefined ? undefined : {file: visibleControls(options.since), newest: previous.newest};
	const shown = (brief: Brief) => (previous === undefined ? brief : briefSince(brief, previous));
	const analysis = {cache: options.cache, maxBytes: options.maxBytes};

	if (dashboard === undefined) {
		const [{buildBriefFast}, {compactHeap}] = await Promise.all([import('./session/buildBriefFast.js'), import('./session/compactHeap.js')]);
		compactHeap();
		const brief = shown(await buildBriefFast(paths, analysis));
		if (options.output === 'json') await (await import('./brief/toJson.js')).writeJson(brief, process.stdout, note);
		else if (options.output === 'markdown') process.stdout.write((await import('./brief/markdown.js')).markdown(brief, note));
		else process.stdout.write((await import('./brief/plainText.js')).plainText(brief, options.width ?? process.stdout.columns ?? 80, note));
		return 0;
	}

	// The first frame goes out as soon as the dashboard is loaded; files are read and the brief fills in behind it.
	const {runDashboard} = await dashboard;
	const color = !('NO_COLOR' in process.env) || 'FORCE_COLOR' in process.env;
	const opened = openCorpus(paths, {...analysis, transform: shown});
	const following = options.watch ? import('./session/followCorpus.js').then(({followCorpus}) => followCorpus(opened, inputs, {...analysis, transform: shown})) : undefined;
	try {
		await runDashboard(opened.store, {color, since: note});
	} finally {
		opened.close();
		(await following)?.close();
	}
	return 0;
}

/** The previous brief `--since` names; a file that cannot be read or is no brief is bad input, like a missing path. */
async function readPreviousBrief(path: string): Promise<PreviousBrief> {
	const name = `the --since file ${toSafeLine(path)}`;
	let json: string;
	try {
		json = await readFile(path, 'utf8');
	} catch (error) {
		throw new InputError(`${name} cannot be read: ${readProblem(error)}`);
	}
	try {
		return parsePreviousBrief(json, name);
	} catch (error) {
		throw new InputError(error instanceof Error ? error.message : String(error));
	}
}

function readProblem(error: unknown): string {
	const code = errorCode(error);
	if (code === 'ENOENT') return 'no such file';
	if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
	if (code === 'EISDIR') return 'it is a folder';
	return error instanceof Error ? error.message : String(error);
}

// A reader that stops early (`| head`, quitting `less`) closes the pipe: it has read all it wanted, so the run
// ends at once, quietly and with success (a script under `set -o pipefail` is not failed by its reader), with no
// more output built or written.
process.stdout.on('error', error => {
	if ((error as NodeJS.ErrnoException).code === 'EPIPE') process.exit(0);
	throw error;
});

try {
	const code = await main(commandLine(process.argv.slice(2)));
	// A signal that ended the dashboard has already set the exit code (129, 143); keep it.
	process.exitCode ??= code;
} catch (error) {
	process.stderr.write(`ukraine-brief: ${error instanceof Error ? error.message : String(error)}\n`);
	// Bad input and a bad command line are the user's to fix (2); anything else is a failure (1).
	process.exitCode = error instanceof InputError || error instanceof UsageError ? 2 : 1;
}
