// Timing helpers shared by the benchmarks.
import {spawn} from 'node:child_process';

export function median(values) {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export function percentile(values, fraction) {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)];
}

/** Runs `command` to completion; resolves with its wall time (ms), stdout size and exit code. Rejects on failure. */
export function timeRun(command, args, {env = process.env, cwd} = {}) {
	return new Promise((resolve, reject) => {
		const started = performance.now();
		const child = spawn(command, args, {env, cwd, stdio: ['ignore', 'pipe', 'pipe']});
		let stdoutBytes = 0;
		let stderr = '';
		child.stdout.on('data', chunk => (stdoutBytes += chunk.length));
		child.stderr.on('data', chunk => (stderr += chunk));
		child.on('error', reject);
		child.on('close', code => {
			const ms = performance.now() - started;
			if (code !== 0) reject(new Error(`${command} ${args.join(' ')} exited ${code}: ${stderr.slice(-500)}`));
			else resolve({ms, stdoutBytes, stderr});
		});
	});
}

/** `runs` repetitions of an async measurement returning ms; the median and every sample. */
export async function repeat(runs, measure) {
	const samples = [];
	for (let run = 0; run < runs; run++) samples.push(await measure(run));
	return {median: median(samples), samples};
}

/** Peak resident memory (MB) of a command and all its threads, as GNU time reports it. */
export async function peakRss(command, args, options) {
	const {stderr} = await timeRun('/usr/bin/time', ['-v', command, ...args], options);
	const kilobytes = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr)?.[1];
	if (kilobytes === undefined) throw new Error('GNU time did not report the peak resident set size');
	return Number(kilobytes) / 1024;
}
