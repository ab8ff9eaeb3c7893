import {existsSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {afterEach, describe, expect, it} from 'vitest';
import {type Terminal, hasTmux, showing, startTerminal} from './tmux.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const missing = !hasTmux() || !existsSync(`${root}dist/cli.js`);

let terminal: Terminal | undefined;
let folder: string | undefined;
afterEach(() => {
	terminal?.kill();
	if (folder !== undefined) rmSync(folder, {recursive: true, force: true});
});

/** Every row from the pane's top border to its bottom one ends in the right border: none ran over into the next row. */
function framed(screen: string): void {
	const rows = screen.split('\n');
	const top = rows.findIndex(row => row.startsWith('┏'));
	const bottom = rows.findIndex(row => row.startsWith('┗'));
	expect(bottom).toBeGreaterThan(top);
	for (const row of rows.slice(top, bottom + 1)) expect([...row].at(-1), screen).toMatch(/[┓┃┛]/);
}

describe.skipIf(missing)('emoji in a real terminal', () => {
	it('keeps the frame whole around an emoji with a skin tone, in a list and in the source view', async () => {
		folder = mkdtempSync(join(tmpdir(), 'ukraine-brief-emoji-'));
		writeFileSync(join(folder, 'skin.txt'), 'Skin tone headline 🙏🏽 here\n\nThe mayor visited Kyiv on 4 March 2025. “We pray 🙏🏽 for peace”, said Vitali Klitschko.\n');
		terminal = startTerminal(`XDG_CACHE_HOME=${folder}/cache node ${root}dist/cli.js ${folder}/skin.txt; exec sleep 600`, 80, 24, root);
		await terminal.waitFor(showing('1 article · ', 'Skin tone headline'));
		await terminal.waitFor(framed);
		terminal.send(['3']);
		await terminal.waitFor(showing('[3 Quotes', 'We pray'));
		await terminal.waitFor(framed);
		terminal.send(['1', 'Enter']);
		await terminal.waitFor(showing('Headline · ', 'line 1/'));
		await terminal.waitFor(framed);
	});

	it('keeps the frame whole around soft hyphens and zero-width spaces in a headline, a quote, a development and the source view', async () => {
		folder = mkdtempSync(join(tmpdir(), 'ukraine-brief-invisible-'));
		writeFileSync(
			join(folder, 'zw.txt'),
			'Kyiv\u200B strikes: drone\u200B attack on Kharkiv\n\nRussian drones struck Kharkiv\u200B on Monday, 4 March 2025, killing 3\u200B people, Mayor Ihor Terekhov said.\n\n“We\u200B will\u200B rebuild,” Terekhov said.\n',
		);
		writeFileSync(
			join(folder, 'shy.html'),
			'<html><head><meta charset="utf-8"></head><body><article><h1>Verteidigungs&shy;minister Pistorius visits Kyiv</h1><p>Pistorius pledged 500 air&shy;defence missiles on 5 March 2025, the ministry said.</p></article></body></html>',
		);
		terminal = startTerminal(`XDG_CACHE_HOME=${folder}/cache node ${root}dist/cli.js ${folder}; exec sleep 600`, 80, 24, root);
		await terminal.waitFor(showing('2 articles · ', 'Kyiv strikes', 'Verteidigungsminister'));
		await terminal.waitFor(framed);
		for (const pane of ['3', '4']) {
			terminal.send([pane]);
			await terminal.waitFor(showing(`[${pane} `));
			await terminal.waitFor(framed);
		}
		terminal.send(['1', 'Enter']);
		await terminal.waitFor(showing('Headline · ', 'line 1/'));
		await terminal.waitFor(framed);
	});
});
