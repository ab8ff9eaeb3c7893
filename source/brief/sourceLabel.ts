import {toSafeLine} from '../clean/controls.js';
import {fileStem} from '../clean/words.js';
import type {Article} from '../model.js';
import {counted} from '../text/plural.js';

/** How an article is named to a reader: its source when known, else its file name. */
export function sourceLabel(article: Pick<Article, 'source' | 'path'>): string {
	if (article.source !== null && article.source !== '') return toSafeLine(article.source);
	return toSafeLine(fileStem(article.path));
}

/** Article id -> reader-facing source name, for outputs that list many items. */
export function sourceLabels(articles: readonly Article[]): Map<string, string> {
	return new Map(articles.map(article => [article.id, sourceLabel(article)]));
}

/** More sources than this would crowd an item's line, so they are counted instead of named. */
const namedSourcesAtMost = 3;

/** The sources of one item as a reader sees them: named when a few, counted when many, never both. */
export function sourceList(articleIds: readonly string[], name: (articleId: string) => string): string {
	return articleIds.length > namedSourcesAtMost ? counted(articleIds.length, 'source') : articleIds.map(name).join(', ');
}
