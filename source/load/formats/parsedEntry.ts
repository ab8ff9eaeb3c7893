import type {ArticleMeta} from '../../model.js';

/** What a format reader makes of a file: articles, or reasons to skip, each optionally numbered as an item of the file. */
export type ParsedEntry =
	| {
			readonly kind: 'article';
			readonly text: string;
			readonly meta: ArticleMeta;
			readonly preCleaned?: boolean;
			/** 1-based item number when one file holds several articles (JSON, feeds). */
			readonly item?: number;
	  }
	| {readonly kind: 'skip'; readonly reason: string; readonly item?: number};

export function skip(reason: string): ParsedEntry[] {
	return [{kind: 'skip', reason}];
}
