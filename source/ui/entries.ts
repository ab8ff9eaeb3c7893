/**
 * The brief turned into the rows the dashboard lists: display cells, identity, and what Enter opens.
 * Pure: built once per brief (and once per filter), never per rendered row. A row's cells, filter text
 * and target are worked out the first time they are asked for, so a brief of 70,000 quotes costs one
 * small object per quote until the quotes are shown, filtered or opened.
 */
import {toSafeLine, visibleControls} from '../clean/controls.js';
import {sourceLabel} from '../brief/sourceLabel.js';
import type {Article, Brief, Development, Figure, FigureGroup, Headline, Provenance, Quote, Skipped, Speaker} from '../model.js';
import {formatRange, sourcesCell} from './format.js';
import {developmentKey} from '../brief/mergeDevelopments.js';
import {figureGroupKey, figureKey, headlineKey, quoteKey, reportKey, speakerKey} from './identity.js';
import {counted} from '../text/plural.js';
import {foldSpellings} from '../text/spellings.js';

/** An article position to show, with the other mentions of the same thing in that article (for n/N). */
export interface SourceTarget {
	readonly articleId: string;
	/** Sorted by position; includes the item itself. */
	readonly mentions: readonly Provenance[];
	/** Which mention is the item itself. */
	readonly index: number;
	/** What is shown, for the view's title: "Quote · Volodymyr Zelensky". */
	readonly label: string;
}

/** A merged item whose per-source sentences can be listed. */
export interface ReportsOf {
	readonly kind: 'development' | 'figure-group';
	readonly key: string;
}

export type OpenTarget =
	| {readonly kind: 'source'; readonly target: SourceTarget}
	| {readonly kind: 'reports'; readonly of: ReportsOf; readonly title: string}
	| {readonly kind: 'speaker'; readonly speaker: string}
	| {readonly kind: 'skipped-file'; readonly path: string; readonly reason: string};

export interface Entry {
	readonly key: string;
	/** Display cells, already single-line and free of control characters. */
	readonly cells: readonly string[];
	/** Folded text the filter matches against: the item's text, speaker and source. */
	readonly search: string;
	readonly open: OpenTarget | null;
	/** The speaker of a quote, for "all quotes of this speaker". */
	readonly speaker: string | null;
	/** A development that arrived after the first complete load. */
	readonly fresh: boolean;
}

export interface DashboardLists {
	readonly headlines: readonly Entry[];
	readonly figures: readonly Entry[];
	readonly quotes: readonly Entry[];
	readonly developments: readonly Entry[];
	readonly speakers: readonly Entry[];
	/** The files that gave no article, with the reason. */
	readonly skipped: readonly Entry[];
}

/**
 * Case-, accent- and spelling-insensitive form used for filtering ("Zelenskyy" matches "zelenskyy", "Vučić" matches
 * "vucic", "Kiev" matches "Kyiv").
 */
export function fold(text: string): string {
	// Plain ASCII needs no decomposition; most of a news corpus is, and this runs over every item.
	const lower = text.toLowerCase();
	return foldSpellings(/^[\u0000-\u007F]*$/.test(lower) ? lower : lower.normalize('NFD').replace(/[\u0300-\u036F]/g, ''));
}

/** How to work out an entry's parts; each is called at most once, when first needed. */
interface EntryParts {
	/** Display cells, before control characters are taken out. */
	readonly cells: () => readonly string[];
	/** More text the filter should match, already folded. */
	readonly searchAlso?: () => string;
	readonly open?: () => OpenTarget | null;
	readonly speaker?: string | null;
	readonly fresh?: boolean;
}

class LazyEntry implements Entry {
	readonly speaker: string | null;
	readonly fresh: boolean;
	private safeCells: readonly string[] | undefined;
	private folded: string | undefined;
	private target: OpenTarget | null | undefined;

	constructor(
		readonly key: string,
		private readonly parts: EntryParts,
	) {
		this.speaker = parts.speaker ?? null;
		this.fresh = parts.fresh ?? false;
	}

	get cells(): readonly string[] {
		this.safeCells ??= this.parts.cells().map(cell => toSafeLine(cell));
		return this.safeCells;
	}

	get search(): string {
		this.folded ??= `${fold(this.cells.join(' '))} ${this.parts.searchAlso?.() ?? ''}`;
		return this.folded;
	}

	get open(): OpenTarget | null {
		if (this.target === undefined) this.target = this.parts.open?.() ?? null;
		return this.target;
	}
}

function entry(key: string, parts: EntryParts): Entry {
	return new LazyEntry(key, parts);
}

function byArticle<T>(items: readonly T[], articleOf: (item: T) => string): Map<string, T[]> {
	const map = new Map<string, T[]>();
	for (const item of items) {
		const id = articleOf(item);
		const list = map.get(id);
		if (list === undefined) map.set(id, [item]);
		else list.push(item);
	}
	return map;
}

function sourceTarget(self: Provenance, mentions: readonly Provenance[], label: string): SourceTarget {
	const sorted = [...mentions].sort((a, b) => a.span.start - b.span.start);
	const index = sorted.findIndex(mention => mention.span.start === self.span.start);
	return index === -1
		? {articleId: self.articleId, mentions: [self], index: 0, label}
		: {articleId: self.articleId, mentions: sorted, index, label};
}

/**
 * Looks up what the rows need from the brief shown; each lookup table is built when first needed, since
 * rows ask for them only when shown, filtered or opened. A `ListBuilder` moves it on from brief to brief.
 */
class BriefIndex {
	private articles: Map<string, Article> | undefined;
	private quotesByArticle: Map<string, Quote[]> | undefined;
	private figuresByArticle: Map<string, Figure[]> | undefined;
	private speakerSpellings: Map<string, string> | undefined;
	// Per article object, so they outlive one brief: the next brief of a load shares most of its articles.
	private readonly sources = new WeakMap<Article, string>();
	private readonly abouts = new WeakMap<Article, string>();

	constructor(private current: Brief) {}

	get brief(): Brief {
		return this.current;
	}

	/** Looks things up in `brief` from now on. */
	use(brief: Brief): void {
		if (brief === this.current) return;
		this.current = brief;
		this.articles = undefined;
		this.quotesByArticle = undefined;
		this.figuresByArticle = undefined;
		this.speakerSpellings = undefined;
	}

	private article(articleId: string): Article | undefined {
		this.articles ??= new Map(this.current.articles.map(article => [article.id, article]));
		return this.articles.get(articleId);
	}

	source(articleId: string): string {
		const article = this.article(articleId);
		if (article === undefined) return articleId;
		let label = this.sources.get(article);
		if (label === undefined) {
			label = sourceLabel(article);
			this.sources.set(article, label);
		}
		return label;
	}

	/** Every spelling of a speaker found in the corpus, folded: a filter for one finds them all. */
	spellings(speaker: string | null): string {
		this.speakerSpellings ??= new Map(this.current.speakers.map(item => [item.name, fold(item.aliases.join(' '))]));
		return this.speakerSpellings.get(speaker ?? '') ?? '';
	}

	/**
	 * Source name, folded, for the filter; asked for by every item of the article. Not the title: a filter finds
	 * what an item says or who said it, not every item of an article whose headline has the word.
	 */
	about(articleId: string): string {
		const article = this.article(articleId);
		if (article === undefined) return fold(`${articleId} `);
		let about = this.abouts.get(article);
		if (about === undefined) {
			about = fold(this.source(articleId));
			this.abouts.set(article, about);
		}
		return about;
	}

	quoteTarget(quote: Quote): SourceTarget {
		this.quotesByArticle ??= byArticle(this.current.quotes, item => item.at.articleId);
		const same =
			quote.speaker === null ? [quote] : (this.quotesByArticle.get(quote.at.articleId) ?? []).filter(other => other.speaker === quote.speaker);
		return sourceTarget(
			quote.at,
			same.map(other => other.at),
			`Quote · ${quote.speaker ?? 'unknown speaker'}`,
		);
	}

	figureTarget(figure: Figure): SourceTarget {
		this.figuresByArticle ??= byArticle(this.current.figures, item => item.at.articleId);
		const same = (this.figuresByArticle.get(figure.at.articleId) ?? []).filter(other => other.value === figure.value && other.unit === figure.unit);
		return sourceTarget(
			figure.at,
			same.map(other => other.at),
			`Figure · ${figure.text} ${figure.label}`,
		);
	}

	reportTarget(development: Development, articleId: string, self: Provenance): SourceTarget {
		const same = development.reports.filter(report => report.articleId === articleId).map(report => report.at);
		return sourceTarget(self, same, `Development · ${development.date ?? 'undated'}`);
	}
}

function headlineEntry(index: BriefIndex, headline: Headline): Entry {
	return entry(headlineKey(headline), {
		cells: () => [headline.text, index.source(headline.articleId), headline.kind],
		open: () => {
			const at: Provenance = {articleId: headline.articleId, sentence: headline.span, span: headline.span};
			return {kind: 'source', target: sourceTarget(at, [at], `Headline · ${headline.kind}`)};
		},
		searchAlso: () => index.about(headline.articleId),
	});
}

function figureEntry(index: BriefIndex, figure: Figure): Entry {
	return entry(figureKey(figure), {
		cells: () => [figure.text, figure.label, index.source(figure.at.articleId), figure.qualifier ?? (figure.approximate ? 'approx.' : '')],
		open: () => ({kind: 'source', target: index.figureTarget(figure)}),
		searchAlso: () => `${fold(figure.sentence)} ${index.about(figure.at.articleId)}`,
	});
}

function groupEntry(index: BriefIndex, group: FigureGroup): Entry {
	// The group's figure indexes point into the brief it was made for.
	const {figures} = index.brief;
	const key = figureGroupKey(group, figures);
	return entry(key, {
		cells: () => [formatRange(group), group.label, sourcesCell(group.articleIds.map(id => index.source(id))), group.conflicting ? 'conflict' : ''],
		open: () => ({kind: 'reports', of: {kind: 'figure-group', key}, title: `${formatRange(group)} ${group.label}`}),
		searchAlso: () => fold(group.figures.map(i => figures[i]?.sentence ?? '').join(' ')),
	});
}

/** Figures shared by several sources appear once, as their group's range; the rest one by one, in brief order. */
function shownFigures(brief: Brief): (Figure | FigureGroup)[] {
	const groupOf = new Map<number, FigureGroup>();
	for (const group of brief.figureGroups) {
		if (group.figures.length > 1) for (const i of group.figures) groupOf.set(i, group);
	}
	const shown = new Set<FigureGroup>();
	const items: (Figure | FigureGroup)[] = [];
	brief.figures.forEach((figure, i) => {
		const group = groupOf.get(i);
		if (group === undefined) items.push(figure);
		else if (!shown.has(group)) {
			shown.add(group);
			items.push(group);
		}
	});
	return items;
}

function quoteEntry(index: BriefIndex, quote: Quote): Entry {
	return entry(quoteKey(quote), {
		cells: () => [quote.speaker ?? 'unknown speaker', quote.text, index.source(quote.at.articleId)],
		open: () => ({kind: 'source', target: index.quoteTarget(quote)}),
		speaker: quote.speaker,
		searchAlso: () => `${fold(quote.speakerAsWritten ?? '')} ${index.spellings(quote.speaker)} ${index.about(quote.at.articleId)}`,
	});
}

function developmentEntries(index: BriefIndex, fresh: ReadonlySet<string>): Entry[] {
	// The brief lists developments newest first, undated last.
	return index.brief.developments.map(development => {
		const key = developmentKey(development);
		const isFresh = fresh.has(key);
		return entry(key, {
			cells: () => [development.date ?? 'undated', development.text, counted(development.articleIds.length, 'source'), isFresh ? 'new' : ''],
			open: () => {
				const first = development.reports[0];
				if (development.reports.length > 1) return {kind: 'reports', of: {kind: 'development', key}, title: development.text};
				return first === undefined ? null : {kind: 'source', target: index.reportTarget(development, first.articleId, first.at)};
			},
			fresh: isFresh,
			searchAlso: () => development.articleIds.map(id => index.about(id)).join(' '),
		});
	});
}

function speakerEntry(speaker: Speaker): Entry {
	return entry(speakerKey(speaker.name), {
		cells: () => [speaker.name, counted(speaker.quoteCount, 'quote'), counted(speaker.articleIds.length, 'source'), speaker.aliases.join(', ')],
		open: () => ({kind: 'speaker', speaker: speaker.name}),
		speaker: speaker.name,
	});
}

/** The folder every path lies in, up to its last `/` (or `\\`): what the skipped files' rows can leave out. */
export function commonFolder(paths: readonly string[]): string {
	const first = paths[0];
	if (first === undefined) return '';
	let length = first.length;
	for (const path of paths) {
		let same = 0;
		while (same < length && path.charCodeAt(same) === first.charCodeAt(same)) same++;
		length = same;
	}
	if (length === 0) return '';
	return first.slice(0, Math.max(first.lastIndexOf('/', length - 1), first.lastIndexOf('\\', length - 1)) + 1);
}

function skippedEntries(skipped: readonly Skipped[]): Entry[] {
	// Rows name each file from the folder they share, so a narrow table still tells them apart.
	const folder = commonFolder(skipped.map(skip => skip.path));
	return skipped.map(skip =>
		entry(`x|${skip.path}`, {
			// A file name can hold control characters: they are written out, so two such names stay apart.
			cells: () => [visibleControls(skip.path.slice(folder.length)), skip.reason],
			searchAlso: () => fold(visibleControls(folder)),
			// A reason is often longer than its column: Enter shows it whole, with the full path.
			open: () => ({kind: 'skipped-file', path: visibleControls(skip.path), reason: skip.reason}),
		}),
	);
}

/** The items of the lists whose rows can be kept from one brief to the next, and those rows. */
interface Rows<T> {
	readonly items: readonly T[];
	readonly rows: readonly Entry[];
}

interface KeptRows {
	readonly headlines: Rows<Headline>;
	readonly figures: Rows<Figure | FigureGroup>;
	readonly quotes: Rows<Quote>;
	readonly speakers: Rows<Speaker>;
}

/** How far ahead of the last match a build looks for an item it had: past the items of a few dropped articles. */
const lookAhead = 64;

/**
 * A row per item: the row `previous` had for the same item object, else a new one. Items keep their order
 * from brief to brief, so finding them is a walk along both lists, not a lookup per item.
 */
function rowsOf<T extends object>(items: readonly T[], make: (item: T) => Entry, previous: Rows<T> | undefined): Rows<T> {
	if (previous === undefined) return {items, rows: items.map(make)};
	if (previous.items === items) return previous;
	let next = 0;
	const rows = items.map(item => {
		const end = Math.min(previous.items.length, next + lookAhead);
		for (let at = next; at < end; at++) {
			const row = previous.rows[at];
			if (previous.items[at] === item && row !== undefined) {
				next = at + 1;
				return row;
			}
		}
		return make(item);
	});
	return {items, rows};
}

function listsOf(index: BriefIndex, fresh: ReadonlySet<string>, previous: KeptRows | undefined): {lists: DashboardLists; kept: KeptRows} {
	const {brief} = index;
	const kept: KeptRows = {
		headlines: rowsOf(brief.headlines, item => headlineEntry(index, item), previous?.headlines),
		figures: rowsOf(shownFigures(brief), item => ('figures' in item ? groupEntry(index, item) : figureEntry(index, item)), previous?.figures),
		quotes: rowsOf(brief.quotes, item => quoteEntry(index, item), previous?.quotes),
		speakers: rowsOf(brief.speakers, speakerEntry, previous?.speakers),
	};
	const lists = {
		headlines: kept.headlines.rows,
		figures: kept.figures.rows,
		quotes: kept.quotes.rows,
		developments: developmentEntries(index, fresh),
		speakers: kept.speakers.rows,
		skipped: skippedEntries(brief.skipped),
	};
	return {lists, kept};
}

/** Every dashboard list, unfiltered. */
export function buildLists(brief: Brief, fresh: ReadonlySet<string>): DashboardLists {
	return listsOf(new BriefIndex(brief), fresh, undefined).lists;
}

/**
 * Builds the dashboard lists brief after brief (a load in progress, watch mode), keeping the row of each
 * item object the last brief had too: a brief of 70,000 quotes that gained a few costs a walk over the
 * quotes, and the kept rows keep the cells they worked out. A row depends only on its item and the item's
 * article, which come together: a brief is put together from each article's findings, and what the
 * cross-article stages change (a speaker's name made canonical, figure groups) is a new object.
 * Developments are few and carry whether they are new, so theirs are made again.
 */
export class ListBuilder {
	private index: BriefIndex | undefined;
	private kept: KeptRows | undefined;

	build(brief: Brief, fresh: ReadonlySet<string>): DashboardLists {
		this.index ??= new BriefIndex(brief);
		this.index.use(brief);
		const {lists, kept} = listsOf(this.index, fresh, this.kept);
		this.kept = kept;
		return lists;
	}
}

/** Keeps the entries whose text, speaker or source contains `filter` (case and accents ignored). */
export function filterEntries(entries: readonly Entry[], filter: string): readonly Entry[] {
	const needle = fold(filter.trim());
	return needle === '' ? entries : entries.filter(item => item.search.includes(needle));
}

export function filterLists(lists: DashboardLists, filter: string): DashboardLists {
	if (filter.trim() === '') return lists;
	return {
		headlines: filterEntries(lists.headlines, filter),
		figures: filterEntries(lists.figures, filter),
		quotes: filterEntries(lists.quotes, filter),
		developments: filterEntries(lists.developments, filter),
		speakers: filterEntries(lists.speakers, filter),
		skipped: filterEntries(lists.skipped, filter),
	};
}

/** Every quote of one speaker, in brief order. */
export function speakerQuoteEntries(brief: Brief, speaker: string): Entry[] {
	const index = new BriefIndex(brief);
	return brief.quotes.filter(quote => quote.speaker === speaker).map(quote => quoteEntry(index, quote));
}

/** Each source's own sentence for a merged development or figure group; empty when it is gone. */
export function reportEntries(brief: Brief, of: ReportsOf): Entry[] {
	const index = new BriefIndex(brief);
	if (of.kind === 'development') {
		const development = brief.developments.find(item => developmentKey(item) === of.key);
		if (development === undefined) return [];
		return development.reports.map(report =>
			entry(reportKey(report), {
				cells: () => [report.date ?? 'undated', index.source(report.articleId), report.text],
				open: () => ({kind: 'source', target: index.reportTarget(development, report.articleId, report.at)}),
				searchAlso: () => index.about(report.articleId),
			}),
		);
	}
	const group = brief.figureGroups.find(item => figureGroupKey(item, brief.figures) === of.key);
	return (group?.figures ?? []).flatMap(i => {
		const figure = brief.figures[i];
		return figure === undefined
			? []
			: [
					entry(figureKey(figure), {
						cells: () => [figure.text, index.source(figure.at.articleId), figure.sentence],
						open: () => ({kind: 'source', target: index.figureTarget(figure)}),
					}),
				];
	});
}
