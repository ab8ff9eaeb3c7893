import {constants, type PathLike, type Stats} from 'node:fs';
import {access, lstat, open, readlink, stat} from 'node:fs/promises';

export type Candidate =
	| {readonly bytes: Uint8Array; readonly size: number; readonly mtimeMs: number}
	| {readonly skip: string};

/**
 * Reads one discovered file, or says in plain words why it cannot be an article. The type is checked with
 * lstat/stat before opening, so a named pipe is never opened (opening one would block until a writer appears).
 */
export async function readCandidate(path: PathLike, maxBytes: number): Promise<Candidate> {
	const stats = await statTarget(path);
	if ('skip' in stats) return stats;
	if (stats.isDirectory() && !(await canList(path))) return {skip: 'permission denied: the folder cannot be read, so its articles cannot be loaded'};
	const problem = typeProblem(stats) ?? sizeProblem(stats.size, maxBytes);
	if (problem) return {skip: problem};
	try {
		// O_NONBLOCK: should the file be swapped for a pipe after the check, opening still does not hang.
		const handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
		try {
			const opened = await handle.stat();
			const changed = typeProblem(opened) ?? sizeProblem(opened.size, maxBytes);
			if (changed) return {skip: changed};
			// One read of the size fstat gave: FileHandle.readFile costs twice as much on a folder of small files.
			// A file that changes while it is read is taken as far as it then reached, never past that size.
			const buffer = Buffer.alloc(opened.size);
			let filled = 0;
			while (filled < buffer.length) {
				const {bytesRead} = await handle.read(buffer, filled, buffer.length - filled, filled);
				if (bytesRead === 0) break;
				filled += bytesRead;
			}
			if (filled === 0) return {skip: 'empty file (0 bytes)'};
			return {bytes: buffer.subarray(0, filled), size: filled, mtimeMs: opened.mtimeMs};
		} finally {
			await handle.close();
		}
	} catch (error) {
		return {skip: accessProblem(error)};
	}
}

async function statTarget(path: PathLike): Promise<Stats | {skip: string}> {
	let link: Stats;
	try {
		link = await lstat(path);
	} catch (error) {
		return {skip: accessProblem(error)};
	}
	if (!link.isSymbolicLink()) return link;
	try {
		return await stat(path);
	} catch (error) {
		const code = errorCode(error);
		if (code === 'ELOOP') return {skip: 'symlink loop: the link points back to itself'};
		if (code === 'ENOENT') return {skip: `broken symlink: its target ${await linkTarget(path)} does not exist`};
		return {skip: accessProblem(error)};
	}
}

function typeProblem(stats: Stats): string | undefined {
	if (stats.isFile()) return undefined;
	if (stats.isDirectory()) return 'a directory, not a file (its name looks like an article file)';
	const kind = stats.isFIFO()
		? 'a named pipe (FIFO)'
		: stats.isSocket()
			? 'a socket'
			: stats.isCharacterDevice() || stats.isBlockDevice()
				? 'a device'
				: 'a special file';
	return `not a regular file: ${kind}`;
}

function sizeProblem(size: number, maxBytes: number): string | undefined {
	if (size === 0) return 'empty file (0 bytes)';
	if (size > maxBytes) return `too large: ${formatBytes(size)}, the limit is ${formatBytes(maxBytes)}`;
	return undefined;
}

function accessProblem(error: unknown): string {
	switch (errorCode(error)) {
		case 'ENOENT':
			return 'vanished: the file was removed after it was found';
		case 'EACCES':
		case 'EPERM':
			return 'permission denied: the file cannot be read';
		case 'ELOOP':
			return 'symlink loop: the link points back to itself';
		case 'EISDIR':
			return 'a directory, not a file (its name looks like an article file)';
		default:
			return `cannot be read: ${error instanceof Error ? error.message : String(error)}`;
	}
}

async function canList(path: PathLike): Promise<boolean> {
	try {
		await access(path, constants.R_OK | constants.X_OK);
		return true;
	} catch {
		return false;
	}
}

async function linkTarget(path: PathLike): Promise<string> {
	try {
		return JSON.stringify(await readlink(path));
	} catch {
		return '(unknown)';
	}
}

function errorCode(error: unknown): string | undefined {
	return error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
}

function formatBytes(bytes: number): string {
	if (bytes < 1024) return `${bytes} bytes`;
	if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
	return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
