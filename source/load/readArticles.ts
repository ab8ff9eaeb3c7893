import {resolve} from 'node:path';
import {setImmediate as nextTurn} from 'node:timers/promises';
import {toSafeLine} from '../clean/controls.js';
import type {RawArticle, Skipped} from '../model.js';
import {articleId} from './articleId.js';
import {formatOf} from './articleFormats.js';
import {fsPath} from './byteNames.js';
import type {ParsedEntry} from './formats/parsedEntry.js';
import {itemPath} from './itemPath.js';
import {readArticleFile} from './readArticleFile.js';
import {readCandidate} from './readCandidate.js';

export interface ReadOptions {
	/** Files larger than this are skipped. */
	readonly maxBytes: number;
	/** Directory relative paths are resolved against. */
	readonly cwd: string;
}

/** What one stretch of reading found: the articles and skips of `files` files, in path order. */
export interface ReadSlice {
	readonly articles: readonly RawArticle[];
	readonly skipped: readonly Skipped[];
	readonly files: number;
}

/** Reading yields to the event loop this often (ms), so a dashboard already shown stays responsive. */
const sliceMs = 8;

/**
 * Reads the files `discover` found, in order, handing over what each short stretch of reading found: a
 * dashboard can show progress while a large folder is read, and a caller that only needs the findings
 * can let go of each article's text once it is analysed. Unreadable or unusable files never fail the
 * read: each is a skip with a reason a person understands.
 */
export async function* readArticles(paths: readonly string[], options: ReadOptions): AsyncGenerator<ReadSlice> {
	let articles: RawArticle[] = [];
	let skipped: Skipped[] = [];
	let files = 0;
	let sliceStart = performance.now();
	for (const path of paths) {
		for (const entry of await readFile(path, options)) {
			if ('reason' in entry) skipped.push(entry);
			else articles.push(entry);
		}
		files++;
		if (performance.now() - sliceStart >= sliceMs) {
			yield {articles, skipped, files};
			articles = [];
			skipped = [];
			files = 0;
			await nextTurn();
			sliceStart = performance.now();
		}
	}
	if (files > 0) yield {articles, skipped, files};
}

async function readFile(path: string, {cwd, maxBytes}: ReadOptions): Promise<Array<RawArticle | Skipped>> {
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
