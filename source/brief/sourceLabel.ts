import {toSafeLine} from '../clean/controls.js';
import {fileStem} from '../clean/words.js';
import type {Article} from '../model.js';

/** How an article is named to a reader: its source when known, else its file name. */
export function sourceLabel(article: Pick<Article, 'source' | 'path'>): string {
	if (article.source !== null && article.source !== '') return toSafeLine(article.source);
	return toSafeLine(fileStem(article.path));
}

/** Article id -> reader-facing source name, for outputs that list many items. */
export function sourceLabels(articles: readonly Article[]): Map<string, string> {
	return new Map(articles.map(article => [article.id, sourceLabel(article)]));
}
