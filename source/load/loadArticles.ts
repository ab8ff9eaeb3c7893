import {resolve} from 'node:path';
import {setImmediate as nextTurn} from 'node:timers/promises';
import {toSafeLine} from '../clean/controls.js';
import type {RawArticle, Skipped} from '../model.js';
import {articleId} from './articleId.js';
import {fsPath} from './byteNames.js';
import {itemPath} from './itemPath.js';
import {discover} from './discover.js';
import {readArticleFile} from './readArticleFile.js';
import {formatOf} from './articleFormats.js';
import type {ParsedEntry} from './formats/parsedEntry.js';
import {readCandidate} from './readCandidate.js';

export {articleId} from './articleId.js';
export {discover} from './discover.js';
export {InputError} from './inputError.js';

export interface LoadOptions {
	/** Files larger than this are skipped. Default 5 MiB. */
	readonly maxBytes?: number;
	/** Directory relative inputs are resolved against. Default `process.cwd()`. */
	readonly cwd?: string;
}

export interface LoadResult {
	readonly articles: RawArticle[];
	readonly skipped: Skipped[];
	/** Every article the inputs hold: `articles.length + skipped.length` (a file of many articles counts each). */
	readonly discovered: number;
}

const defaultMaxBytes = 5 * 1024 * 1024;
/** Reading yields to the event loop this often (ms), so a dashboard already shown (watch mode) stays responsive. */
const sliceMs = 8;

/**
 * Finds and reads every article the inputs name. Unreadable or unusable files never fail the load: each is
 * listed in `skipped` with a reason a person understands. Throws InputError for an input that names nothing.
 */
export async function loadArticles(inputs: readonly string[], options: LoadOptions = {}): Promise<LoadResult> {
	const cwd = options.cwd ?? process.cwd();
	const maxBytes = options.maxBytes ?? defaultMaxBytes;
	const paths = await discover(inputs, {cwd});
	const articles: RawArticle[] = [];
	const skipped: Skipped[] = [];
	let sliceStart = performance.now();
	for (const path of paths) {
		for (const entry of await loadFile(path, cwd, maxBytes)) {
			if ('reason' in entry) skipped.push(entry);
			else articles.push(entry);
		}
		if (performance.now() - sliceStart >= sliceMs) {
			await nextTurn();
			sliceStart = performance.now();
		}
	}
	return {articles, skipped, discovered: articles.length + skipped.length};
}

async function loadFile(path: string, cwd: string, maxBytes: number): Promise<Array<RawArticle | Skipped>> {
	const candidate = readCandidate(fsPath(resolve(cwd, path)), maxBytes);
	// Reasons quote system and parser messages and link targets, which may hold a file name's escape sequences.
	if ('skip' in candidate) return [{path, reason: toSafeLine(candidate.skip)}];
	return (await readEntries(path, candidate.bytes)).map(entry => {
		const inFile = entry.item === undefined ? path : itemPath(path, entry.item);
		if (entry.kind === 'skip') return {path: inFile, reason: toSafeLine(entry.reason)};
		return {
			id: articleId(resolve(cwd, inFile)),
			path: inFile,
			text: entry.text,
			meta: entry.meta,
			...(entry.preCleaned ? {preCleaned: true} : {}),
			size: candidate.size,
			mtimeMs: candidate.mtimeMs,
		};
	});
}

/** One file's articles; a parser that throws on some input costs that file alone, listed with the reason. */
async function readEntries(path: string, bytes: Uint8Array): Promise<ParsedEntry[]> {
	try {
		return await readArticleFile(path, bytes);
	} catch (error) {
		return [{kind: 'skip', reason: `could not be read as ${formatOf(path)}: ${error instanceof Error ? error.message : String(error)}`}];
	}
}
