// The first-frame baseline: the smallest Ink app, bundled the way the product is bundled.
import {writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {build} from 'esbuild';

const source = `import React from 'react';
import {render, Text} from 'ink';
render(React.createElement(Text, null, 'Hello, world'));
`;

// Ink loads its devtools bridge only when DEV=true; the product's bundle stubs it out, so this one does too.
const stubDevtools = {
	name: 'stub-ink-devtools',
	setup(builder) {
		builder.onResolve({filter: /^\.\/devtools\.js$/}, args => (args.importer.includes('/node_modules/ink/') ? {path: 'devtools', namespace: 'stub'} : undefined));
		builder.onLoad({filter: /.*/, namespace: 'stub'}, () => ({contents: 'export {};', loader: 'js'}));
	},
};

/** Bundles the hello-world into `directory` and returns the script's path. */
export async function buildHelloWorld(directory, projectRoot) {
	const entry = join(directory, 'hello.mjs');
	const outfile = join(directory, 'hello.bundle.mjs');
	writeFileSync(entry, source);
	await build({
		entryPoints: [entry],
		outfile,
		bundle: true,
		platform: 'node',
		format: 'esm',
		target: 'node20',
		logLevel: 'warning',
		nodePaths: [join(projectRoot, 'node_modules')],
		define: {'process.env.NODE_ENV': '"production"'},
		banner: {js: "import {createRequire as __createRequire} from 'node:module'; const require = __createRequire(import.meta.url);"},
		plugins: [stubDevtools],
	});
	return outfile;
}
