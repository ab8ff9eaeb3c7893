/**
 * A real terminal for end-to-end tests: a private tmux server running one command in one pane, driven
 * with send-keys and read with capture-pane. Every wait polls the pane (no fixed sleeps); the pane's raw
 * output bytes can be recorded with pipe-pane.
 */
import {execFileSync} from 'node:child_process';
import {expect, vi} from 'vitest';

export function hasTmux(): boolean {
	try {
		execFileSync('tmux', ['-V'], {stdio: 'ignore'});
		return true;
	} catch {
		return false;
	}
}

let sessions = 0;

export class Terminal {
	private readonly socket = `ub-test-${process.pid}-${sessions++}`;

	/** Starts `command` (run by sh) in a detached pane of the given size, in `cwd`. */
	constructor(command: string, columns: number, rows: number, private readonly cwd: string) {
		this.tmux('new-session', '-d', '-s', 'main', '-x', String(columns), '-y', String(rows), '-c', cwd, command);
	}

	tmux(...args: string[]): string {
		return execFileSync('tmux', ['-L', this.socket, '-f', '/dev/null', ...args], {cwd: this.cwd, encoding: 'utf8'});
	}

	/** Sends tmux key names (`Tab`, `Enter`, `Escape`, `C-c`) or literal text with `{literal: true}`. */
	send(keys: readonly string[], options: {literal?: boolean} = {}): void {
		for (const key of keys) this.tmux('send-keys', '-t', 'main', ...(options.literal ? ['-l'] : []), key);
	}

	/** The screen as text; `joined` joins lines that the terminal wrapped. */
	capture(joined = false): string {
		return this.tmux('capture-pane', '-p', ...(joined ? ['-J'] : []), '-t', 'main');
	}

	/** A tmux format for the pane: `#{alternate_on}`, `#{cursor_flag}`, `#{pane_pid}`... */
	display(format: string): string {
		return this.tmux('display-message', '-p', '-t', 'main', format).trim();
	}

	resize(columns: number, rows: number): void {
		this.tmux('resize-window', '-t', 'main', '-x', String(columns), '-y', String(rows));
	}

	/** Appends every byte the program writes from now on to `file`. */
	record(file: string): void {
		this.tmux('pipe-pane', '-o', '-t', 'main', `cat >> ${JSON.stringify(file)}`);
	}

	stopRecording(): void {
		this.tmux('pipe-pane', '-t', 'main');
	}

	/**
	 * Polls the screen until `check` passes (returns anything but false and does not throw); returns the
	 * screen it passed on. `what` names the wait in the error that shows the last screen.
	 */
	async waitFor(check: (screen: string) => boolean | void, what = 'the screen', timeout = 10_000, joined = false): Promise<string> {
		return vi.waitFor(
			() => {
				const screen = this.capture(joined);
				if (check(screen) === false) throw new Error(`waiting for ${what}; the screen shows:\n${screen}`);
				return screen;
			},
			{timeout, interval: 50},
		);
	}

	kill(): void {
		try {
			this.tmux('kill-server');
		} catch {
			// Already gone.
		}
	}
}

/** Starts `command` (run by sh) in a detached tmux pane of the given size. */
export function startTerminal(command: string, columns: number, rows: number, cwd: string): Terminal {
	return new Terminal(command, columns, rows, cwd);
}

/** Asserts the screen contains every text. */
export function showing(...texts: string[]): (screen: string) => void {
	return screen => {
		for (const text of texts) expect(screen).toContain(text);
	};
}
