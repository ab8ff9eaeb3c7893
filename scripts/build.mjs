// Bundles the CLI and the library into one file each: Ink unbundled loads hundreds of modules at start-up.
import {statSync, readdirSync} from 'node:fs';
import {join} from 'node:path';
import {build} from 'esbuild';

const outputs = ['dist/cli.js', 'dist/index.js', 'dist/worker.js'];

function newestSource(directory) {
	let newest = 0;
	for (const entry of readdirSync(directory, {withFileTypes: true})) {
		const path = join(directory, entry.name);
		newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
	}
	return newest;
}

function isStale() {
	try {
		const built = Math.min(...outputs.map(path => statSync(path).mtimeMs));
		return newestSource('source') > built || statSync('package-lock.json').mtimeMs > built;
	} catch {
		return true;
	}
}

if (process.argv.includes('--if-stale') && !isStale()) process.exit(0);

// Ink imports its React devtools bridge only when DEV=true; keeping it out of the bundle keeps react-devtools-core out.
const stubDevtools = {
	name: 'stub-ink-devtools',
	setup(builder) {
		builder.onResolve({filter: /^\.\/devtools\.js$/}, args =>
			args.importer.includes(`${'node_modules'}/ink/`) ? {path: 'devtools', namespace: 'stub'} : undefined,
		);
		builder.onLoad({filter: /.*/, namespace: 'stub'}, () => ({contents: 'export {};', loader: 'js'}));
	},
};

const common = {
	bundle: true,
	platform: 'node',
	format: 'esm',
	target: 'node20',
	jsx: 'automatic',
	legalComments: 'none',
	logLevel: 'warning',
	define: {'process.env.NODE_ENV': '"production"'},
	// CommonJS dependencies (signal-exit, iconv-lite) call require(), which an ES module lacks.
	banner: {js: "import {createRequire as __createRequire} from 'node:module'; const require = __createRequire(import.meta.url);"},
	plugins: [stubDevtools],
};

await Promise.all([
	build({...common, entryPoints: ['source/cli.tsx'], outfile: 'dist/cli.js', banner: {js: `#!/usr/bin/env node\n${common.banner.js}`}}),
	build({...common, entryPoints: ['source/index.ts'], outfile: 'dist/index.js'}),
	// Extraction threads load only cleaning and extraction: a fraction of the CLI bundle's memory and start-up.
	build({...common, entryPoints: ['source/workers/analyseWorker.ts'], outfile: 'dist/worker.js'}),
]);
