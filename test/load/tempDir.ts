import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach} from 'vitest';

/** A fresh temporary directory per test, removed afterwards. */
export function useTempDir(): () => string {
	let current: string | undefined;
	afterEach(() => {
		if (current) rmSync(current, {recursive: true, force: true});
		current = undefined;
	});
	return () => {
		current ??= mkdtempSync(join(tmpdir(), 'ukraine-brief-load-'));
		return current;
	};
}
