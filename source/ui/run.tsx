import {render} from 'ink';
import type {BriefStore} from '../brief/store.js';
import {App} from './app.js';

export interface DashboardOptions {
	/** False under NO_COLOR: no colour at all, meaning still carried by markers and inverse/bold. */
	readonly color: boolean;
}

const enterScreen = '\u001B[?1049h\u001B[H\u001B[2J\u001B[?25l';
const leaveScreen = '\u001B[?25h\u001B[?1049l';

/**
 * Shows the brief full-screen until the user quits. The terminal is restored (main screen back,
 * cursor shown) however it ends: q, Ctrl-C, SIGTERM, SIGHUP, or an exception.
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
	const instance = render(<App store={store} color={options.color} />, {exitOnCtrlC: false});
	const onSignal = (signal: NodeJS.Signals) => {
		process.exitCode = signal === 'SIGTERM' ? 143 : 129;
		instance.unmount();
	};
	process.once('SIGTERM', onSignal);
	process.once('SIGHUP', onSignal);
	try {
		await instance.waitUntilExit();
	} finally {
		process.off('SIGTERM', onSignal);
		process.off('SIGHUP', onSignal);
		process.off('exit', restore);
		instance.cleanup();
		restore();
	}
}
