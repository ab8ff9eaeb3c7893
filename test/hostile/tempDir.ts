import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll} from 'vitest';

/** A temporary directory for this test file, removed (whatever its modes) when the file's tests end. */
export function hostileDir(label: string): string {
	const root = mkdtempSync(join(tmpdir(), `ub-hostile-${label}-`));
	afterAll(() => rmSync(root, {recursive: true, force: true}));
	return root;
}
