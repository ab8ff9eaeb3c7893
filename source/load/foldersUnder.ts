import fg from 'fast-glob';
import {walkOptions} from './walkOptions.js';

/** A folder and every folder below it that a walk would enter, as absolute paths. */
export function foldersUnder(absolute: string): string[] {
	const below = fg.sync('**', {...walkOptions, onlyFiles: false, onlyDirectories: true, cwd: absolute, absolute: true});
	return [absolute, ...below];
}
