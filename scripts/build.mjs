// Bundles the CLI, the library and the extraction worker with esbuild: Ink unbundled loads hundreds of
// modules at start-up. Code shared between them, and code loaded only on demand (the dashboard, parsers
// for HTML, feeds and front matter), goes into chunks that are read only when needed.
import {chmodSync, mkdirSync, readdirSync, rmSync, statSync} from 'node:fs';
import {join} from 'node:path';
import {build} from 'esbuild';
import {nodeBundle} from './bundle-options.mjs';

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

// Chunks are named by content hash: drop the previous build's so dist/ holds only what this one wrote.
mkdirSync('dist', {recursive: true});
for (const name of readdirSync('dist', {withFileTypes: true}).filter(entry => entry.isFile()).map(entry => entry.name)) {
	if (/^chunk-.*\.js$/.test(name)) rmSync(join('dist', name));
}

await build({
	...nodeBundle,
	entryPoints: {cli: 'source/cli.tsx', index: 'source/index.ts', worker: 'source/workers/analyseWorker.ts'},
	outdir: 'dist',
	splitting: true,
	chunkNames: 'chunk-[hash]',
	// The shebang only matters on dist/cli.js; elsewhere it is an ignored first-line comment.
	banner: {js: `#!/usr/bin/env node\n${nodeBundle.banner.js}`},
});
chmodSync('dist/cli.js', 0o755);
