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

/**
 * Runs `command` to completion; resolves with its wall time (ms), stdout size and stderr, or with
 * `{timedOut: true}` after `timeoutMs`, when its whole process group is ended. Rejects on failure.
 */
export function timeRun(command, args, {env = process.env, cwd, timeoutMs = 600_000, keepStdout = false} = {}) {
	return new Promise((resolve, reject) => {
		const started = performance.now();
		const child = spawn(command, args, {env, cwd, stdio: ['ignore', 'pipe', 'pipe'], detached: true});
		let stdoutBytes = 0;
		const stdout = [];
		let stderr = '';
		let timedOut = false;
		const timer = setTimeout(() => {
			timedOut = true;
			try {
				process.kill(-child.pid, 'SIGKILL');
			} catch {
				// Already gone.
			}
		}, timeoutMs);
		child.stdout.on('data', chunk => {
			stdoutBytes += chunk.length;
			if (keepStdout) stdout.push(chunk);
		});
		child.stderr.on('data', chunk => (stderr += chunk));
		child.on('error', reject);
		child.on('close', code => {
			clearTimeout(timer);
			const ms = performance.now() - started;
			if (timedOut) resolve({timedOut: true});
			else if (code !== 0) reject(new Error(`${command} ${args.join(' ')} exited ${code}: ${stderr.slice(-500)}`));
			else resolve({ms, stdoutBytes, stderr, stdout: Buffer.concat(stdout)});
		});
	});
}

/** A command run under GNU time: its peak resident memory (MB, all threads) and its output; undefined on timeout. */
export async function peakRss(command, args, options) {
	const result = await timeRun('/usr/bin/time', ['-v', command, ...args], {...options, keepStdout: true});
	if (result.timedOut) return undefined;
	const kilobytes = /Maximum resident set size \(kbytes\): (\d+)/.exec(result.stderr)?.[1];
	if (kilobytes === undefined) throw new Error('GNU time did not report the peak resident set size');
	return {megabytes: Number(kilobytes) / 1024, stdout: result.stdout};
}
