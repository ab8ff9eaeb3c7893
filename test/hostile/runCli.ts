import {spawn} from 'node:child_process';
import {resolve} from 'node:path';

export const cliPath = resolve(import.meta.dirname, '../../dist/cli.js');

export interface CliRun {
	readonly stdout: string;
	readonly stderr: string;
	/** Exit code, or null when a signal ended the process. */
	readonly code: number | null;
	readonly signal: NodeJS.Signals | null;
	/** True when the run was killed for taking longer than `timeoutMs`. */
	readonly timedOut: boolean;
	readonly ms: number;
}

export interface CliOptions {
	readonly cwd?: string;
	readonly env?: NodeJS.ProcessEnv;
	readonly timeoutMs?: number;
	/** Run as another user (root reads every file whatever its mode). */
	readonly uid?: number;
	readonly gid?: number;
	/** Extra `node` flags before the script, e.g. `--import` of a fault injector. */
	readonly nodeArgs?: readonly string[];
}

/** Runs the built CLI with stdin closed and stdout a pipe; never hangs longer than `timeoutMs`. */
export function runCli(args: readonly string[], options: CliOptions = {}): Promise<CliRun> {
	const started = performance.now();
	return new Promise(done => {
		const child = spawn(process.execPath, [...(options.nodeArgs ?? []), cliPath, ...args], {
			cwd: options.cwd,
			env: {...process.env, NO_COLOR: '1', ...options.env},
			stdio: ['ignore', 'pipe', 'pipe'],
			...(options.uid === undefined ? {} : {uid: options.uid, gid: options.gid ?? options.uid}),
		});
		const stdout: Buffer[] = [];
		const stderr: Buffer[] = [];
		child.stdout.on('data', chunk => stdout.push(chunk));
		child.stderr.on('data', chunk => stderr.push(chunk));
		let timedOut = false;
		const timer = setTimeout(() => {
			timedOut = true;
			child.kill('SIGKILL');
		}, options.timeoutMs ?? 20_000);
		child.on('close', (code, signal) => {
			clearTimeout(timer);
			done({
				stdout: Buffer.concat(stdout).toString('utf8'),
				stderr: Buffer.concat(stderr).toString('utf8'),
				code,
				signal,
				timedOut,
				ms: performance.now() - started,
			});
		});
	});
}
