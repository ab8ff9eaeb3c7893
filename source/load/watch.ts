import {existsSync, statSync, watch, type FSWatcher} from 'node:fs';
import {stat} from 'node:fs/promises';
import {dirname, resolve} from 'node:path';
import fg from 'fast-glob';
import type {Skipped} from '../model.js';
import {discover} from './discover.js';
import {InputError} from './inputError.js';
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
}

/** The folder to watch for an input: a directory itself (recursively), a file's folder, a glob's static base. */
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

async function stampOf(path: string, cwd: string): Promise<string> {
	try {
		const info = await stat(resolve(cwd, path));
		return `${info.size}:${info.mtimeMs}`;
	} catch {
		return 'gone';
	}
}

/**
 * Watches the inputs and reports new, changed and deleted article files. Discovery runs again on every
 * (debounced) change, so new files matching a glob are found; a file caught half-written is read again
 * when its next write lands, never skipped for good.
 */
export function watchCorpus(
	inputs: readonly string[],
	known: readonly string[],
	options: WatchOptions,
	onChange: (change: CorpusChange) => void,
): {close(): void; rescan(): Promise<void>} {
	const cwd = options.cwd ?? process.cwd();
	const stamps = new Map<string, string>();
	const ready = Promise.all(
		known.map(async path => {
			stamps.set(path, await stampOf(path, cwd));
		}),
	);

	let timer: NodeJS.Timeout | undefined;
	let scanning: Promise<void> = Promise.resolve();
	let closed = false;

	async function scan(): Promise<void> {
		await ready;
		let paths: string[];
		try {
			paths = await discover(inputs, {cwd});
		} catch (error) {
			if (!(error instanceof InputError)) throw error;
			paths = [];
		}
		const current = new Map(await Promise.all(paths.map(async path => [path, await stampOf(path, cwd)] as const)));
		const changed = [...current].filter(([path, stamp]) => stamps.get(path) !== stamp).map(([path]) => path);
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

	const watchers: FSWatcher[] = [];
	const roots = new Map(inputs.map(input => watchRoot(input, cwd)).map(root => [root.folder, root.recursive]));
	for (const [folder, recursive] of roots) {
		try {
			watchers.push(watch(folder, {recursive, persistent: false}, schedule));
		} catch {
			// A folder that does not exist (yet) cannot be watched; the others still are.
		}
	}

	return {
		close() {
			closed = true;
			clearTimeout(timer);
			for (const watcher of watchers) watcher.close();
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
