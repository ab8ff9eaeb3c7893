import {execFileSync} from 'node:child_process';
import {existsSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import stringWidth from 'string-width';
import {afterEach, describe, expect, it} from 'vitest';
import {type Terminal, hasTmux, showing, startTerminal} from './tmux.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const cli = `${root}dist/cli.js`;
const missing = !hasTmux() ? 'tmux is not installed (apt-get install -y tmux)' : !existsSync(cli) ? 'dist/cli.js is not built (npm run build)' : null;
if (missing !== null) console.warn(`Skipping the real-terminal tests: ${missing}.`);

const marker = 'shell before the dashboard';
// The shell outlives the dashboard, so what the terminal shows afterwards can be read.
const command = `printf '%s\\n' '${marker}'; node dist/cli.js; echo "dashboard exited with $?"; exec sleep 600`;

let terminal: Terminal | undefined;
afterEach(() => terminal?.kill());

function start(columns: number, rows: number): Terminal {
	terminal = startTerminal(command, columns, rows, root);
	return terminal;
}

/** The dashboard is drawn once, at the top, within the width: no leftovers of an earlier layout. */
function cleanScreen(columns: number): (screen: string) => void {
	return screen => {
		const lines = screen.split('\n');
		expect(lines[0]).toMatch(/^ukraine-brief {2}\d+ articles? · \d+ skipped/);
		expect(screen.split('ukraine-brief')).toHaveLength(2);
		for (const line of lines) expect(stringWidth(line)).toBeLessThanOrEqual(columns);
		expect(screen).toContain('? help');
	};
}

/** Back on the shell's own screen: the alternate screen is left and what was there before shows again. */
async function expectRestored(term: Terminal): Promise<string> {
	const screen = await term.waitFor(showing(marker, 'dashboard exited with'));
	expect(screen).not.toContain('ukraine-brief');
	expect(term.display('#{alternate_on}')).toBe('0');
	expect(term.display('#{cursor_flag}')).toBe('1');
	return screen;
}

/** The dashboard's process: the only child of the pane's shell. */
function dashboardPid(term: Terminal): number {
	const shell = term.display('#{pane_pid}');
	return Number(execFileSync('ps', ['-o', 'pid=', '--ppid', shell], {encoding: 'utf8'}).trim().split(/\s+/)[0]);
}

describe.skipIf(missing !== null)('the dashboard in a real terminal', () => {
	it('walks panes, opens a source, filters, shows help, survives resizes and quits cleanly at 100x30', async () => {
		const term = start(100, 30);
		await term.waitFor(showing('[1 Headlines', '2 Key figures', '3 Quotes', '4 Developments'));
		expect(term.display('#{alternate_on}')).toBe('1');
		await term.waitFor(cleanScreen(100));

		term.send(['Tab']);
		await term.waitFor(showing('[2 Key figures', '› 2 Key figures', 'Measures'));
		term.send(['3']);
		await term.waitFor(showing('[3 Quotes', '› 3 Quotes'));
		term.send(['4']);
		await term.waitFor(showing('[4 Developments', 'Development'));
		term.send(['BTab']);
		await term.waitFor(showing('[3 Quotes'));

		term.send(['1', 'j', 'Enter']);
		const source = await term.waitFor(screen => expect(screen).toMatch(/Headline · (title|lede|section)[\s\S]*line \d+\/\d+/));
		expect(source).toMatch(/┃ › \S/);
		term.send(['Escape']);
		await term.waitFor(showing('[1 Headlines'));

		term.send(['/']);
		term.send(['zelensky'], {literal: true});
		await term.waitFor(screen => expect(screen).toMatch(/\/zelensky▏ +\d+ match/));
		term.send(['Enter']);
		await term.waitFor(showing('Esc clear filter'));
		term.send(['Escape']);
		await term.waitFor(screen => expect(screen).not.toContain('/zelensky'));

		term.send(['?']);
		await term.waitFor(showing('Keys here', 'Next pane', 'Filter all panes'));
		term.send(['Escape']);
		await term.waitFor(showing('[1 Headlines'));

		term.resize(80, 24);
		await term.waitFor(cleanScreen(80));
		await term.waitFor(showing('[1 Headlines'));
		term.resize(130, 36);
		await term.waitFor(screen => {
			cleanScreen(130)(screen);
			expect(screen).not.toContain('[1 Headlines');
			expect(screen).toMatch(/› 1 Headlines.*2 Key figures/);
		});

		term.send(['q']);
		expect(await expectRestored(term)).toContain('dashboard exited with 0');
	});

	it('opens the source view and help at 80x24 and quits with Ctrl-C', async () => {
		const term = start(80, 24);
		await term.waitFor(cleanScreen(80));
		// Enter acts on the list as shown: wait until the developments are in.
		await term.waitFor(screen => expect(screen).not.toContain('Loading'));
		term.send(['4', 'Enter']);
		await term.waitFor(screen => expect(screen).toMatch(/(Development · |Sources · )/));
		term.send(['?']);
		await term.waitFor(showing('Keys here', 'Back'));
		term.send(['Escape']);
		await term.waitFor(screen => expect(screen).not.toContain('Keys here'));
		term.send(['C-c']);
		await expectRestored(term);
	});

	it.each(['SIGTERM', 'SIGHUP'] as const)('restores the terminal on %s', async signal => {
		const term = start(80, 24);
		await term.waitFor(cleanScreen(80));
		process.kill(dashboardPid(term), signal);
		await expectRestored(term);
	});
});
