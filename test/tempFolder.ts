import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll} from 'vitest';

const made: string[] = [];

// Registered when a test file imports this module (each file has its own copy), so the directories are removed
// even when they were made inside a test, where a hook of its own would never run.
afterAll(() => {
	for (const root of made.splice(0)) rmSync(root, {recursive: true, force: true});
});

/** A temporary directory for this test file, removed (whatever its modes) when the file's tests end. */
export function tempFolder(label: string): string {
	const root = mkdtempSync(join(tmpdir(), `ub-${label}-`));
	made.push(root);
	return root;
}
