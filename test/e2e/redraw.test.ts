import {existsSync, mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {afterEach, describe, expect, it, vi} from 'vitest';
import {type Terminal, hasTmux, showing, startTerminal} from './tmux.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const missing = !hasTmux() || !existsSync(`${root}dist/cli.js`);

const rows = 40;
/** Where the dashboard leaves the cursor after a frame: the row below it (the frame is one row short of the screen). */
const parked = `\u001B[${rows};1H`;

let terminal: Terminal | undefined;
let directory: string | undefined;
afterEach(() => {
	terminal?.kill();
	if (directory !== undefined) rmSync(directory, {recursive: true, force: true});
});

const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/** The dashboard on the bundled articles at 120×`rows`, in a terminal the test ends with. */
function dashboard(): Terminal {
	terminal = startTerminal('node dist/cli.js articles', 120, rows, root);
	return terminal;
}

/** Waits for every article to load, opens the quotes pane, and returns its screen and how many quotes it lists. */
async function openQuotes(term: Terminal): Promise<{screen: string; quotes: number}> {
	await term.waitFor(screen => {
		expect(screen).toContain('5 articles ·');
		expect(screen).not.toContain('Loading');
	});
	term.send(['3']);
	const screen = await term.waitFor(showing('› 3 Quotes'));
	return {screen, quotes: Number(/3 Quotes\s+1\/(\d+)/.exec(screen)?.[1])};
}

/** The quotes pane's cursor is on `position` of `quotes`. */
const atQuote = (position: number, quotes: number) => (screen: string) => expect(screen).toMatch(new RegExp(`3 Quotes\\s+${position}/${quotes}`));

describe.skipIf(missing)('redrawing in a real terminal', () => {
	it('rewrites only the lines a cursor move changes', async () => {
		directory = mkdtempSync(join(tmpdir(), 'ub-redraw-'));
		const log = join(directory, 'output');
		const term = dashboard();
		term.record(log);
		const written = () => (existsSync(log) ? readFileSync(log) : Buffer.alloc(0));
		const {screen, quotes} = await openQuotes(term);
		expect(quotes).toBeGreaterThan(20);
		// Everything the screen shows: a frame drawn whole writes at least this much.
		const screenBytes = Buffer.byteLength(screen.split('\n').map(line => line.trimEnd()).join('\n'));

		const moves: number[] = [];
		for (let position = 2; position <= 20; position++) {
			// The previous frame is all in: it ends with the cursor parked (and the end of a synchronized update).
			await vi.waitFor(() => expect(written().toString('latin1').replace(/\u001B\[\?2026l$/, '').endsWith(parked)).toBe(true));
			const before = written().length;
			term.send(['j']);
			await term.waitFor(atQuote(position, quotes));
			await vi.waitFor(() => {
				const after = written();
				expect(after.length).toBeGreaterThan(before);
				expect(after.subarray(before).toString('latin1')).toContain(parked);
			});
			moves.push(written().length - before);
		}
		// A step inside the window rewrites a few lines; one that scrolls rewrites one pane, never the screen.
		expect(median(moves) / screenBytes, `bytes per move ${moves.join(' ')} against ${screenBytes}`).toBeLessThan(0.25);
		expect(Math.max(...moves) / screenBytes, `bytes per move ${moves.join(' ')} against ${screenBytes}`).toBeLessThan(0.75);
	});

	it('draws the same screen, colours and highlight included, after a walk down a list and back', async () => {
		const term = dashboard();
		const {quotes} = await openQuotes(term);
		// With escape sequences: the highlighted row and every colour are compared, not only the text.
		const styled = () => term.tmux('capture-pane', '-p', '-e', '-t', 'main');
		const before = styled();
		for (let position = 2; position <= 15; position++) {
			term.send(['j']);
			await term.waitFor(atQuote(position, quotes));
		}
		const down = styled();
		expect(down).not.toBe(before);
		for (let position = 14; position >= 1; position--) {
			term.send(['k']);
			await term.waitFor(atQuote(position, quotes));
		}
		await vi.waitFor(() => expect(styled()).toBe(before));
	});
});
