import {fileOf} from '../load/itemPath.js';
import type {Brief, RawArticle, Skipped} from '../model.js';
import {analyseArticle, assembleBrief, type AnalysedArticle} from './buildBrief.js';
import {developmentKey} from './mergeDevelopments.js';

/** What one file currently contributes: its articles (a JSON export can hold many) and its skips. */
interface FileEntry {
	readonly stamp: string;
	readonly analysed: readonly AnalysedArticle[];
	readonly skipped: readonly Skipped[];
}

function stampOf(article: RawArticle): string {
	return `${article.size ?? ''}:${article.mtimeMs ?? ''}:${article.text.length}`;
}

/**
 * A brief kept up to date file by file: only changed files are cleaned and extracted again,
 * then the cross-article stages run over everything. `fresh` collects the developments that
 * appeared after the first build, so the dashboard can mark them as new.
 */
export class LiveBrief {
	private readonly files = new Map<string, FileEntry>();
	private knownDevelopments: Set<string> | null = null;
	readonly fresh = new Set<string>();
	brief: Brief;

	constructor() {
		this.brief = assembleBrief([], []);
	}

	/** Starts from a corpus already analysed (in the order of `loaded.articles`), so nothing is extracted twice. */
	seed(loaded: {readonly articles: readonly RawArticle[]; readonly skipped: readonly Skipped[]}, analysed: readonly AnalysedArticle[]): Brief {
		const byPath = new Map(analysed.map(item => [item.article.path, item]));
		return this.apply(loaded, [], article => byPath.get(article.path) ?? analyseArticle(article));
	}

	/** Replaces what `files` contribute with `articles` and `skipped`; files listed in `removed` are dropped. */
	update(loaded: {readonly articles: readonly RawArticle[]; readonly skipped: readonly Skipped[]}, removed: readonly string[] = []): Brief {
		return this.apply(loaded, removed, analyseArticle);
	}

	private apply(
		loaded: {readonly articles: readonly RawArticle[]; readonly skipped: readonly Skipped[]},
		removed: readonly string[],
		analyse: (article: RawArticle) => AnalysedArticle,
	): Brief {
		for (const path of removed) this.files.delete(fileOf(path));
		const byFile = new Map<string, {articles: RawArticle[]; skipped: Skipped[]}>();
		const entryFor = (path: string) => {
			const file = fileOf(path);
			const entry = byFile.get(file) ?? {articles: [], skipped: []};
			byFile.set(file, entry);
			return entry;
		};
		for (const article of loaded.articles) entryFor(article.path).articles.push(article);
		for (const skip of loaded.skipped) entryFor(skip.path).skipped.push(skip);

		for (const [file, {articles, skipped}] of byFile) {
			const stamp = articles.map(stampOf).join('|');
			const previous = this.files.get(file);
			const analysed = previous !== undefined && previous.stamp === stamp && skipped.length === 0 ? previous.analysed : articles.map(analyse);
			this.files.set(file, {stamp, analysed, skipped});
		}
		return this.rebuild();
	}

	private rebuild(): Brief {
		const files = [...this.files.keys()].sort();
		const entries = files.map(file => this.files.get(file)!);
		this.brief = assembleBrief(entries.flatMap(entry => entry.analysed), entries.flatMap(entry => entry.skipped));
		const keys = new Set(this.brief.developments.map(developmentKey));
		if (this.knownDevelopments !== null) {
			for (const key of keys) if (!this.knownDevelopments.has(key)) this.fresh.add(key);
		}
		this.knownDevelopments = keys;
		return this.brief;
	}
}
