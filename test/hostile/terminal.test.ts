import {mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {writeHostileCorpus} from './hostileCorpus.js';
import {escapePayloads} from './payloads.js';
import {cliPath} from './runCli.js';
import {hasTmux, isCooked, TmuxPane} from './tmux.js';
import {tempFolder} from '../tempFolder.js';

// What the dashboard itself may send with NO_COLOR: screen and cursor modes, synchronised output, cursor
// moves to the start of a row, erases, and bold/dim/inverse/underline. bash adds bracketed paste.
const ownSequence = /^\u001B\[(?:\?(?:25|1049|2004|2026)[hl]|\d*[ABCDGJK]|H|\d+;1H|2J|(?:0|1|2|3|4|7|22|23|24|27)?m)$/;
const anySequence = /\u001B(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001B]*(?:\u0007|\u001B\\)?|[PX^_][^\u001B]*(?:\u001B\\)?|[^[\]PX^_])|[\u0080-\u009F]/g;

/** Escape sequences and C1 controls in raw pane output that the dashboard does not send itself. */
function foreignSequences(raw: string): string[] {
	return [...raw.matchAll(anySequence)].map(match => match[0]).filter(sequence => !ownSequence.test(sequence)).map(sequence => JSON.stringify(sequence));
}

const bundled = join(import.meta.dirname, '../../articles');
const dashboardShown = (screen: string) => screen.includes('Headlines') && screen.includes('q quit');

describe.skipIf(!hasTmux())('the dashboard in a real terminal (tmux)', () => {
	const panes: TmuxPane[] = [];
	afterEach(() => {
		for (const pane of panes.splice(0)) pane.kill();
	});
	const open = async (columns = 100, rows = 30, cwd = bundled) => {
		const pane = new TmuxPane(columns, rows, cwd);
		panes.push(pane);
		await pane.waitForPrompt();
		return pane;
	};
	const expectRestored = async (pane: TmuxPane) => {
		const modes = await pane.terminalModes();
		expect(pane.display('#{alternate_on}')).toBe('0');
		expect(pane.display('#{cursor_flag}')).toBe('1');
		expect(isCooked(modes), modes).toBe(true);
	};

	it('lets no article text, title, quote, figure or file name drive the terminal', async () => {
		const root = tempFolder('hostile-tmux-escapes');
		const placementsShown = writeHostileCorpus(root, escapePayloads);
		const raw = join(tempFolder('hostile-tmux-raw'), 'pane.raw');
		writeFileSync(raw, '');
		const pane = await open(120, 40, root);
		const title = pane.display('#{pane_title}');
		pane.record(raw);
		pane.run(`NO_COLOR=1 node ${cliPath} .`);
		await pane.waitForScreen(dashboardShown, 'the dashboard');
		// Every pane, a source view, the speakers list and the help overlay: everything that shows article text.
		for (const keys of [['2'], ['3'], ['j', 'j', 'Enter'], ['Escape'], ['4'], ['Enter'], ['Escape'], ['p'], ['Enter'], ['Escape'], ['Escape'], ['1'], ['G'], ['?']]) {
			pane.send([...keys]);
		}
		await pane.waitForScreen(screen => /help/i.test(screen) && screen.includes('Quit'), 'the help overlay');
		pane.send(['?', 'q']);
		await expectRestored(pane);
		pane.stopRecording();
		expect(placementsShown).toBe(escapePayloads.length * 8 + 2);
		// Strict decoding: a raw 8-bit C1 byte would not be valid UTF-8, so it cannot hide from the scan.
		const written = new TextDecoder('utf-8', {fatal: true}).decode(readFileSync(raw));
		expect(written.length).toBeGreaterThan(10_000);
		expect(foreignSequences(written)).toEqual([]);
		expect(pane.display('#{pane_title}')).toBe(title);
		expect(pane.buffers()).toBe('');
	});

	it('survives a resize down to 20x5 and back', async () => {
		const pane = await open(100, 30);
		pane.run(`NO_COLOR=1 node ${cliPath} .`);
		await pane.waitForScreen(dashboardShown, 'the dashboard');
		pane.resize(20, 5);
		await pane.waitForScreen(screen => screen.split('\n').filter(line => line.trim() !== '').length <= 5 && !screen.includes('Headlines'), 'the small layout');
		pane.resize(100, 30);
		await pane.waitForScreen(dashboardShown, 'the dashboard again');
		pane.send(['q']);
		await expectRestored(pane);
	});

	it('works with TERM=dumb and restores the terminal', async () => {
		const pane = await open();
		pane.run(`TERM=dumb NO_COLOR=1 node ${cliPath} .`);
		await pane.waitForScreen(dashboardShown, 'the dashboard');
		pane.send(['q']);
		await expectRestored(pane);
	});

	it('prints the plain briefing when stdin is not a terminal', async () => {
		const pane = await open(100, 200);
		pane.run(`echo | node ${cliPath} . | head -3`);
		const screen = await pane.waitForPrompt();
		expect(screen).toContain('UKRAINE BRIEF: 5 articles, 0 skipped');
		await expectRestored(pane);
	});

	for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
		it(`restores the terminal on ${signal} while the dashboard is shown`, async () => {
			const pane = await open();
			pane.run(`NO_COLOR=1 node ${cliPath} .`);
			await pane.waitForScreen(dashboardShown, 'the dashboard');
			process.kill(await pane.commandPid(), signal);
			await expectRestored(pane);
		});

		it(`ends cleanly on ${signal} while the articles load`, async () => {
			const root = tempFolder(`hostile-slow-load-${signal}`);
			for (let folder = 0; folder < 20; folder++) {
				mkdirSync(join(root, `d${folder}`));
				for (let file = 0; file < 1000; file++) writeFileSync(join(root, `d${folder}`, `a${file}.txt`), `Kyiv said ${file} drones were shot down.\n`);
			}
			const pane = await open(100, 30, root);
			pane.run(`NO_COLOR=1 node ${cliPath} .`);
			const pid = await pane.commandPid();
			expect(dashboardShown(pane.capture(true))).toBe(false);
			process.kill(pid, signal);
			await expectRestored(pane);
		});
	}
});
