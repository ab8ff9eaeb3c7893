import {spawnSync} from 'node:child_process';
import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));

describe('runDashboard', () => {
	it('leaves the alternate screen and shows the cursor again when rendering throws', () => {
		const run = spawnSync(process.execPath, ['--import', 'tsx', 'test/fixtures/ui/crashingDashboard.tsx'], {
			cwd: root,
			encoding: 'utf8',
			stdio: ['ignore', 'pipe', 'pipe'],
			timeout: 20_000,
		});
		expect(run.stderr).toContain('rejected: the brief could not be read');
		expect(run.stdout.startsWith('\u001B[?1049h')).toBe(true);
		expect(run.stdout.endsWith('\u001B[?25h\u001B[?1049l')).toBe(true);
	});
});
