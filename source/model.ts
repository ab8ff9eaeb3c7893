/**
 * The domain model: what the pipeline produces and the UI reads.
 *
 * Every finding carries provenance (article id plus character offsets into
 * that article's cleaned `text`) so any item can be shown in place.
 */

/** A half-open character range `[start, end)` into an article's cleaned text. */
export interface Span {
	readonly start: number;
	readonly end: number;
}

/** Where a finding came from: the sentence that holds it and the exact span. */
export interface Provenance {
	readonly articleId: string;
	readonly sentence: Span;
	readonly span: Span;
}

/** A structural block of a cleaned article. Paragraphs are separated by `\n`. */
export type BlockKind = 'title' | 'section' | 'paragraph';

export interface Block {
	readonly kind: BlockKind;
	readonly start: number;
	readonly end: number;
}

/** Metadata a loader could read from the file itself (front matter, HTML meta, JSON fields). */
export interface ArticleMeta {
	readonly title?: string | undefined;
	readonly source?: string | undefined;
	/** `YYYY-MM-DD`. */
	readonly published?: string | undefined;
	readonly url?: string | undefined;
}

/** A file as decoded by the loader, before cleaning. */
export interface RawArticle {
	readonly id: string;
	readonly path: string;
	/** Decoded text with line endings normalised to `\n`. */
	readonly text: string;
	readonly meta: ArticleMeta;
	/** Set when the loader already extracted clean body text (HTML, JSON, feeds): chrome rules are then skipped. */
	readonly preCleaned?: boolean;
	/** File size and mtime, for caches and watch mode. */
	readonly size?: number;
	readonly mtimeMs?: number;
}

/** A cleaned article: site chrome removed, headline structure found. */
export interface Article {
	readonly id: string;
	readonly path: string;
	readonly title: string;
	/** `title` when the article has its own headline line, `lede` when derived from the opening. */
	readonly titleKind: 'title' | 'lede';
	readonly source: string | null;
	/** `YYYY-MM-DD` from metadata, never guessed. */
	readonly published: string | null;
	/** Cleaned text: blocks joined by `\n`. All offsets point here. */
	readonly text: string;
	readonly blocks: readonly Block[];
	readonly words: number;
}

export type HeadlineKind = 'title' | 'section' | 'lede';

export interface Headline {
	readonly text: string;
	readonly articleId: string;
	readonly kind: HeadlineKind;
	readonly span: Span;
}

export const figureUnits = ['USD', 'EUR', 'GBP', 'percent', 'people', 'km', 'mi', 'count', 'other'] as const;
export type FigureUnit = (typeof figureUnits)[number];

export interface Figure {
	/** As written: `$9bn`, `50.000`, `€6 billion`. */
	readonly text: string;
	readonly value: number;
	readonly unit: FigureUnit;
	/** What it measures, in a few words from the article. */
	readonly label: string;
	/** "as many as", "roughly", "almost", "up to", a range, ... */
	readonly approximate: boolean;
	/** The words before it that bound or blur it, as written, in lower case ("at least", "about", "up to"), or null. */
	readonly qualifier: string | null;
	/** The sentence it came from. */
	readonly sentence: string;
	readonly at: Provenance;
}

export interface Quote {
	/** The quotation without its quote marks; parts of a split or multi-paragraph quote joined by spaces. */
	readonly text: string;
	/** Canonical name, or an unnamed source's description; null when nobody can be found. */
	readonly speaker: string | null;
	/** The speaker as this article wrote it, before cross-article canonicalisation. */
	readonly speakerAsWritten: string | null;
	/** True for short fragments (scare-quoted phrases that are attributed). */
	readonly fragment: boolean;
	readonly at: Provenance;
}

/** One article's report of an event. */
export interface Report {
	readonly articleId: string;
	readonly text: string;
	/** `YYYY-MM-DD` or null. */
	readonly date: string | null;
	readonly at: Provenance;
}

/** An event, merged across every article that reports it. */
export interface Development {
	readonly text: string;
	readonly date: string | null;
	readonly articleIds: readonly string[];
	readonly reports: readonly Report[];
}

/** Figures that measure the same quantity across sources. */
export interface FigureGroup {
	readonly label: string;
	readonly unit: FigureUnit;
	readonly min: number;
	readonly max: number;
	/** Indexes into `Brief.figures`. */
	readonly figures: readonly number[];
	readonly articleIds: readonly string[];
	/** True when the sources disagree on the value. */
	readonly conflicting: boolean;
}

export interface Speaker {
	readonly name: string;
	readonly aliases: readonly string[];
	readonly quoteCount: number;
	readonly articleIds: readonly string[];
}

export interface Skipped {
	readonly path: string;
	readonly reason: string;
}

/** What extraction finds in one article. */
export interface ArticleFindings {
	readonly articleId: string;
	readonly headlines: readonly Headline[];
	readonly figures: readonly Figure[];
	readonly quotes: readonly Quote[];
	readonly reports: readonly Report[];
}

export interface Brief {
	readonly version: 1;
	readonly articles: readonly Article[];
	readonly headlines: readonly Headline[];
	readonly figures: readonly Figure[];
	readonly quotes: readonly Quote[];
	readonly developments: readonly Development[];
	readonly figureGroups: readonly FigureGroup[];
	readonly speakers: readonly Speaker[];
	readonly skipped: readonly Skipped[];
}
