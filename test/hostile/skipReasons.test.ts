import {symlinkSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {expect, it} from 'vitest';
import {loadArticles} from '../../source/load/index.js';
import {hazardsIn} from './payloads.js';
import {tempFolder} from '../tempFolder.js';

it('keeps escape sequences in a link target out of the skip reason', async () => {
	const root = tempFolder('hostile-reasons');
	symlinkSync(join(root, 'gone\u009B2J\u001B]0;pwned\u0007\u202Etxt.exe'), join(root, 'broken.txt'));
	writeFileSync(join(root, 'real.txt'), 'Kyiv came under a large drone attack overnight, officials said.\n');
	const result = await loadArticles(['.'], {cwd: root});
	expect(result.articles.map(article => article.path)).toEqual(['real.txt']);
	expect(result.skipped).toHaveLength(1);
	const [skipped] = result.skipped;
	expect(skipped?.reason).toMatch(/^broken symlink: its target ".*gone.*" does not exist$/);
	expect(hazardsIn(skipped?.reason ?? '')).toEqual([]);
});
