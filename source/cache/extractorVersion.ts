import {createHash} from 'node:crypto';
import {existsSync, readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';

/** Bumped when the cache entry layout changes. */
const entryFormat = 1;

let cached: string | undefined;

/**
 * Identifies the code that produced a cache entry: a hash of the bundle's entry, `cli.js` beside this
 * chunk, which names every chunk it loads by a hash of its content (and of the chunks that one loads).
 * Any change to loading, cleaning or extraction therefore invalidates every entry, with no version
 * constant for anyone to forget to bump. Running from source, this module stands for the code.
 */
export function extractorVersion(): string {
	cached ??= createHash('sha256')
		.update(`format ${entryFormat}\n`)
		.update(readFileSync(codeFile()))
		.digest('hex')
		.slice(0, 16);
	return cached;
}

function codeFile(): string {
	const entry = fileURLToPath(new URL('cli.js', import.meta.url));
	return /\.[cm]?js$/.test(fileURLToPath(import.meta.url)) && existsSync(entry) ? entry : fileURLToPath(import.meta.url);
}
