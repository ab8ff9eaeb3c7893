import type {Brief} from '../model.js';

/** The newest publication date in the corpus, or null when no article states one. */
export function newestPublished(brief: Pick<Brief, 'articles'>): string | null {
	let newest: string | null = null;
	for (const article of brief.articles) {
		if (article.published !== null && (newest === null || article.published > newest)) newest = article.published;
	}
	return newest;
}
