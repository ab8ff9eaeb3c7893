// The first-frame baseline: the smallest Ink app, bundled the way the product is bundled.
import {writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {build} from 'esbuild';
import {nodeBundle, stubDevtools} from '../bundle-options.mjs';

const source = `import React from 'react';
import {render, Text} from 'ink';
render(React.createElement(Text, null, 'Hello, world'));
`;

// Ink as published, bundled the way the product is: its devtools bridge (loaded only when DEV=true) is stubbed out as
// in the product, but none of the product's patches to Ink's code apply: they are part of what the comparison measures.

/** Bundles the hello-world into `directory` and returns the script's path. */
export async function buildHelloWorld(directory, projectRoot) {
	const entry = join(directory, 'hello.mjs');
	const outfile = join(directory, 'hello.bundle.mjs');
	writeFileSync(entry, source);
	await build({...nodeBundle, plugins: [stubDevtools], entryPoints: [entry], outfile, nodePaths: [join(projectRoot, 'node_modules')]});
	return outfile;
}
