import {createHash} from 'node:crypto';
import {mkdirSync, readFileSync, renameSync, rmSync, writeFileSync} from 'node:fs';
import {join, resolve} from 'node:path';
import {threadId} from 'node:worker_threads';
import type {AnalysedArticle} from '../brief/assembleBrief.js';
import type {RawArticle} from '../model.js';
import {compactFindings, expandFindings} from './compactFindings.js';
import {isAnalysed} from './isAnalysed.js';

/** Where the cache lives and which extractor's entries count as current. Plain data, so workers can be given it. */
export interface CacheSettings {
	readonly directory: string;
	readonly version: string;
}

/** What an entry must match to be used: the file as it is now and the code that would extract it. */
interface EntryKey {
	readonly version: string;
	readonly path: string;
	readonly size: number;
	readonly mtimeMs: number;
	readonly length: number;
}

interface Entry extends EntryKey {
	readonly analysed: unknown;
}

/**
 * One file per article, named by a hash of its absolute path, so a changed file overwrites its own
 * entry instead of leaving the old one behind. Reads and writes are synchronous: an entry is small, and
 * the callers (time-sliced loops, worker threads) decide when blocking is acceptable.
 */
export class ArticleCache {
	private readonly entries: string;
	private made = false;
	private written = 0;

	constructor(private readonly settings: CacheSettings) {
		this.entries = join(settings.directory, 'articles');
	}

	/** The cached analysis of `raw`, or undefined when there is none or it is stale, corrupt or for other code. */
	read(raw: RawArticle): AnalysedArticle | undefined {
		const key = this.keyOf(raw);
		if (key === undefined) return undefined;
		let entry: unknown;
		try {
			entry = JSON.parse(readFileSync(this.fileOf(key.path), 'utf8'));
		} catch {
			return undefined;
		}
		if (!matches(entry, key)) return undefined;
		const analysed = expandFindings(entry.analysed);
		if (!isAnalysed(analysed, raw.id)) return undefined;
		// The same file may be named by another relative path this time.
		return {article: {...analysed.article, path: raw.path}, findings: analysed.findings};
	}

	/** Stores `analysed` for `raw`: written to a temporary file and renamed, so a reader never sees half an entry. */
	write(raw: RawArticle, analysed: AnalysedArticle): void {
		const key = this.keyOf(raw);
		if (key === undefined) return;
		const file = this.fileOf(key.path);
		const temporary = `${file}.${process.pid}-${threadId}-${this.written++}.tmp`;
		try {
			if (!this.made) mkdirSync(this.entries, {recursive: true});
			this.made = true;
			writeFileSync(temporary, JSON.stringify({...key, analysed: compactFindings(analysed)} satisfies Entry));
			renameSync(temporary, file);
		} catch {
			// A cache that cannot be written (read-only or full disk) only costs speed next time.
			try {
				rmSync(temporary, {force: true});
			} catch {
				// Nothing was written there either.
			}
		}
	}

	private keyOf(raw: RawArticle): EntryKey | undefined {
		if (raw.size === undefined || raw.mtimeMs === undefined) return undefined;
		return {version: this.settings.version, path: resolve(raw.path), size: raw.size, mtimeMs: raw.mtimeMs, length: raw.text.length};
	}

	private fileOf(absolutePath: string): string {
		return join(this.entries, `${createHash('sha256').update(absolutePath).digest('hex').slice(0, 32)}.json`);
	}
}

function matches(entry: unknown, key: EntryKey): entry is Entry {
	if (typeof entry !== 'object' || entry === null) return false;
	const record = entry as Record<string, unknown>;
	return (Object.keys(key) as Array<keyof EntryKey>).every(name => record[name] === key[name]);
}
