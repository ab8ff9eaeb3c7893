// The esbuild options every bundle of this project shares: the CLI build, the benchmark's bundles and
// the test workers.
import {dependencyPatches} from './dependencyPatches.mjs';

// Ink imports its React devtools bridge only when DEV=true; keeping it out of the bundle keeps react-devtools-core out.
export const stubDevtools = {
	name: 'stub-ink-devtools',
	setup(builder) {
		builder.onResolve({filter: /^\.\/devtools\.js$/}, args =>
			args.importer.includes(`${'node_modules'}/ink/`) ? {path: 'devtools', namespace: 'stub'} : undefined,
		);
		builder.onLoad({filter: /.*/, namespace: 'stub'}, () => ({contents: 'export {};', loader: 'js'}));
	},
};

/** An ES module for Node 20 with its dependencies inside. */
export const nodeBundle = {
	bundle: true,
	platform: 'node',
	format: 'esm',
	// The language level Node 20 runs, named as an ES edition: with a `node` target esbuild rewrites every regex
	// literal that uses \p{…} into a `new RegExp(…)` call, compiled again on each call in a hot loop.
	target: 'es2023',
	jsx: 'automatic',
	legalComments: 'none',
	logLevel: 'warning',
	define: {'process.env.NODE_ENV': '"production"'},
	// CommonJS dependencies (signal-exit, iconv-lite) call require(), which an ES module lacks.
	banner: {js: "import {createRequire as __createRequire} from 'node:module'; const require = __createRequire(import.meta.url);"},
	plugins: [stubDevtools, ...dependencyPatches],
};
