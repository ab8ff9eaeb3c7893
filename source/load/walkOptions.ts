import type fg from 'fast-glob';
import {byteExactFs} from './byteNames.js';

// Symlinked directories are not followed inside a walk: a link cycle would otherwise recurse without end.
export const walkOptions: fg.Options = {
	onlyFiles: false,
	followSymbolicLinks: false,
	dot: false,
	suppressErrors: true,
	caseSensitiveMatch: false,
	ignore: ['**/node_modules/**'],
	fs: byteExactFs(),
};
