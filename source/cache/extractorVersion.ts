import {createHash} from 'node:crypto';
import {readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';

/** Bumped when the cache entry layout changes. */
const entryFormat = 1;

let cached: string | undefined;

/**
 * Identifies the code that produced a cache entry: a hash of the file running this module, which in the
 * published package is the whole bundle. Any change to cleaning or extraction therefore invalidates
 * every entry, with no version constant for anyone to forget to bump.
 */
export function extractorVersion(): string {
	cached ??= createHash('sha256')
		.update(`format ${entryFormat}\n`)
		.update(readFileSync(fileURLToPath(import.meta.url)))
		.digest('hex')
		.slice(0, 16);
	return cached;
}
