import type {Brief, Figure} from '../model.js';

/** The newest publication date in the corpus, or null when no article states one. */
export function newestPublished(brief: Pick<Brief, 'articles'>): string | null {
	let newest: string | null = null;
	for (const article of brief.articles) {
		if (article.published !== null && (newest === null || article.published > newest)) newest = article.published;
	}
	return newest;
}

/** A figure as an output writes it: with the words that bound or blur it ("at least $9bn"), else "~" when approximate. */
export function figureAsWritten(figure: Figure): string {
	return figure.qualifier === null ? `${figure.approximate ? '~' : ''}${figure.text}` : `${figure.qualifier} ${figure.text}`;
}
