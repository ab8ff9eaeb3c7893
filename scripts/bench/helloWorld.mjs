// The first-frame baseline: the smallest Ink app, bundled the way the product is bundled.
import {writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {build} from 'esbuild';
import {nodeBundle} from '../bundle-options.mjs';

const source = `import React from 'react';
import {render, Text} from 'ink';
render(React.createElement(Text, null, 'Hello, world'));
`;

// Ink loads its devtools bridge only when DEV=true; the product's bundle stubs it out, so this one does too.

/** Bundles the hello-world into `directory` and returns the script's path. */
export async function buildHelloWorld(directory, projectRoot) {
	const entry = join(directory, 'hello.mjs');
	const outfile = join(directory, 'hello.bundle.mjs');
	writeFileSync(entry, source);
	await build({...nodeBundle, entryPoints: [entry], outfile, nodePaths: [join(projectRoot, 'node_modules')]});
	return outfile;
}
