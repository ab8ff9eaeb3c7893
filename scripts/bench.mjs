// `npm run bench`: the performance targets measured in one run, each against a baseline measured in the
// same run, printed as a table and written to docs/performance.md. See that file for what each row means.
import {execFileSync} from 'node:child_process';
import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {availableParallelism, cpus, loadavg, tmpdir, totalmem} from 'node:os';
import {join} from 'node:path';
import {replicatedTexts, writeCorpus} from './bench/corpus.mjs';
import {extractionLines, extractionTarget} from './bench/extractionReport.mjs';
import {buildHelloWorld} from './bench/helloWorld.mjs';
import {median, peakRss, percentile, timeRun} from './bench/measure.mjs';
import {PtySession} from './bench/pty.mjs';
import {markdownTable, row, terminalTable} from './bench/report.mjs';
import {extractionBench} from './bench/stages.mjs';

const projectRoot = process.cwd();
// BENCH_ONLY=frame,extract,json,large,keys runs some parts alone and only prints them; docs stay untouched.
const only = process.env.BENCH_ONLY?.split(',');
const runs = part => only === undefined || only.includes(part);
// BENCH_CLI measures another build of the CLI (an older release, say) with the same harness.
const cli = process.env.BENCH_CLI ?? join(projectRoot, 'dist/cli.js');
const startedAt = performance.now();
/** Everything must fit in five minutes; slow steps get fewer runs and a time limit instead of stalling the run. */
const budgetMs = 285_000;
const remaining = () => budgetMs - (performance.now() - startedAt);
const work = mkdtempSync(join(tmpdir(), 'ukraine-brief-bench-'));
const rows = [];
const notes = [];
const log = message => process.stderr.write(`[${((performance.now() - startedAt) / 1000).toFixed(0).padStart(3)} s] ${message}\n`);

let cacheHomes = 0;
/** A fresh, empty XDG_CACHE_HOME: a cold start. */
const coldCache = () => join(work, `xdg-${cacheHomes++}`);
const env = cacheHome => ({...process.env, XDG_CACHE_HOME: cacheHome, NO_COLOR: '1'});

function machine() {
	const cpu = cpus()[0]?.model ?? 'unknown CPU';
	let kernel = '';
	try {
		kernel = execFileSync('uname', ['-sr'], {encoding: 'utf8'}).trim();
	} catch {
		// Not essential to the report.
	}
	// The load average says how busy the machine was: other work slows runs and baselines alike, not always evenly.
	return `${availableParallelism()} cores (nproc), ${cpu}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM, Node ${process.version}, ${kernel}, load average ${loadavg()[0].toFixed(1)} at start${cpuPressure()}`;
}

/**
 * On Linux, the share of the last minute in which runnable work waited for a processor: on a shared virtual machine
 * it also counts time taken by other guests, which the load average does not show.
 */
function cpuPressure() {
	try {
		const some = /some avg10=[\d.]+ avg60=([\d.]+)/.exec(readFileSync('/proc/pressure/cpu', 'utf8'));
		return some === null ? '' : `, CPU pressure ${Number(some[1]).toFixed(0)} % over the last minute`;
	} catch {
		return '';
	}
}

/** `runs` timed runs of the CLI or a baseline, fewer when the first is slow; a run over `limitMs` counts as missing. */
async function timed(label, command, args, {runs, limitMs, cacheHome}) {
	const samples = [];
	for (let run = 0; run < runs; run++) {
		if (run > 0 && (samples[0] * (runs - run) > remaining() / 4 || samples[0] > 20_000)) break;
		const home = typeof cacheHome === 'function' ? cacheHome() : cacheHome;
		const result = await timeRun(command, args, {env: env(home), cwd: projectRoot, timeoutMs: limitMs});
		if (result.timedOut) {
			log(`${label}: over ${limitMs / 1000} s, stopped`);
			return {median: `> ${limitMs / 1000} s`, samples};
		}
		samples.push(result.ms);
	}
	log(`${label}: ${samples.map(ms => Math.round(ms)).join(', ')} ms`);
	return {median: median(samples), samples};
}

async function firstFrame(command, args, cacheHome) {
	const session = new PtySession(command, args, {env: env(cacheHome), cwd: projectRoot});
	try {
		return await session.firstFrame();
	} finally {
		await session.stop();
	}
}

const runsNote = result => (Array.isArray(result.samples) ? `median of ${result.samples.length}` : '');

async function benchFirstFrame(hello) {
	const warmHome = coldCache();
	await timeRun('node', [cli, '--json'], {env: env(warmHome), cwd: projectRoot});
	const app = [];
	const baseline = [];
	// Interleaved, so a burst of load on the machine hits both alike.
	for (let run = 0; run < 9; run++) {
		baseline.push(await firstFrame('node', [hello], warmHome));
		app.push(await firstFrame('node', [cli], warmHome));
	}
	const value = median(app);
	const base = median(baseline);
	log(`first frame: app ${app.map(Math.round).join(', ')}; hello ${baseline.map(Math.round).join(', ')}`);
	rows.push(row('First frame, bundled corpus (pty, warm cache)', value, 'ms', {baseline: base, baselineName: 'Ink hello-world', target: '<= 1.2x', met: value <= base * 1.2, note: 'median of 9'}));
}

async function benchExtraction() {
	const {texts} = replicatedTexts(join(projectRoot, 'articles'), 20e6);
	const result = await extractionBench(texts, {directory: work, projectRoot, runs: 3});
	// Both throughputs are judged against the same target, beside the regex split of the same run.
	const throughput = (name, mbps) => row(name, mbps, 'MB/s', {
		baseline: result.regexMBps,
		baselineName: 'regex sentence split',
		target: `>= ${extractionTarget} MB/s`,
		met: mbps >= extractionTarget,
	});
	rows.push(
		throughput('Extraction, one core (clean + extract)', result.analyseMBps),
		throughput('Extraction of cleaned text, one core', result.extractMBps),
	);
	notes.push('### Extraction by stage', '', '```', ...extractionLines(result), '```', '');
	log(`extraction: ${result.analyseMBps.toFixed(2)} MB/s`);
}

async function benchJson(label, corpus, files) {
	const baseline = await timed(`${label} baseline`, 'node', [join(projectRoot, 'scripts/bench/baseline.mjs'), corpus], {runs: 5, limitMs: 30_000, cacheHome: coldCache()});
	const cold = await timed(`${label} cold --json`, 'node', [cli, '--json', corpus], {runs: 3, limitMs: Math.min(120_000, remaining() / 3), cacheHome: coldCache});
	rows.push(row(`Cold --json, ${label} (${files})`, cold.median, 'ms', {baseline: baseline.median, baselineName: 'read + regex split', note: runsNote(cold)}));
	return {baseline, cold};
}

async function benchLarge(corpus, bytes) {
	const {baseline} = await benchJson('10k articles', corpus, `${(bytes / 1e6).toFixed(1)} MB`);
	// One cold run under GNU time gives the peak memory and fills the cache the warm runs use.
	const warmHome = coldCache();
	const rssLimit = Math.min(120_000, remaining() / 3);
	const measured = await peakRss('node', [cli, '--json', corpus], {env: env(warmHome), cwd: projectRoot, timeoutMs: rssLimit});
	const rss = measured?.megabytes ?? `n/a: over ${Math.round(rssLimit / 1000)} s`;
	rows.push(row('Peak RSS, cold --json, 10k articles', rss, 'MB', {target: '<= 300 MB', met: measured === undefined ? undefined : rss <= 300}));
	const warm = await timed('10k warm --json', 'node', [cli, '--json', corpus], {runs: 3, limitMs: Math.min(90_000, remaining() / 4), cacheHome: warmHome});
	rows.push(row('Warm --json, 10k articles (cache present)', warm.median, 'ms', {baseline: baseline.median, baselineName: 'read + regex split', note: runsNote(warm)}));

	const coldFrames = [];
	for (let run = 0; run < 3; run++) coldFrames.push(await firstFrame('node', [cli, corpus], coldCache()));
	rows.push(row('First frame, 10k articles, cold (pty)', median(coldFrames), 'ms', {baseline: baseline.median, baselineName: 'read + regex split', target: '<= 2 s', met: median(coldFrames) <= 2000, note: 'median of 3'}));
	const warmFrames = [];
	for (let run = 0; run < 3; run++) warmFrames.push(await firstFrame('node', [cli, corpus], warmHome));
	rows.push(row('First frame, 10k articles, warm (pty)', median(warmFrames), 'ms', {baseline: baseline.median, baselineName: 'read + regex split', target: '<= 0.5 s', met: median(warmFrames) <= 500, note: 'median of 3'}));
	log(`10k first frame: cold ${coldFrames.map(Math.round).join(', ')}; warm ${warmFrames.map(Math.round).join(', ')}`);
	return {warmHome, brief: measured?.stdout};
}

/** The pane with the most entries in the corpus's --json brief, and the key that focuses it. */
function largestPane(json) {
	try {
		const brief = JSON.parse(json.toString('utf8'));
		const panes = [
			['1', 'headlines', brief.headlines.length],
			['2', 'figures', brief.figures.length],
			['3', 'quotes', brief.quotes.length],
			['4', 'developments', brief.developments.length],
		].sort((a, b) => b[2] - a[2]);
		return panes[0];
	} catch {
		// No brief to count (the cold run was stopped): the figures pane is the usual largest.
		return ['2', 'figures', undefined];
	}
}

async function benchKeys(corpus, cacheHome, json) {
	const [key, pane, entries] = largestPane(json);
	const session = new PtySession('node', [cli, corpus], {env: env(cacheHome), cwd: projectRoot});
	try {
		await session.firstFrame();
		const loadLimit = Math.max(5_000, Math.min(60_000, remaining() - 40_000));
		let loaded = true;
		try {
			// The progress line ("Loading 9000/10000 articles") names the total too: the summary's count is followed by " · ".
			await session.until(() => /\b10000 articles · /.test(session.text.slice(-20_000)), loadLimit);
			// Once every article is in, the cross-article stages run without drawing and one last frame follows:
			// the corpus is loaded when the output has then been quiet for 5 s.
			await session.quiet(5000, loadLimit);
		} catch {
			loaded = false;
			notes.push(`The dashboard had not finished loading the 10k corpus after ${Math.round(loadLimit / 1000)} s: keys were measured while it was still loading.`, '');
		}
		const largestFrame = Math.max(...frames(session));
		await session.press(key, 100);
		const moves = [];
		for (let press = 0; press < 40; press++) moves.push(await session.press(press % 20 < 10 ? 'j' : 'k'));
		const latencies = moves.map(move => move.ms);
		const bytes = median(moves.map(move => move.bytes));
		const fullFrame = Math.max(largestFrame, ...frames(session));
		const where = `${pane} pane${entries === undefined ? '' : ` (${entries} entries)`}${loaded ? '' : ', while loading'}`;
		rows.push(row(`j/k to frame, median, ${where}`, median(latencies), 'ms', {target: '<= 10 ms', met: median(latencies) <= 10, note: '40 presses'}));
		rows.push(row('j/k to frame, p95', percentile(latencies, 0.95), 'ms'));
		rows.push(row('Bytes per j/k move vs one full frame', (100 * bytes) / fullFrame, '%', {target: '<= 25 %', met: bytes <= fullFrame * 0.25, note: `${bytes} B of ${fullFrame} B`}));
		log(`keys: ${latencies.map(Math.round).join(', ')} ms; ${bytes} B per move, full frame ${fullFrame} B`);
	} finally {
		await session.stop();
	}
}

/** Bytes of each burst of output (writes less than 15 ms apart): one burst is one frame. */
function frames(session) {
	const sizes = [];
	let last = -Infinity;
	for (const chunk of session.chunks) {
		if (chunk.at - last > 15 || sizes.length === 0) sizes.push(0);
		sizes[sizes.length - 1] += chunk.bytes;
		last = chunk.at;
	}
	return sizes;
}

function writeReport(description, totalMs) {
	const table = terminalTable(rows);
	process.stdout.write(`\n${description}\n\n${table}\n\n${notes.join('\n')}\nBenchmark time: ${(totalMs / 1000).toFixed(0)} s\n`);
	if (only !== undefined) return;
	const template = readFileSync(join(projectRoot, 'scripts/bench/performance.template.md'), 'utf8');
	const measured = process.env.BENCH_CLI === undefined ? 'dist/cli.js' : 'the build named by BENCH_CLI';
	const results = [`Machine: ${description}`, '', `CLI measured: ${measured}`, '', markdownTable(rows), '', ...notes, `Benchmark time: ${(totalMs / 1000).toFixed(0)} s.`].join('\n');
	writeFileSync(join(projectRoot, 'docs/performance.md'), template.replace('<!-- results -->', results));
}

try {
	const description = machine();
	log(description);
	const small = join(work, 'corpus-1k');
	const large = join(work, 'corpus-10k');
	const smallBytes = writeCorpus(small, 1000, {seed: 1, samplesDir: join(projectRoot, 'articles')});
	const largeBytes = writeCorpus(large, 10_000, {seed: 2, samplesDir: join(projectRoot, 'articles')});
	log(`corpora: 1k ${(smallBytes / 1e6).toFixed(1)} MB, 10k ${(largeBytes / 1e6).toFixed(1)} MB`);
	mkdirSync(join(work, 'hello'));
	const hello = await buildHelloWorld(join(work, 'hello'), projectRoot);

	if (runs('frame')) await benchFirstFrame(hello);
	if (runs('extract')) await benchExtraction();
	if (runs('json')) await benchJson('1k articles', small, `${(smallBytes / 1e6).toFixed(1)} MB`);
	if (runs('large')) {
		const {warmHome, brief} = await benchLarge(large, largeBytes);
		if (runs('keys')) await benchKeys(large, warmHome, brief);
	} else if (runs('keys')) {
		const warmHome = coldCache();
		const filled = await timeRun('node', [cli, '--json', large], {env: env(warmHome), cwd: projectRoot, keepStdout: true});
		await benchKeys(large, warmHome, filled.stdout);
	}
	writeReport(description, performance.now() - startedAt);
} finally {
	rmSync(work, {recursive: true, force: true});
}
