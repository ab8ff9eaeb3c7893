// The long fuzz run: `npm run fuzz [-- --cases 100000 --seed 42 --workers 2 --hang-ms 30000]`.
// Each case is generated from (seed + index), so any failure is reproduced by its index alone. Cases run on
// worker threads; one that runs past --hang-ms is a hang: its worker is stopped and a new one carries on.
// Reports cases, crashes (exceptions), broken invariants, hangs, and the slowest case per MB.
import {availableParallelism} from 'node:os';
import {parseArgs} from 'node:util';
import {Worker, isMainThread, parentPort, workerData} from 'node:worker_threads';

// Ten slots per round: mostly prose-like input, some raw bytes, one pathological shape (the slowest kind).
const kinds = ['synthetic articles', 'synthetic articles', 'synthetic articles', 'synthetic articles', 'mutated samples', 'mutated samples', 'mutated samples', 'random bytes, any format', 'random bytes, any format', 'pathological shapes'];

if (isMainThread) await main();
else await work();

async function main() {
	const {values} = parseArgs({
		options: {
			cases: {type: 'string', default: '100000'},
			seed: {type: 'string', default: String(Date.now() % 1_000_000)},
			workers: {type: 'string', default: String(Math.max(1, Math.min(4, availableParallelism())))},
			'hang-ms': {type: 'string', default: '30000'},
			'huge-mb': {type: 'string', default: '10'},
		},
	});
	const cases = Number(values.cases);
	const seed = Number(values.seed);
	const hangMs = Number(values['hang-ms']);
	const workers = Number(values.workers);
	const stats = {cases: 0, crashes: [], broken: [], hangs: [], bytes: 0, ms: 0, slowestPerMb: null, slowest: null, byKind: {}};
	const started = performance.now();

	const record = result => {
		stats.cases++;
		stats.bytes += result.bytes;
		stats.ms += result.ms;
		const kind = (stats.byKind[result.kind] ??= {cases: 0, ms: 0, bytes: 0});
		kind.cases++;
		kind.ms += result.ms;
		kind.bytes += result.bytes;
		if (result.error) stats.crashes.push({index: result.index, kind: result.kind, error: result.error});
		if (result.problems?.length) stats.broken.push({index: result.index, kind: result.kind, problems: result.problems.slice(0, 3)});
		// Per MB only means something for inputs big enough that fixed costs do not dominate.
		const perMb = result.bytes >= 16_384 ? result.ms / (result.bytes / 1_048_576) : 0;
		if (perMb > (stats.slowestPerMb?.msPerMb ?? 0)) stats.slowestPerMb = {index: result.index, kind: result.kind, label: result.label, bytes: result.bytes, ms: Math.round(result.ms), msPerMb: Math.round(perMb)};
		if (result.ms > (stats.slowest?.ms ?? 0)) stats.slowest = {index: result.index, kind: result.kind, label: result.label, bytes: result.bytes, ms: Math.round(result.ms)};
		if (stats.cases % 5000 === 0) process.stderr.write(`fuzz: ${stats.cases}/${cases} cases, ${stats.crashes.length} crashes, ${stats.broken.length} broken, ${stats.hangs.length} hangs, ${Math.round((performance.now() - started) / 1000)} s\n`);
	};

	// The fixed huge cases first (index -1, -2): a 10 MB single line and 100k quote marks.
	const ranges = [{from: -2, to: 0}];
	const per = Math.ceil(cases / workers);
	for (let from = 0; from < cases; from += per) ranges.push({from, to: Math.min(cases, from + per)});

	await Promise.all(ranges.map(range => runRange(range, {seed, hangMs, hugeMb: Number(values['huge-mb'])}, record, stats)));

	const summary = {
		seed,
		cases: stats.cases,
		crashes: stats.crashes.length,
		brokenInvariants: stats.broken.length,
		hangs: stats.hangs.length,
		megabytes: Math.round((stats.bytes / 1_048_576) * 10) / 10,
		seconds: Math.round((performance.now() - started) / 1000),
		slowestPerMb: stats.slowestPerMb,
		slowest: stats.slowest,
		byKind: Object.fromEntries(Object.entries(stats.byKind).map(([kind, k]) => [kind, {cases: k.cases, msPerCase: Math.round((k.ms / k.cases) * 10) / 10, kbPerCase: Math.round(k.bytes / k.cases / 102.4) / 10}])),
		firstCrashes: stats.crashes.slice(0, 5),
		firstBroken: stats.broken.slice(0, 5),
		hangList: stats.hangs.slice(0, 5),
	};
	process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
	process.exitCode = summary.crashes + summary.brokenInvariants + summary.hangs > 0 ? 1 : 0;
}

/** Runs cases [from, to) on a worker, replacing the worker whenever a case hangs. */
function runRange({from, to}, options, record, stats) {
	return new Promise(done => {
		let next = from;
		const start = () => {
			if (next >= to) return done();
			const worker = new Worker(new URL(import.meta.url), {workerData: {from: next, to, ...options}});
			let current = {index: next, since: performance.now()};
			const watchdog = setInterval(() => {
				if (performance.now() - current.since < options.hangMs) return;
				clearInterval(watchdog);
				stats.hangs.push({index: current.index, kind: kindOf(current.index)});
				next = current.index + 1;
				worker.terminate().then(start);
			}, 250);
			worker.on('message', message => {
				if (message.type === 'start') current = {index: message.index, since: performance.now()};
				else {
					record(message);
					next = message.index + 1;
				}
			});
			worker.on('error', error => {
				clearInterval(watchdog);
				stats.crashes.push({index: current.index, kind: kindOf(current.index), error: `worker died: ${error.message}`});
				next = current.index + 1;
				start();
			});
			worker.on('exit', () => {
				clearInterval(watchdog);
				if (next >= to) done();
			});
		};
		start();
	});
}

function kindOf(index) {
	return index < 0 ? 'huge fixed cases' : kinds[index % kinds.length];
}

async function work() {
	// Module hooks do not reach worker threads in Node 20: each worker registers tsx for itself.
	(await import('tsx/esm/api')).register();
	const fc = (await import('fast-check')).default;
	const {hostileArticle, hostileBytes, mutatedArticle} = await import('../test/hostile/arbitraries.ts');
	const {pathologicalInputs} = await import('../test/hostile/pathological.ts');
	const {briefInvariantProblems, fileExtensions, loadFromBytes} = await import('../test/hostile/pipeline.ts');
	const {buildBrief} = await import('../source/brief/buildBrief.ts');
	const {from, to, seed, hugeMb} = workerData;
	const encoder = new TextEncoder();
	const shapes = Object.entries(pathologicalInputs);
	const one = (arbitrary, index) => fc.sample(arbitrary, {seed: seed + index, numRuns: 1})[0];

	/** The files of case `index`: [name, bytes][] plus a label saying what it is. */
	const caseFiles = index => {
		if (index === -2) return {label: `${hugeMb} MB single line`, files: [['huge.txt', encoder.encode(pathologicalInputs['one line of prose, no newline'](hugeMb * 1_048_576))]]};
		if (index === -1) return {label: '100k quote marks', files: [['quotes.txt', encoder.encode('“'.repeat(50_000) + '"'.repeat(50_000))]]};
		switch (kindOf(index)) {
			case 'synthetic articles': {
				const texts = one(fc.array(hostileArticle(), {minLength: 1, maxLength: 3}), index);
				return {label: 'synthetic', files: texts.map((text, at) => [`a${at}.txt`, encoder.encode(text)])};
			}
			case 'mutated samples':
				return {label: 'mutated', files: [['m.txt', encoder.encode(one(mutatedArticle(), index))]]};
			case 'random bytes, any format': {
				const [bytes, extension] = one(fc.tuple(hostileBytes(), fc.constantFrom(...fileExtensions)), index);
				return {label: `bytes .${extension}`, files: [[`b.${extension}`, bytes]]};
			}
			default: {
				const [[name, make], length] = one(fc.tuple(fc.constantFrom(...shapes), fc.integer({min: 1, max: 20_000})), index);
				return {label: `${name} x${length}`, files: [['p.txt', encoder.encode(make(length))]]};
			}
		}
	};

	for (let index = from; index < to; index++) {
		parentPort.postMessage({type: 'start', index});
		const {label, files} = caseFiles(index);
		const bytes = files.reduce((sum, [, data]) => sum + data.length, 0);
		const started = performance.now();
		let error;
		let problems = [];
		try {
			problems = briefInvariantProblems(buildBrief(await loadFromBytes(files)));
		} catch (thrown) {
			error = thrown instanceof Error ? `${thrown.name}: ${thrown.message} @ ${thrown.stack?.split('\n')[1]?.trim()}` : String(thrown);
		}
		parentPort.postMessage({type: 'done', index, kind: kindOf(index), label, bytes, ms: performance.now() - started, error, problems});
	}
}
