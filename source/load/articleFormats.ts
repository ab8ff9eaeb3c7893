import {extname} from 'node:path';

/** File extensions searched for inside directories and kept from glob matches, by format. */
const formatExtensions = {
	text: ['.txt'],
	markdown: ['.md', '.markdown'],
	html: ['.html', '.htm'],
	json: ['.json'],
	jsonl: ['.jsonl'],
	feed: ['.xml', '.rss', '.atom'],
} as const;

export type ArticleFormat = keyof typeof formatExtensions;

const formatByExtension = new Map<string, ArticleFormat>(
	Object.entries(formatExtensions).flatMap(([format, extensions]) =>
		extensions.map((extension): [string, ArticleFormat] => [extension, format as ArticleFormat]),
	),
);

/** Every article extension without its dot, for glob braces. */
export const articleExtensions: readonly string[] = [...formatByExtension.keys()].map(extension => extension.slice(1));

export function isArticleFile(path: string): boolean {
	return formatByExtension.has(extname(path).toLowerCase());
}

/** The format a file is read as; a file named explicitly with an unknown extension is read as plain text. */
export function formatOf(path: string): ArticleFormat {
	return formatByExtension.get(extname(path).toLowerCase()) ?? 'text';
}
