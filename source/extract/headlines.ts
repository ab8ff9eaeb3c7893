import type {Article, Headline} from '../model.js';
import type {Sentence} from './sentences.js';

/** The article's headline lines, or for one without a title, a headline derived from its opening sentence. */
export function extractHeadlines(article: Article, sentences: readonly Sentence[]): Headline[] {
	const headlines: Headline[] = [];
	for (const block of article.blocks) {
		if (block.kind === 'paragraph') continue;
		headlines.push({
			text: article.text.slice(block.start, block.end),
			articleId: article.id,
			kind: block.kind,
			span: {start: block.start, end: block.end},
		});
	}
	if (article.titleKind === 'lede') {
		const opening = sentences[0];
		const span = opening === undefined ? {start: 0, end: 0} : {start: opening.start, end: opening.end};
		headlines.unshift({text: article.title, articleId: article.id, kind: 'lede', span});
	}
	return headlines;
}
