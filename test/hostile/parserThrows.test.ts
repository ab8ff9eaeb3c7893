import {writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {expect, it, vi} from 'vitest';
import {loadArticles} from '../../source/load/index.js';
import {tempFolder} from '../tempFolder.js';

// Whatever a format parser does on some input it was never tried on, that file alone is lost, and said so.
vi.mock('../../source/load/readArticleFile.js', async importOriginal => {
	const original = await importOriginal<typeof import('../../source/load/readArticleFile.js')>();
	return {
		readArticleFile: (path: string, bytes: Uint8Array) => {
			if (path.includes('poison')) throw new TypeError('parser exploded');
			return original.readArticleFile(path, bytes);
		},
	};
});

it('lists a file whose parser throws as skipped and loads the rest', async () => {
	const root = tempFolder('hostile-parser-throws');
	writeFileSync(join(root, 'poison.html'), '<p>anything</p>');
	writeFileSync(join(root, 'fine.txt'), 'Kyiv said 40 drones were shot down overnight.\n');
	expect(await loadArticles(['.'], {cwd: root})).toMatchObject({
		articles: [{path: 'fine.txt'}],
		skipped: [{path: 'poison.html', reason: 'could not be read as html: parser exploded'}],
		discovered: 2,
	});
});
