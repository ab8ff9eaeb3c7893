import {mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {pathToFileURL} from 'node:url';
import {build} from 'esbuild';

/**
 * The analysis worker bundled on its own: a worker thread cannot load TypeScript source, and the
 * product runs its workers from its bundle too. Built once per test file.
 */
export async function bundleWorkerEntry(): Promise<URL> {
	const outfile = join(mkdtempSync(join(tmpdir(), 'ukraine-brief-worker-')), 'worker.js');
	await build({
		entryPoints: ['source/workers/analyseWorker.ts'],
		outfile,
		bundle: true,
		platform: 'node',
		format: 'esm',
		target: 'node20',
		logLevel: 'warning',
		banner: {js: "import {createRequire as __createRequire} from 'node:module'; const require = __createRequire(import.meta.url);"},
	});
	return pathToFileURL(outfile);
}
