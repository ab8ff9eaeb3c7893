import {createHash} from 'node:crypto';
import {basename, resolve} from 'node:path';
import {fileOf} from './itemPath.js';

const itemSuffix = /#(\d+)$/;

/**
 * A stable id from the file's absolute path: a readable stem plus a short hash, so the same file gets the
 * same id whatever the load order or working directory. `file.json#3` (item 3 of a file) is accepted too.
 */
export function articleId(path: string): string {
	const item = itemSuffix.exec(path)?.[1];
	const file = fileOf(path);
	const absolute = resolve(file) + (item === undefined ? '' : `#${item}`);
	const stem = basename(file).replace(/\.[^.]*$/, '');
	const slug = stem.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40) || 'article';
	const hash = createHash('sha256').update(absolute).digest('hex').slice(0, 8);
	return [slug, item, hash].filter(part => part !== undefined).join('-');
}
