import {existsSync, statSync} from 'node:fs';
import {stat} from 'node:fs/promises';
import {dirname, resolve} from 'node:path';
import fg from 'fast-glob';
import type {Skipped} from '../model.js';
import {discover, foldersUnder} from './discover.js';
import {FolderWatch} from './folderWatch.js';
import {InputError} from './inputError.js';
import {fileOf} from './itemPath.js';
import {loadArticles, type LoadOptions, type LoadResult} from './loadArticles.js';

export interface CorpusChange {
	/** The files that are new or changed since the last scan, loaded. */
	readonly loaded: LoadResult;
	/** Files that were known and are gone. */
	readonly removed: readonly string[];
}

export interface WatchOptions extends LoadOptions {
	/** Quiet time after the last file-system event before a rescan. Default 150 ms. */
	readonly debounceMs?: number;
	/** How often to rescan when some folder cannot be watched (the system's watch limit). Default 2 s. */
	readonly pollMs?: number;
}

export interface CorpusWatch {
	close(): void;
	rescan(): Promise<void>;
}

/** The folder to watch for an input: a directory itself (with its subfolders), a file's folder, a glob's static base. */
function watchRoot(input: string, cwd: string): {folder: string; recursive: boolean} {
	if (fg.isDynamicPattern(input) && !existsSync(resolve(cwd, input))) {
		return {folder: resolve(cwd, fg.generateTasks([input])[0]?.base ?? '.'), recursive: true};
	}
	const path = resolve(cwd, input);
	try {
		if (statSync(path).isDirectory()) return {folder: path, recursive: true};
	} catch {
		// Gone already: its folder will tell if it comes back.
	}
	return {folder: dirname(path), recursive: false};
}

function stamp(size: number, mtimeMs: number): string {
	return `${size}:${mtimeMs}`;
}

async function stampOf(path: string, cwd: string): Promise<string> {
	try {
		const info = await stat(resolve(cwd, path));
		return stamp(info.size, info.mtimeMs);
	} catch {
		return 'gone';
	}
}

/**
 * Watches the inputs and reports new, changed and deleted article files, measured against `known`, the
 * load the caller already has: a file written after that load is reported even if it landed before the
 * watch began. Discovery runs again on every (debounced) change, so new files matching a glob are found;
 * a file caught half-written is read again when its next write lands, never skipped for good.
 */
export function watchCorpus(
	inputs: readonly string[],
	known: LoadResult,
	options: WatchOptions,
	onChange: (change: CorpusChange) => void,
): CorpusWatch {
	const cwd = options.cwd ?? process.cwd();
	const stamps = new Map<string, string>();
	const unstamped = new Set<string>();
	for (const article of known.articles) {
		const file = fileOf(article.path);
		if (article.size === undefined || article.mtimeMs === undefined) unstamped.add(file);
		else stamps.set(file, stamp(article.size, article.mtimeMs));
	}
	for (const skip of known.skipped) unstamped.add(fileOf(skip.path));
	// A skipped file was never read, so its state is taken now; one read is stamped as it was read.
	const ready = Promise.all(
		[...unstamped].filter(file => !stamps.has(file)).map(async file => {
			stamps.set(file, await stampOf(file, cwd));
		}),
	);

	let timer: NodeJS.Timeout | undefined;
	let scanning: Promise<void> = Promise.resolve();
	let closed = false;
	const roots = new Map(inputs.map(input => watchRoot(input, cwd)).map(root => [root.folder, root.recursive]));
	const folders = new FolderWatch(schedule);
	let poll: NodeJS.Timeout | undefined;
	async function watchFolders(): Promise<void> {
		const lists = await Promise.all([...roots].map(async ([folder, recursive]) => (recursive ? foldersUnder(folder) : [folder])));
		if (closed) return;
		folders.follow(lists.flat());
		if (!folders.incomplete || poll !== undefined) return;
		poll = setInterval(schedule, options.pollMs ?? 2000);
		poll.unref();
	}

	async function scan(): Promise<void> {
		await ready;
		// Folders first, then discovery: a file landing in a new folder is then either found now or reported.
		await watchFolders();
		let paths: string[];
		try {
			paths = await discover(inputs, {cwd});
		} catch (error) {
			if (!(error instanceof InputError)) throw error;
			paths = [];
		}
		const current = new Map(await Promise.all(paths.map(async path => [path, await stampOf(path, cwd)] as const)));
		const changed = [...current].filter(([path, value]) => stamps.get(path) !== value).map(([path]) => path);
		const removed = [...stamps.keys()].filter(path => !current.has(path));
		for (const path of removed) stamps.delete(path);
		for (const path of changed) stamps.set(path, current.get(path)!);
		if (changed.length === 0 && removed.length === 0) return;
		const loaded = await loadChanged(changed, options);
		if (!closed) onChange({loaded, removed});
	}

	function schedule(): void {
		clearTimeout(timer);
		timer = setTimeout(() => {
			scanning = scanning.then(scan).catch(() => undefined);
		}, options.debounceMs ?? 150);
	}

	// The first scan starts the folder watchers, then finds whatever changed since the caller's load.
	schedule();

	return {
		close() {
			closed = true;
			clearTimeout(timer);
			clearInterval(poll);
			folders.close();
		},
		async rescan() {
			scanning = scanning.then(scan);
			await scanning;
		},
	};
}

/** Loads the changed files; one that vanished in the meantime becomes a skip rather than failing the batch. */
async function loadChanged(paths: readonly string[], options: LoadOptions): Promise<LoadResult> {
	if (paths.length === 0) return {articles: [], skipped: [], discovered: 0};
	try {
		return await loadArticles(paths, options);
	} catch (error) {
		if (!(error instanceof InputError)) throw error;
	}
	const results = await Promise.all(
		paths.map(async path => {
			try {
				return await loadArticles([path], options);
			} catch {
				const skipped: Skipped = {path, reason: 'vanished before it could be read'};
				return {articles: [], skipped: [skipped], discovered: 1};
			}
		}),
	);
	return {
		articles: results.flatMap(result => result.articles),
		skipped: results.flatMap(result => result.skipped),
		discovered: results.reduce((sum, result) => sum + result.discovered, 0),
	};
}
