import {readdirSync, readFileSync} from 'node:fs';
import {join, relative} from 'node:path';
import {describe, expect, it} from 'vitest';

const sourceRoot = join(import.meta.dirname, '..', 'source');

/** `import … from '…'`, `export … from '…'` at the start of a line, or `import('…')`. */
const importPattern = /^(?:import|export)\b[^;]*?\bfrom\s+'([^']+)'|\bimport\(\s*'([^']+)'\s*\)/gm;

/** Every module under `folder` of source/, with what it imports (static and dynamic), as written. */
function importsUnder(folder: string): Array<{file: string; specifier: string}> {
	const found: Array<{file: string; specifier: string}> = [];
	const directory = join(sourceRoot, folder);
	for (const entry of readdirSync(directory, {recursive: true, withFileTypes: true})) {
		if (!entry.isFile() || !/\.tsx?$/.test(entry.name)) continue;
		const path = join(entry.parentPath, entry.name);
		const text = readFileSync(path, 'utf8');
		for (const match of text.matchAll(importPattern)) found.push({file: relative(sourceRoot, path), specifier: (match[1] ?? match[2])!});
	}
	return found;
}

/** The imports of `folder` that `allowed` refuses, as "file -> specifier". */
function refused(folder: string, allowed: (specifier: string) => boolean): string[] {
	return importsUnder(folder).filter(({specifier}) => !allowed(specifier)).map(({file, specifier}) => `${file} -> ${specifier}`);
}

describe('the layers of the source tree', () => {
	it('keeps extraction pure: text in, findings out, with no I/O, terminal or React', () => {
		const modules = importsUnder('extract');
		expect(modules.length).toBeGreaterThan(30);
		expect(refused('extract', specifier => specifier.startsWith('./') || ['../model.js', '../memo.js', 'chrono-node'].includes(specifier) || specifier.startsWith('../text/charCodes'))).toEqual([]);
	});

	it('keeps cleaning free of I/O, the terminal and the stages after it', () => {
		expect(refused('clean', specifier => !/^(?:node:|ink$|react$)|^\.\.\/(?:ui|session|workers|cache|brief)\//.test(specifier))).toEqual([]);
	});

	it('lets the dashboard read only the brief, never run cleaning or extraction itself', () => {
		expect(refused('ui', specifier => !/^\.\.\/(?:extract|load|workers)\/|^\.\.\/clean\/cleanArticle/.test(specifier))).toEqual([]);
	});
});
