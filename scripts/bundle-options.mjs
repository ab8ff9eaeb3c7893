// The esbuild options every bundle of this project shares: the CLI build, the benchmark's bundles and
// the test workers.
import {readFile} from 'node:fs/promises';

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

// meow normalizes the package.json it reads with normalize-package-data (semver, hosted-git-info, SPDX
// licence tables), which its bundle loads at start-up although only `cli.pkg` uses it. Loaded on first use
// instead, it stays off every run's start-up (about 10 ms). The build fails if meow changes this code.
const lazyNormalize = {
	eager: 'var normalizeExports = requireNormalize();\nconst normalizePackageData = getDefaultExportFromCjs(normalizeExports);',
	lazy: 'const normalizePackageData = json => getDefaultExportFromCjs(requireNormalize())(json);',
};
const lazyMeowPackageNormalizer = {
	name: 'lazy-meow-package-normalizer',
	setup(builder) {
		builder.onLoad({filter: /[\\/]meow[\\/]build[\\/]dependencies\.js$/}, async args => {
			const source = await readFile(args.path, 'utf8');
			if (!source.includes(lazyNormalize.eager)) throw new Error(`${args.path}: meow no longer loads normalize-package-data as expected; update lazyMeowPackageNormalizer`);
			return {contents: source.replace(lazyNormalize.eager, lazyNormalize.lazy), loader: 'js'};
		});
	},
};

// Ink lays out every frame whole: for each line of text it measures the width (grapheme by grapheme, once the line
// holds anything but printable ASCII) and splits it into styled characters, and it forgets both after the frame.
// A key press changes a few lines of a screen whose other lines are the same strings as the frame before, so these
// results are kept from frame to frame (each table starts afresh past `limit` entries, which bounds the memory).
// The build fails if Ink changes this code.
const frameCacheLimit = 4000;
const inkFramePatches = [
	{
		file: /[\\/]ink[\\/]build[\\/]output\.js$/,
		from: 'caches = new OutputCaches();',
		to: 'caches = framesCaches();',
		append: `let sharedCaches = new OutputCaches();
function framesCaches() {
	const {widths, blockWidths, styledChars} = sharedCaches;
	if (widths.size + blockWidths.size + styledChars.size > ${frameCacheLimit}) sharedCaches = new OutputCaches();
	return sharedCaches;
}`,
	},
	{
		file: /[\\/]ink[\\/]build[\\/]render-node-to-output\.js$/,
		from: 'const currentWidth = widestLine(text);',
		to: 'const currentWidth = framesWidestLine(text);',
		append: `const widestLines = new Map();
function framesWidestLine(text) {
	let width = widestLines.get(text);
	if (width === undefined) {
		if (widestLines.size >= ${frameCacheLimit}) widestLines.clear();
		width = widestLine(text);
		widestLines.set(text, width);
	}
	return width;
}`,
	},
];
const inkFrameCaches = {
	name: 'ink-frame-caches',
	setup(builder) {
		for (const patch of inkFramePatches) {
			builder.onLoad({filter: patch.file}, async args => {
				const source = await readFile(args.path, 'utf8');
				if (!source.includes(patch.from)) throw new Error(`${args.path}: Ink no longer reads "${patch.from}"; update inkFrameCaches`);
				return {contents: `${source.replace(patch.from, patch.to)}\n${patch.append}\n`, loader: 'js'};
			});
		}
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
	plugins: [stubDevtools, lazyMeowPackageNormalizer, inkFrameCaches],
};
