import {lstat, lstatSync, readdir, readdirSync, stat, statSync, type Dirent} from 'node:fs';
import type fg from 'fast-glob';
import {decodeUtf8Leniently} from './mixedUtf8.js';

/*
 * File names are bytes, and a scraper writing Latin-1 names leaves bytes that are not UTF-8. Node reads such
 * a name as U+FFFD, which names no file (it cannot be opened) and makes two different names equal. Here each
 * stray byte 0x80-0xff is kept as the private-use character U+F780-U+F7FF instead, and turned back into the
 * byte whenever the path goes to the file system.
 */

const escapeBase = 0xf700;
const escaped = /[\uF780-\uF7FF]/;

/** A directory entry's name as text that maps back to the same bytes. */
export function nameFromBytes(bytes: Buffer): string {
	const text = bytes.toString('utf8');
	return text.includes('\uFFFD') ? decodeUtf8Leniently(bytes, byte => escapeBase + byte) : text;
}

/** The path to hand to the file system: the bytes again, where the name held stray bytes. */
export function fsPath(path: string): string | Buffer {
	if (!escaped.test(path)) return path;
	const bytes: number[] = [];
	for (const char of path) {
		const point = char.codePointAt(0)!;
		if (point >= escapeBase + 0x80 && point <= escapeBase + 0xff) bytes.push(point - escapeBase);
		else bytes.push(...Buffer.from(char, 'utf8'));
	}
	return Buffer.from(bytes);
}

type Callback<T> = (error: NodeJS.ErrnoException | null, value: T) => void;

function named(entries: Array<Dirent<Buffer> | Buffer>): Array<Dirent | string> {
	return entries.map(entry => {
		if (Buffer.isBuffer(entry)) return nameFromBytes(entry);
		return Object.assign(entry, {name: nameFromBytes(entry.name)}) as unknown as Dirent;
	});
}

type ReaddirOptions = {readonly withFileTypes?: boolean};

function readdirOptions(options: ReaddirOptions | undefined) {
	return {withFileTypes: options?.withFileTypes === true, encoding: 'buffer'} as const;
}

/**
 * fast-glob's file-system calls, reading and passing names byte-exact. `onUnlistable` hears of each folder
 * the walk may not read (fast-glob would pass over it in silence, and every article in it with it).
 */
export function byteExactFs(onUnlistable: (path: string) => void = () => {}): Partial<fg.FileSystemAdapter> {
	const noteDenied = (path: string, error: NodeJS.ErrnoException | null) => {
		if (error?.code === 'EACCES' || error?.code === 'EPERM') onUnlistable(path);
	};
	const readdirBytes = (path: string, options: ReaddirOptions | Callback<Array<Dirent | string>>, callback?: Callback<Array<Dirent | string>>) => {
		const done = typeof options === 'function' ? options : callback!;
		const wanted = readdirOptions(typeof options === 'function' ? undefined : options);
		readdir(fsPath(path), wanted as never, ((error: NodeJS.ErrnoException | null, entries: Array<Dirent<Buffer> | Buffer>) => {
			noteDenied(path, error);
			done(error, error ? [] : named(entries));
		}) as never);
	};
	const readdirBytesSync = (path: string, options?: ReaddirOptions): Array<Dirent | string> => {
		try {
			return named(readdirSync(fsPath(path), readdirOptions(options) as never) as unknown as Array<Dirent<Buffer> | Buffer>);
		} catch (error) {
			noteDenied(path, error as NodeJS.ErrnoException);
			throw error;
		}
	};
	return {
		lstat: ((path: string, callback: Callback<unknown>) => lstat(fsPath(path), callback)) as fg.FileSystemAdapter['lstat'],
		stat: ((path: string, callback: Callback<unknown>) => stat(fsPath(path), callback)) as fg.FileSystemAdapter['stat'],
		lstatSync: ((path: string) => lstatSync(fsPath(path))) as fg.FileSystemAdapter['lstatSync'],
		statSync: ((path: string) => statSync(fsPath(path))) as fg.FileSystemAdapter['statSync'],
		readdir: readdirBytes as unknown as fg.FileSystemAdapter['readdir'],
		readdirSync: readdirBytesSync as unknown as fg.FileSystemAdapter['readdirSync'],
	};
}
