import {existsSync, mkdirSync, writeFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {afterEach, describe, expect, it} from 'vitest';
import {type Terminal, hasTmux, showing, startTerminal} from './tmux.js';

/*
 * Writes docs/screens/*.txt: the dashboard on the bundled corpus as a terminal shows it.
 * Run with `UPDATE_SCREENS=1 npx vitest run test/e2e/screens.test.ts` after `npm run build`.
 */
const root = fileURLToPath(new URL('../../', import.meta.url));
const out = `${root}docs/screens/`;
const enabled = process.env.UPDATE_SCREENS !== undefined && hasTmux() && existsSync(`${root}dist/cli.js`);

let terminal: Terminal | undefined;
afterEach(() => terminal?.kill());

/** The header once the whole bundled corpus is in (while loading it counts the articles read so far). */
const loaded = '5 articles · ';

/** Each step: the keys from the screen before, a text that shows they took effect, and the file to save it in. */
const steps: Array<[keys: readonly string[], shown: string, name?: string]> = [
	[[], '[1 Headlines', '1-headlines'],
	[['2'], '[2 Key figures', '2-key-figures'],
	[['3'], '[3 Quotes', '3-quotes'],
	[['4'], '[4 Developments', '4-developments'],
	[['3', 'Enter'], 'Quote · ', 'source-view'],
	// One Esc per step: an Esc with the next key right behind it reads as Meta and that key.
	[['Escape'], '[3 Quotes'],
	[['p'], '› Speakers', 'speakers'],
	[['Escape'], '[3 Quotes'],
	[['/', 'k', 'u', 'r', 's', 'k'], '/kursk▏', 'filter'],
	[['Enter', '?'], 'Keys here', 'help'],
];

function save(name: string, columns: number, rows: number, screen: string): void {
	mkdirSync(out, {recursive: true});
	writeFileSync(`${out}${columns}x${rows}-${name}.txt`, `${screen.trimEnd()}\n`);
}

describe.skipIf(!enabled)('docs/screens', () => {
	it.each([
		[100, 30],
		[80, 24],
	])('captures every pane and view at %ix%i', async (columns, rows) => {
		terminal = startTerminal('node dist/cli.js; exec sleep 600', columns, rows, root);
		await terminal.waitFor(showing(loaded));
		for (const [keys, shown, name] of steps) {
			terminal.send(keys);
			const screen = await terminal.waitFor(showing('ukraine-brief', shown));
			if (name !== undefined) save(name, columns, rows, screen);
		}
	});

	it('captures the 2x2 grid at 120x30', async () => {
		terminal = startTerminal('node dist/cli.js; exec sleep 600', 120, 30, root);
		const screen = await terminal.waitFor(showing(loaded, '› 1 Headlines', '2 Key figures', '3 Quotes', '4 Developments'));
		expect(screen).not.toContain('[1 Headlines');
		save('grid', 120, 30, screen);
	});
});
