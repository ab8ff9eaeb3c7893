import {lstat, stat} from 'node:fs/promises';
import {join, relative, resolve} from 'node:path';
import fg from 'fast-glob';
import {toSafeLine} from '../clean/controls.js';
import {articleExtensions, isArticleFile} from './articleFormats.js';
import {byteExactFs} from './byteNames.js';
import {InputError} from './inputError.js';

export interface DiscoverOptions {
	readonly cwd?: string | undefined;
}

const articlePattern = `**/*.{${articleExtensions.join(',')}}`;

// Symlinked directories are not followed inside a walk: a link cycle would otherwise recurse without end.
const walkOptions: fg.Options = {
	onlyFiles: false,
	followSymbolicLinks: false,
	dot: false,
	suppressErrors: true,
	caseSensitiveMatch: false,
	ignore: ['**/node_modules/**'],
	fs: byteExactFs(),
};

/**
 * Every candidate article file the inputs name, sorted and deduplicated (by absolute path), each path in
 * the form it was found (relative or absolute as given). Files that later prove unreadable are still listed:
 * the loader reports why it skipped them. Throws {@link InputError} for an input that names nothing.
 */
export async function discover(inputs: readonly string[], options: DiscoverOptions = {}): Promise<string[]> {
	const cwd = options.cwd ?? process.cwd();
	const found = (await Promise.all(inputs.map(input => expandInput(input, cwd)))).flat();
	const byAbsolute = new Map<string, string>();
	for (const path of found) {
		const absolute = resolve(cwd, path);
		if (!byAbsolute.has(absolute)) byAbsolute.set(absolute, path);
	}
	return [...byAbsolute.values()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

async function expandInput(input: string, cwd: string): Promise<string[]> {
	const absolute = resolve(cwd, input);
	// A literal path that exists wins, even when its name contains glob characters.
	if (await exists(absolute)) return (await isDirectory(absolute)) ? walkDirectory(input, absolute) : [input];
	if (!fg.isDynamicPattern(input)) throw new InputError(`No such file or directory: ${toSafeLine(input)}`);
	const matches = await fg(input, {...walkOptions, cwd, markDirectories: true});
	const expanded = await Promise.all(
		matches.map(match => {
			if (isArticleFile(match.replace(/\/$/, ''))) return [match.replace(/\/$/, '')];
			return match.endsWith('/') ? walkDirectory(match, resolve(cwd, match)) : [];
		}),
	);
	const files = expanded.flat();
	if (files.length === 0) throw new InputError(`No article files match ${toSafeLine(input)}`);
	return files;
}

async function walkDirectory(input: string, absolute: string): Promise<string[]> {
	// A folder the walk may not read is listed itself, so the loader can say why its articles are missing.
	const unlistable: string[] = [];
	const entries = await fg(articlePattern, {...walkOptions, cwd: absolute, fs: byteExactFs(folder => unlistable.push(folder))});
	return [...entries, ...unlistable.map(folder => relative(absolute, resolve(absolute, folder)))].map(entry => join(input, entry));
}

/** A folder and every folder below it that a walk would enter, as absolute paths. */
export function foldersUnder(absolute: string): string[] {
	const below = fg.sync('**', {...walkOptions, onlyFiles: false, onlyDirectories: true, cwd: absolute, absolute: true});
	return [absolute, ...below];
}

async function exists(path: string): Promise<boolean> {
	try {
		await lstat(path);
		return true;
	} catch {
		return false;
	}
}

async function isDirectory(path: string): Promise<boolean> {
	try {
		return (await stat(path)).isDirectory();
	} catch {
		return false;
	}
}
