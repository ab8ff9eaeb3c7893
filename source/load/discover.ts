import type {Dirent} from 'node:fs';
import {lstat, readdir, stat} from 'node:fs/promises';
import {join, resolve} from 'node:path';
import {toSafeLine} from '../clean/controls.js';
import {isArticleFile} from './articleFormats.js';
import {fsPath, nameFromBytes} from './byteNames.js';
import {InputError} from './inputError.js';
import {walkOptions} from './walkOptions.js';

export interface DiscoverOptions {
	readonly cwd?: string | undefined;
}

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
	// fast-glob is loaded only for a pattern: it costs more to load than a folder of plain files takes to walk.
	const {default: fg} = await import('fast-glob');
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

/**
 * Every article file in a folder and the folders below it, as `input` joined with its path there: the names a
 * glob with fast-glob's walk options would find (no dot names, no node_modules, symlinked folders not entered,
 * extensions in any case, names byte-exact), walked with plain readdir calls.
 */
async function walkDirectory(input: string, absolute: string): Promise<string[]> {
	const found: string[] = [];
	await walkInto(absolute, '', found);
	return found.map(entry => join(input, entry));
}

/** A folder and every folder below it that a walk enters, as absolute paths: what a watcher must follow. */
export async function foldersUnder(absolute: string): Promise<string[]> {
	const folders: string[] = [];
	await walkInto(absolute, '', [], folders);
	return folders.map(folder => join(absolute, folder));
}

/** Adds the article files below `root/folder` to `found`, and, when asked, each folder it could read to `entered`. */
async function walkInto(root: string, folder: string, found: string[], entered?: string[]): Promise<void> {
	let entries: Array<Dirent<Buffer>>;
	try {
		entries = await readdir(fsPath(join(root, folder)), {withFileTypes: true, encoding: 'buffer'});
	} catch (error) {
		// A folder the walk may not read is listed itself, so the loader can say why its articles are missing.
		const code = (error as NodeJS.ErrnoException).code;
		if (code === 'EACCES' || code === 'EPERM') found.push(folder);
		return;
	}
	entered?.push(folder);
	await Promise.all(
		entries.map(async entry => {
			const name = nameFromBytes(entry.name);
			if (name.startsWith('.')) return;
			const path = folder === '' ? name : join(folder, name);
			if (isArticleFile(name)) found.push(path);
			if (entry.isDirectory() && name.toLowerCase() !== 'node_modules') await walkInto(root, path, found, entered);
		}),
	);
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
