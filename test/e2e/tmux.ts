/**
 * A real terminal for end-to-end tests: tmux on a private socket, driven with send-keys and read
 * with capture-pane.
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

export interface Terminal {
	/** Sends tmux key names (`Tab`, `Enter`, `Escape`, `C-c`) or literal text with `{literal: true}`. */
	send(keys: readonly string[], options?: {literal?: boolean}): void;
	capture(): string;
	/** A tmux format for the pane, e.g. `#{alternate_on}`. */
	display(format: string): string;
	resize(columns: number, rows: number): void;
	/** Appends every byte the program writes from now on to `file`. */
	record(file: string): void;
	/** Polls the screen until `check` passes; returns the screen it passed on. */
	waitFor(check: (screen: string) => void, timeout?: number): Promise<string>;
	kill(): void;
}

let sessions = 0;

/** Starts `command` (run by sh) in a detached tmux pane of the given size. */
export function startTerminal(command: string, columns: number, rows: number, cwd: string): Terminal {
	const socket = `ub-e2e-${process.pid}-${sessions++}`;
	const tmux = (...args: string[]) => execFileSync('tmux', ['-L', socket, '-f', '/dev/null', ...args], {cwd, encoding: 'utf8'});
	tmux(
		'new-session',
		'-d',
		'-s',
		'e2e',
		'-x',
		String(columns),
		'-y',
		String(rows),
		command,
	);
	const capture = () => tmux('capture-pane', '-p', '-t', 'e2e');
	return {
		send: (keys, options = {}) => {
			for (const key of keys) tmux('send-keys', '-t', 'e2e', ...(options.literal ? ['-l'] : []), key);
		},
		capture,
		display: format => tmux('display-message', '-p', '-t', 'e2e', format).trim(),
		resize: (width, height) => {
			tmux('resize-window', '-t', 'e2e', '-x', String(width), '-y', String(height));
		},
		record: file => {
			tmux('pipe-pane', '-o', '-t', 'e2e', `cat >> '${file}'`);
		},
		waitFor: async (check, timeout = 10_000) => {
			let screen = '';
			await vi.waitFor(
				() => {
					screen = capture();
					check(screen);
				},
				{timeout, interval: 50},
			);
			return screen;
		},
		kill: () => {
			try {
				tmux('kill-server');
			} catch {
				// Already gone.
			}
		},
	};
}

/** Asserts the screen contains every text. */
export function showing(...texts: string[]): (screen: string) => void {
	return screen => {
		for (const text of texts) expect(screen).toContain(text);
	};
}
