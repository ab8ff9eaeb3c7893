import {accessSync, closeSync, constants, fstatSync, lstatSync, openSync, readlinkSync, readSync, statSync, type PathLike, type Stats} from 'node:fs';
import {errorCode} from './errorCode.js';

export type Candidate =
	| {readonly bytes: Uint8Array; readonly size: number; readonly mtimeMs: number}
	| {readonly skip: string};

/**
 * Reads one discovered file, or says in plain words why it cannot be an article. A regular file costs one
 * open, one fstat and one read. It is opened with O_NONBLOCK, so a named pipe never blocks the open (it would
 * wait for a writer), and its type is then checked on the descriptor, which also catches a file swapped for
 * something else after discovery. Only when opening fails is the path itself examined, to say why.
 *
 * The calls are synchronous: a local file takes microseconds, while each promise-based call costs a trip
 * through the thread pool, several times the whole read on a folder of small files. The caller yields
 * between files so the event loop is never held for long.
 */
export function readCandidate(path: PathLike, maxBytes: number): Candidate {
	let fd: number;
	try {
		fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
	} catch (error) {
		return {skip: whyUnopenable(path, error, maxBytes)};
	}
	try {
		return readOpened(path, fd, maxBytes);
	} catch (error) {
		return {skip: accessProblem(error)};
	} finally {
		closeSync(fd);
	}
}

function readOpened(path: PathLike, fd: number, maxBytes: number): Candidate {
	const stats = fstatSync(fd);
	const problem = entryProblem(path, stats, maxBytes);
	if (problem) return {skip: problem};
	// A file that changes while it is read is taken as far as it then reached, never past the size fstat gave.
	const buffer = Buffer.allocUnsafe(stats.size);
	let filled = 0;
	while (filled < buffer.length) {
		const bytesRead = readSync(fd, buffer, filled, buffer.length - filled, filled);
		if (bytesRead === 0) break;
		filled += bytesRead;
	}
	if (filled === 0) return {skip: 'empty file (0 bytes)'};
	return {bytes: buffer.subarray(0, filled), size: filled, mtimeMs: stats.mtimeMs};
}

/** Why a path that cannot be opened is no article: its own type and size first (a link, a folder), else the error. */
function whyUnopenable(path: PathLike, error: unknown, maxBytes: number): string {
	const stats = statTarget(path);
	if ('skip' in stats) return stats.skip;
	return entryProblem(path, stats, maxBytes) ?? accessProblem(error);
}

function entryProblem(path: PathLike, stats: Stats, maxBytes: number): string | undefined {
	if (stats.isDirectory() && !canList(path)) return 'permission denied: the folder cannot be read, so its articles cannot be loaded';
	return typeProblem(stats) ?? sizeProblem(stats.size, maxBytes);
}

function statTarget(path: PathLike): Stats | {skip: string} {
	let link: Stats;
	try {
		link = lstatSync(path);
	} catch (error) {
		return {skip: accessProblem(error)};
	}
	if (!link.isSymbolicLink()) return link;
	try {
		return statSync(path);
	} catch (error) {
		const code = errorCode(error);
		if (code === 'ELOOP') return {skip: 'symlink loop: the link points back to itself'};
		if (code === 'ENOENT') return {skip: `broken symlink: its target ${linkTarget(path)} does not exist`};
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

function canList(path: PathLike): boolean {
	try {
		accessSync(path, constants.R_OK | constants.X_OK);
		return true;
	} catch {
		return false;
	}
}

function linkTarget(path: PathLike): string {
	try {
		return JSON.stringify(readlinkSync(path));
	} catch {
		return '(unknown)';
	}
}

/** A size in binary units, as `--max-size` counts, with the exact bytes: rounded sizes just over a limit would look equal to it. */
function formatBytes(bytes: number): string {
	const exact = `${bytes.toLocaleString('en-US')} bytes`;
	if (bytes < 1024) return exact;
	const rounded = bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(1)} KiB` : `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
	return `${rounded} (${exact})`;
}
