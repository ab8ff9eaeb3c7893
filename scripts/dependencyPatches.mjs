// Dependencies edited as esbuild bundles them, each for speed alone. Every edit names the code it replaces, and the
// build fails if a new release no longer holds it.
import {readFile} from 'node:fs/promises';
import {fileURLToPath} from 'node:url';

/**
 * A plugin that edits one dependency's file as esbuild reads it: each `from` becomes its `to`, and `append` is added at
 * the end. The build fails, naming the plugin, if the dependency no longer holds a `from`: a new release must be
 * looked at again, never bundled unpatched without notice.
 */
function patchDependency(name, file, {replace, append = ''}) {
	return {
		name,
		setup(builder) {
			builder.onLoad({filter: file}, async args => {
				let source = await readFile(args.path, 'utf8');
				for (const [from, to] of replace) {
					if (!source.includes(from)) throw new Error(`${args.path} no longer holds ${JSON.stringify(from)}: update the ${name} patch in scripts/dependencyPatches.mjs`);
					source = source.replace(from, () => to);
				}
				return {contents: `${source}\n${append}\n`, loader: 'js'};
			});
		},
	};
}

// meow normalizes the package.json it reads with normalize-package-data (semver, hosted-git-info, SPDX
// licence tables), which its bundle loads at start-up although only `cli.pkg` uses it. Loaded on first use
// instead, it stays off every run's start-up (about 10 ms).
const lazyMeowPackageNormalizer = patchDependency('lazy-meow-package-normalizer', /[\\/]meow[\\/]build[\\/]dependencies\.js$/, {
	replace: [[
		'var normalizeExports = requireNormalize();\nconst normalizePackageData = getDefaultExportFromCjs(normalizeExports);',
		'const normalizePackageData = json => getDefaultExportFromCjs(requireNormalize())(json);',
	]],
});

// Ink lays out every frame whole: for each line of text it measures the width (grapheme by grapheme, once the line
// holds anything but printable ASCII) and splits it into styled characters, and it forgets both after the frame.
// A key press changes a few lines of a screen whose other lines are the same strings as the frame before, so these
// results are kept from frame to frame (each table starts afresh past `frameCacheLimit` entries, which bounds the
// memory).
const frameCacheLimit = 4000;
const inkOutputCaches = patchDependency('ink-frame-caches', /[\\/]ink[\\/]build[\\/]output\.js$/, {
	replace: [['caches = new OutputCaches();', 'caches = framesCaches();']],
	append: `let sharedCaches = new OutputCaches();
function framesCaches() {
	const {widths, blockWidths, styledChars} = sharedCaches;
	if (widths.size + blockWidths.size + styledChars.size > ${frameCacheLimit}) sharedCaches = new OutputCaches();
	return sharedCaches;
}`,
});
const inkTextWidths = patchDependency('ink-frame-caches', /[\\/]ink[\\/]build[\\/]render-node-to-output\.js$/, {
	replace: [['const currentWidth = widestLine(text);', 'const currentWidth = framesWidestLine(text);']],
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
});

// Ink turns each row of a frame into a string by asking, between every two cells, which styles change; the answer
// builds three Sets and two arrays even when nothing changes, as between most neighbouring cells. Cells whose styles
// are the same codes need no answer: the diff between them is empty.
const steadyStyles = patchDependency('steady-styles', /[\\/]@alcalzone[\\/]ansi-tokenize[\\/]build[\\/]styledChars\.js$/, {
	replace: [['ret += ansiCodesToString(diffAnsiCodes(chars[i - 1].styles, char.styles));', 'if (!sameStyles(chars[i - 1].styles, char.styles)) ret += ansiCodesToString(diffAnsiCodes(chars[i - 1].styles, char.styles));']],
	append: `function sameStyles(from, to) {
	if (from === to) return true;
	if (from.length !== to.length) return false;
	for (let index = 0; index < from.length; index++) {
		if (from[index].code !== to[index].code || from[index].endCode !== to[index].endCode) return false;
	}
	return true;
}`,
});

// Yoga's WebAssembly comes inline, as a base64 data: URL, and Ink waits for it before it draws anything. Its loader
// fetches that URL whenever `fetch` exists, and the first `fetch` loads Node's HTTP client; decoding the base64
// directly, as the loader does where there is no `fetch`, gives the same bytes without it (about 20 ms sooner).
const inlineYogaWasm = patchDependency('inline-yoga-wasm', /[\\/]yoga-layout[\\/]dist[\\/]binaries[\\/]yoga-wasm-base64-esm\.js$/, {
	replace: [['function ya(){return w||"function"!=typeof fetch?', 'function ya(){return true?']],
});

// string-width (Ink's, and the dashboard's) reads graphemes with Intl.Segmenter unless a line is printable ASCII,
// and compiles its emoji pattern (about 15 ms) as it loads. Text of narrow characters only (Latin, Cyrillic, curly
// quotes, dashes: see source/text/narrow.ts) is as wide as it is long, so it takes the fast path too, and the emoji
// pattern is compiled the first time a line needs it. Only the string-width the project depends on is patched.
const stringWidthFile = fileURLToPath(import.meta.resolve('string-width'));
const quickStringWidth = patchDependency('quick-string-width', new RegExp(`^${stringWidthFile.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`), {
	replace: [
		['const rgiEmojiRegex = /^\\p{RGI_Emoji}$/v;', 'let rgiEmojiRegex;'],
		['if (rgiEmojiRegex.test(segment)', "if ((rgiEmojiRegex ??= new RegExp('^\\\\p{RGI_Emoji}$', 'v')).test(segment)"],
		['if (/^[\\u0020-\\u007E]*$/.test(string)) {', 'if (ambiguousIsNarrow ? isNarrowText(string) : /^[\\u0020-\\u007E]*$/.test(string)) {'],
	],
	append: `import {isNarrowText} from ${JSON.stringify(fileURLToPath(new URL('../source/text/narrow.ts', import.meta.url)))};`,
});

/** The edits, in the order esbuild is to try them. */
export const dependencyPatches = [lazyMeowPackageNormalizer, inkOutputCaches, inkTextWidths, steadyStyles, inlineYogaWasm, quickStringWidth];
