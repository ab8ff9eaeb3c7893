/**
 * The dashboard in a real terminal, typed into a shell: the shared tmux driver (test/e2e/tmux.ts) running
 * bash in its pane, with the shell's prompt, the command's pid and the terminal modes bash is left with.
 */
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {vi} from 'vitest';
import {Terminal} from '../e2e/tmux.js';

export {hasTmux} from '../e2e/tmux.js';

export class TmuxPane extends Terminal {
	constructor(columns: number, rows: number, cwd: string) {
		super('bash --norc --noprofile', columns, rows, cwd);
		// A detached session keeps the size it is given; OSC 52 writes become tmux buffers, so a leak is visible.
		this.tmux('set-option', '-g', 'window-size', 'manual');
		this.tmux('set-option', '-g', 'set-clipboard', 'on');
		this.tmux('set-option', '-g', 'allow-rename', 'on');
		this.tmux('set-option', '-g', 'status', 'off');
		this.send(["PS1='$ '; stty sane", 'Enter']);
	}

	/** Types a command line and runs it. */
	run(command: string): void {
		this.send([command], {literal: true});
		this.send(['Enter']);
	}

	buffers(): string {
		return this.tmux('list-buffers');
	}

	/** The screen with wrapped lines joined, polled until `check` holds. */
	async waitForScreen(check: (screen: string) => boolean, what: string, timeout = 15_000): Promise<string> {
		return this.waitFor(check, what, timeout, true);
	}

	/** The pid of the command the shell is running (the CLI), once it has started. */
	async commandPid(): Promise<number> {
		const shell = this.display('#{pane_pid}');
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
		return this.waitForScreen(text => text.includes(`\n${marker}`), 'stty output');
	}

	/** Waits until the command has ended and the shell shows its prompt on the main screen. */
	async waitForPrompt(timeout = 15_000): Promise<string> {
		return this.waitForScreen(screen => this.display('#{alternate_on}') === '0' && /(^|\n)\$ *\n*$/.test(screen.trimEnd() + '\n'), 'the shell prompt', timeout);
	}
}

/** True when `stty -a` output shows a cooked terminal: canonical input and echo on. */
export function isCooked(sttyOutput: string): boolean {
	return /(^|\s)icanon(\s|$)/.test(sttyOutput) && /(^|\s)echo(\s|$)/.test(sttyOutput);
}
