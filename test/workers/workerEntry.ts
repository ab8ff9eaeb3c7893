import {join} from 'node:path';
import {pathToFileURL} from 'node:url';
import {build} from 'esbuild';
import {nodeBundle} from '../../scripts/bundle-options.mjs';
import {tempFolder} from '../tempFolder.js';

/**
 * The analysis worker bundled on its own: a worker thread cannot load TypeScript source, and the
 * product runs its workers from its bundle too. Built once per test file.
 */
export async function bundleWorkerEntry(): Promise<URL> {
	const outfile = join(tempFolder('worker'), 'worker.js');
	await build({...nodeBundle, entryPoints: ['source/workers/analyseWorker.ts'], outfile});
	return pathToFileURL(outfile);
}
