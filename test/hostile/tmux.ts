/**
 * A real terminal for the dashboard: a private tmux server running bash in one pane. Every wait polls the
 * pane (no fixed sleeps); the pane's raw output bytes can be recorded with pipe-pane.
 */
import {execFileSync, spawnSync} from 'node:child_process';
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {vi} from 'vitest';

export const hasTmux = spawnSync('tmux', ['-V']).status === 0;

let sessions = 0;

export class TmuxPane {
	private readonly socket = `ub-hostile-${process.pid}-${sessions++}`;

	constructor(columns: number, rows: number, cwd: string) {
		this.tmux('-f', '/dev/null', 'new-session', '-d', '-s', 'main', '-x', String(columns), '-y', String(rows), '-c', cwd, 'bash --norc --noprofile');
		// A detached session keeps the size it is given; OSC 52 writes become tmux buffers, so a leak is visible.
		this.tmux('set-option', '-g', 'window-size', 'manual');
		this.tmux('set-option', '-g', 'set-clipboard', 'on');
		this.tmux('set-option', '-g', 'allow-rename', 'on');
		this.tmux('set-option', '-g', 'status', 'off');
		this.tmux('send-keys', '-t', 'main', "PS1='$ '; stty sane", 'Enter');
	}

	tmux(...args: string[]): string {
		return execFileSync('tmux', ['-L', this.socket, ...args], {encoding: 'utf8'});
	}

	/** Records every byte written to the pane from now on into `file`. */
	recordTo(file: string): void {
		this.tmux('pipe-pane', '-o', '-t', 'main', `cat >> ${JSON.stringify(file)}`);
	}

	stopRecording(): void {
		this.tmux('pipe-pane', '-t', 'main');
	}

	/** Types a command line and runs it. */
	run(command: string): void {
		this.tmux('send-keys', '-t', 'main', '-l', command);
		this.tmux('send-keys', '-t', 'main', 'Enter');
	}

	/** Presses keys by tmux name (`Enter`, `Escape`, `C-c`) or as literal characters. */
	press(...keys: string[]): void {
		for (const key of keys) this.tmux('send-keys', '-t', 'main', key);
	}

	screen(): string {
		return this.tmux('capture-pane', '-p', '-J', '-t', 'main');
	}

	/** A tmux format for the pane: `#{pane_title}`, `#{alternate_on}`, `#{cursor_flag}`, `#{pane_pid}`... */
	format(format: string): string {
		return this.tmux('display-message', '-p', '-t', 'main', format).trim();
	}

	buffers(): string {
		return this.tmux('list-buffers');
	}

	resize(columns: number, rows: number): void {
		this.tmux('resize-window', '-t', 'main', '-x', String(columns), '-y', String(rows));
	}

	async waitFor(check: (screen: string) => boolean, what: string, timeout = 15_000): Promise<string> {
		return vi.waitFor(
			() => {
				const screen = this.screen();
				if (!check(screen)) throw new Error(`waiting for ${what}; the screen shows:\n${screen}`);
				return screen;
			},
			{timeout, interval: 50},
		);
	}

	/** The pid of the command the shell is running (the CLI), once it has started. */
	async commandPid(): Promise<number> {
		const shell = this.format('#{pane_pid}');
		return vi.waitFor(
			() => {
				const children = readFileSync(join('/proc', shell, 'task', shell, 'children'), 'utf8').trim().split(/\s+/).filter(Boolean);
				if (children.length !== 1) throw new Error(`shell ${shell} has children [${children.join(' ')}]`);
				return Number(children[0]);
			},
			{timeout: 15_000, interval: 50},
		);
	}

	/** Waits for the shell prompt to come back, then reads the terminal modes bash left: `stty -a`. */
	async terminalModes(): Promise<string> {
		await this.waitForPrompt();
		const marker = `modes-${Date.now()}`;
		this.run(`stty -a | tr '\\n' ' '; echo; echo ${marker}`);
		const screen = await this.waitFor(text => text.includes(`\n${marker}`), 'stty output');
		return screen;
	}

	/** Waits until the command has ended and the shell shows its prompt on the main screen. */
	async waitForPrompt(timeout = 15_000): Promise<string> {
		return this.waitFor(screen => this.format('#{alternate_on}') === '0' && /(^|\n)\$ *\n*$/.test(screen.trimEnd() + '\n'), 'the shell prompt', timeout);
	}

	close(): void {
		spawnSync('tmux', ['-L', this.socket, 'kill-server']);
	}
}

/** True when `stty -a` output shows a cooked terminal: canonical input and echo on. */
export function isCooked(sttyOutput: string): boolean {
	return /(^|\s)icanon(\s|$)/.test(sttyOutput) && /(^|\s)echo(\s|$)/.test(sttyOutput);
}
