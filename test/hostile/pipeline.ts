/**
 * The whole pipeline on in-memory input (file bytes or text), and the invariants every brief must keep
 * whatever the input: the JSON contract, terminal-safe printed outputs, provenance inside the article.
 */
import {buildBrief} from '../../source/brief/buildBrief.js';
import {markdown} from '../../source/brief/markdown.js';
import {plainText} from '../../source/brief/plainText.js';
import {toJson} from '../../source/brief/toJson.js';
import {articleId} from '../../source/load/articleId.js';
import {itemPath} from '../../source/load/itemPath.js';
import {readArticleFile} from '../../source/load/readArticleFile.js';
import type {Brief, RawArticle, Skipped, Span} from '../../source/model.js';
import {briefProblems} from './briefSchema.js';
import {hazardsIn} from './payloads.js';

export const fileExtensions = ['txt', 'md', 'json', 'jsonl', 'html', 'xml'] as const;

/** What the loader makes of files with these names and bytes, without touching the disk. */
export async function loadFromBytes(files: ReadonlyArray<readonly [name: string, bytes: Uint8Array]>): Promise<{articles: RawArticle[]; skipped: Skipped[]}> {
	const articles: RawArticle[] = [];
	const skipped: Skipped[] = [];
	for (const [name, bytes] of files) {
		for (const entry of await readArticleFile(name, bytes)) {
			const path = entry.item === undefined ? name : itemPath(name, entry.item);
			if (entry.kind === 'skip') skipped.push({path, reason: entry.reason});
			else articles.push({id: articleId(`/fuzz/${path}`), path, text: entry.text, meta: entry.meta, ...(entry.preCleaned ? {preCleaned: true} : {})});
		}
	}
	return {articles, skipped};
}

/** A brief of plain-text articles. */
export async function briefOfTexts(texts: readonly string[]): Promise<Brief> {
	return buildBrief(await loadFromBytes(texts.map((text, index) => [`article-${index}.txt`, new TextEncoder().encode(text)] as const)));
}

/** Every broken invariant of a brief; empty when it is sound. */
export function briefInvariantProblems(brief: Brief): string[] {
	const problems = briefProblems(JSON.parse(JSON.stringify(toJson(brief))));
	for (const [format, text] of [['plain text', plainText(brief, 80)], ['markdown', markdown(brief)]] as const) {
		const hazards = hazardsIn(text);
		if (hazards.length > 0) problems.push(`${format}: control characters ${hazards.join(' ')}`);
	}
	const lengths = new Map(brief.articles.map(article => [article.id, article.text.length]));
	const inside = (where: string, articleId: string, span: Span) => {
		const length = lengths.get(articleId);
		if (length === undefined || span.start < 0 || span.start > span.end || span.end > length) {
			problems.push(`${where}: span ${span.start}-${span.end} outside article ${articleId} (length ${length})`);
		}
	};
	for (const [index, figure] of brief.figures.entries()) inside(`figures[${index}]`, figure.at.articleId, figure.at.span);
	for (const [index, quote] of brief.quotes.entries()) inside(`quotes[${index}]`, quote.at.articleId, quote.at.span);
	for (const [index, headline] of brief.headlines.entries()) inside(`headlines[${index}]`, headline.articleId, headline.span);
	for (const [index, development] of brief.developments.entries()) {
		for (const report of development.reports) inside(`developments[${index}]`, report.at.articleId, report.at.span);
	}
	return problems;
}
