import {rmSync, writeFileSync} from 'node:fs';
import {join, resolve} from 'node:path';
import {expect, it, vi} from 'vitest';
import {loadArticles} from '../../source/load/index.js';
import {useTempDir} from './tempDir.js';

// Another process deletes every file right after discovery has listed it.
vi.mock('../../source/load/discover.js', async importOriginal => {
	const original = await importOriginal<typeof import('../../source/load/discover.js')>();
	return {
		...original,
		discover: async (...args: Parameters<typeof original.discover>) => {
			const found = await original.discover(...args);
			for (const path of found) rmSync(resolve(args[1]?.cwd ?? '.', path));
			return found;
		},
	};
});

const tempDir = useTempDir();

it('says a file vanished between discovery and reading', async () => {
	const root = tempDir();
	writeFileSync(join(root, 'soon-gone.txt'), 'Kyiv came under a large drone attack overnight.\n');
	expect(await loadArticles(['.'], {cwd: root})).toEqual({
		articles: [],
		skipped: [{path: 'soon-gone.txt', reason: 'vanished: the file was removed after it was found'}],
		discovered: 1,
	});
});
