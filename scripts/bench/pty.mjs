// A program run in a real pseudo-terminal (util-linux `script`), with every byte it writes timed:
// first-frame and keypress-to-frame measurements read the same stream the user's terminal would.
import {spawn} from 'node:child_process';

const escapeSequence = /\u001B\[[0-?]*[ -/]*[@-~]|\u001B\][^\u0007\u001B]*(?:\u0007|\u001B\\)|\u001B[()][0-9A-Za-z]|\u001B[@-Z\\-_=>]/g;

/** What a terminal would show of `text`: escape sequences and control characters removed. */
export function visible(text) {
	return text.replace(escapeSequence, '').replace(/[\u0000-\u001F\u007F]/g, '');
}

const quote = argument => `'${String(argument).replaceAll("'", "'\\''")}'`;

export class PtySession {
	/** Starts `command args` in a `cols`×`rows` pseudo-terminal. */
	constructor(command, args, {cols = 120, rows = 40, env = process.env, cwd} = {}) {
		this.startedAt = performance.now();
		this.chunks = [];
		this.bytes = 0;
		this.text = '';
		this.firstVisibleAt = undefined;
		this.waiters = [];
		const shell = `stty cols ${cols} rows ${rows} -echo; exec ${[command, ...args].map(quote).join(' ')}`;
		// Its own process group, so stopping it never leaves the program behind.
		this.child = spawn('script', ['-qfec', shell, '/dev/null'], {env, cwd, stdio: ['pipe', 'pipe', 'inherit'], detached: true});
		this.exited = new Promise(resolve => this.child.on('exit', resolve));
		this.child.stdout.on('data', chunk => {
			const at = performance.now();
			this.chunks.push({at, bytes: chunk.length});
			this.bytes += chunk.length;
			this.text += chunk.toString('utf8');
			if (this.firstVisibleAt === undefined && visible(chunk.toString('utf8')).trim() !== '') this.firstVisibleAt = at;
			for (const waiter of [...this.waiters]) waiter();
		});
	}

	/** Milliseconds from spawn until the first character a user could see. */
	async firstFrame(timeoutMs = 20_000) {
		await this.until(() => this.firstVisibleAt !== undefined, timeoutMs);
		return this.firstVisibleAt - this.startedAt;
	}

	/** Resolves once `condition()` holds (checked whenever output arrives); rejects after `timeoutMs`. */
	until(condition, timeoutMs) {
		if (condition()) return Promise.resolve();
		return new Promise((resolve, reject) => {
			const timer = setTimeout(() => {
				this.waiters = this.waiters.filter(waiter => waiter !== check);
				reject(new Error(`timed out after ${timeoutMs} ms; last output: ${JSON.stringify(visible(this.text.slice(-400)))}`));
			}, timeoutMs);
			const check = () => {
				if (!condition()) return;
				clearTimeout(timer);
				this.waiters = this.waiters.filter(waiter => waiter !== check);
				resolve();
			};
			this.waiters.push(check);
		});
	}

	/** Waits until nothing has been written for `quietMs`. */
	async quiet(quietMs, timeoutMs = 60_000) {
		const deadline = performance.now() + timeoutMs;
		for (;;) {
			const last = this.chunks.at(-1)?.at ?? this.startedAt;
			const idle = performance.now() - last;
			if (idle >= quietMs) return;
			if (performance.now() > deadline) throw new Error('the program never went quiet');
			await new Promise(resolve => setTimeout(resolve, quietMs - idle + 1));
		}
	}

	/**
	 * Sends `keys` and waits for the frame it causes: until output has been quiet for `quietMs`.
	 * Returns the time to the last byte of that frame and the bytes written for it.
	 */
	async press(keys, quietMs = 40) {
		const before = this.chunks.length;
		const sentAt = performance.now();
		this.child.stdin.write(keys);
		await this.until(() => this.chunks.length > before, 5_000);
		await this.quiet(quietMs);
		const frame = this.chunks.slice(before);
		return {ms: frame.at(-1).at - sentAt, firstByteMs: frame[0].at - sentAt, bytes: frame.reduce((sum, chunk) => sum + chunk.bytes, 0)};
	}

	/** Asks the program to quit with `quitKeys`, then ends its process group if it has not gone within a second. */
	async stop(quitKeys = 'q') {
		if (this.child.exitCode === null) this.child.stdin.write(quitKeys);
		const timeout = new Promise(resolve => setTimeout(() => resolve('timeout'), 1000));
		if ((await Promise.race([this.exited, timeout])) === 'timeout') {
			try {
				process.kill(-this.child.pid, 'SIGKILL');
			} catch {
				// Already gone.
			}
			await this.exited;
		}
	}
}
