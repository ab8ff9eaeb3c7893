import {mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {pathToFileURL} from 'node:url';
import {build} from 'esbuild';
import {nodeBundle} from '../../scripts/bundle-options.mjs';

/**
 * The analysis worker bundled on its own: a worker thread cannot load TypeScript source, and the
 * product runs its workers from its bundle too. Built once per test file.
 */
export async function bundleWorkerEntry(): Promise<URL> {
	const outfile = join(mkdtempSync(join(tmpdir(), 'ukraine-brief-worker-')), 'worker.js');
	await build({...nodeBundle, entryPoints: ['source/workers/analyseWorker.ts'], outfile});
	return pathToFileURL(outfile);
}
