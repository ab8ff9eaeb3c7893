import {cleanArticle} from '../../source/clean/cleanArticle.js';
import type {Article} from '../../source/model.js';

/** An article written inline in a test, as cleaning reads it. */
export function cleanText(text: string): Article {
	return cleanArticle({id: 'inline', path: 'x.txt', text, meta: {}});
}
