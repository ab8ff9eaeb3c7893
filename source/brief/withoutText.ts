import type {AnalysedArticle} from './assembleBrief.js';

/**
 * An analysed article without its cleaned text and blocks, for outputs that never print them (JSON,
 * Markdown, plain text): on a large corpus the text is most of what a brief holds. Findings keep
 * their own strings and offsets.
 */
export function withoutText({article, findings}: AnalysedArticle): AnalysedArticle {
	return {article: {...article, text: '', blocks: []}, findings};
}
