import type {Article, ArticleFindings} from '../model.js';
import {findDates, referenceDate} from './dates.js';
import {extractReports} from './developments.js';
import {extractFigures} from './figures.js';
import {extractHeadlines} from './headlines.js';
import {extractQuotes} from './quotes.js';
import {articleSentences} from './sentences.js';

/** Everything extraction finds in one cleaned article. Pure: no I/O, same input, same output. */
export function extractArticle(article: Article): ArticleFindings {
	const sentences = articleSentences(article);
	// Dates are found once: figures mask them, developments are dated by them.
	const dates = findDates(sentences, referenceDate(article.published, sentences)?.date ?? null);
	return {
		articleId: article.id,
		headlines: extractHeadlines(article, sentences),
		figures: extractFigures(article, sentences, dates),
		quotes: extractQuotes(article, sentences),
		reports: extractReports(article, sentences, dates),
	};
}
