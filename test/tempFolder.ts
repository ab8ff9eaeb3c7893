import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll} from 'vitest';

const made: string[] = [];

/** Removing a folder of 100,000 files takes well over the usual hook time on a busy machine's disk. */
const removalTimeoutMs = 180_000;

// Registered when a test file imports this module (each file has its own copy), so the directories are removed
// even when they were made inside a test, where a hook of its own would never run.
afterAll(() => {
	for (const root of made.splice(0)) rmSync(root, {recursive: true, force: true});
}, removalTimeoutMs);

/** A temporary directory for this test file, removed (whatever its modes) when the file's tests end. */
export function tempFolder(label: string): string {
	const root = mkdtempSync(join(tmpdir(), `ub-${label}-`));
	made.push(root);
	return root;
}
