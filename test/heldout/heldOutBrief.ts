import {buildBrief} from '../../source/brief/buildBrief.js';
import {loadArticles} from '../../source/load/loadArticles.js';
import type {Article} from '../../source/model.js';

/** The brief of one held-out folder, as the CLI builds it, with what it found looked up by file name. */
export async function heldOutBrief(folder: string) {
	const brief = buildBrief(await loadArticles([folder]));
	const articleOf = (file: string): Article => {
		const article = brief.articles.find(item => item.path.endsWith(`/${file}`));
		if (article === undefined) throw new Error(`${file} was not loaded`);
		return article;
	};
	const idOf = (file: string) => articleOf(file).id;
	return {
		brief,
		articleOf,
		sectionsOf: (file: string) => brief.headlines.filter(headline => headline.articleId === idOf(file) && headline.kind === 'section').map(headline => headline.text),
		/** The article's own report of each development it shares in. */
		reportsOf: (file: string) => brief.developments.flatMap(development => development.reports).filter(report => report.articleId === idOf(file)).map(report => report.text),
		quotesOf: (file: string) => brief.quotes.filter(quote => quote.at.articleId === idOf(file)),
		figuresOf: (file: string) => brief.figures.filter(figure => figure.at.articleId === idOf(file)),
	};
}
