import {existsSync, rmSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {afterEach, describe, expect, it} from 'vitest';
import {type Terminal, hasTmux, showing, startTerminal} from '../e2e/tmux.js';
import {tempFolder} from '../tempFolder.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const cli = `${root}dist/cli.js`;
const missing = !hasTmux() ? 'tmux is not installed (apt-get install -y tmux)' : !existsSync(cli) ? 'dist/cli.js is not built (npm run build)' : null;
if (missing !== null) console.warn(`Skipping the watch-mode terminal test: ${missing}.`);

let terminal: Terminal | undefined;
afterEach(() => terminal?.kill());

describe.skipIf(missing !== null)('--watch in a real terminal', () => {
	it('shows articles written, changed and deleted while the dashboard runs', async () => {
		const folder = tempFolder('watch-tty');
		writeFileSync(join(folder, 'a.txt'), 'Kherson shelling kills two\nRussian shelling killed two people in Kherson on Sunday, regional officials said.\n');
		terminal = startTerminal(`node ${cli} --watch --no-cache ${folder}; exec sleep 600`, 100, 30, root);
		const term = terminal;
		await term.waitFor(showing('1 article', 'Kherson shelling kills two'));

		writeFileSync(join(folder, 'b.txt'), 'Odesa port hit by missiles\nA Russian missile strike damaged port infrastructure in Odesa, the governor said.\n');
		await term.waitFor(showing('2 articles', 'Odesa port hit by missiles'));

		writeFileSync(join(folder, 'b.txt'), 'Qatar hosts energy talks\nUkraine and Russia held talks in Qatar on halting strikes on energy sites, officials said.\n');
		const changed = await term.waitFor(showing('2 articles', 'Qatar hosts energy talks'));
		expect(changed).not.toContain('Odesa port hit by missiles');

		rmSync(join(folder, 'b.txt'));
		const removed = await term.waitFor(showing('1 article ', 'Kherson shelling kills two'));
		expect(removed).not.toContain('Qatar hosts energy talks');
		term.send(['q']);
	});
});
