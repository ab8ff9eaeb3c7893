import {render} from 'ink';
import type {SinceNote} from '../brief/since.js';
import type {BriefStore} from '../brief/store.js';
import {App} from './app.js';
import {ScreenWriter} from './screenWriter.js';

export interface DashboardOptions {
	/** False under NO_COLOR: no colour at all, meaning still carried by markers and inverse/bold. */
	readonly color: boolean;
	/** With `--since`: the brief the dashboard shows only what is new against. */
	readonly since?: SinceNote | undefined;
}

const enterScreen = '\u001B[?1049h\u001B[H\u001B[2J\u001B[?25l';
const leaveScreen = '\u001B[?25h\u001B[?1049l';

/**
 * Shows the brief full-screen until the user quits. The terminal is restored (main screen back,
 * cursor shown) however it ends: q, Ctrl-C, SIGINT, SIGTERM, SIGHUP, or an exception.
 */
export async function runDashboard(store: BriefStore, options: DashboardOptions): Promise<void> {
	const stdout = process.stdout;
	let restored = false;
	const restore = () => {
		if (restored) return;
		restored = true;
		stdout.write(leaveScreen);
	};
	stdout.write(enterScreen);
	// Last resort for a crash outside React: 'exit' handlers run synchronously, and TTY writes are synchronous.
	process.once('exit', restore);
	// On a terminal, frames go through a writer that rewrites only the lines that changed.
	const screen = stdout.isTTY ? new ScreenWriter(stdout) : undefined;
	// The writer implements what Ink uses of a TTY stream (write, size, resize events), not all of it.
	const instance = render(<App store={store} color={options.color} since={options.since} />, {exitOnCtrlC: false, stdout: (screen as unknown as NodeJS.WriteStream | undefined) ?? stdout});
	const onSignal = (signal: NodeJS.Signals) => {
		process.exitCode = signal === 'SIGTERM' ? 143 : signal === 'SIGINT' ? 130 : 129;
		instance.unmount();
	};
	process.once('SIGTERM', onSignal);
	process.once('SIGHUP', onSignal);
	// Ctrl-C reaches the app as a key in raw mode; a SIGINT sent by another process must end it too.
	process.once('SIGINT', onSignal);
	try {
		await instance.waitUntilExit();
	} finally {
		process.off('SIGTERM', onSignal);
		process.off('SIGHUP', onSignal);
		process.off('SIGINT', onSignal);
		process.off('exit', restore);
		instance.cleanup();
		screen?.dispose();
		restore();
	}
}
