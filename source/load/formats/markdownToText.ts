/**
 * Markdown to the plain layout of a text article: one paragraph per line, headings as their own line,
 * link text kept, images dropped, emphasis and code markers removed, list items kept as `- item` lines.
 * Sub-headings keep a `## ` mark, so cleaning knows them as sections whatever their punctuation; a top-level
 * heading is plain text (it is usually the title, which cleaning finds by itself).
 */
export function markdownToText(markdown: string): string {
	const blocks: string[] = [];
	let paragraph: string[] = [];
	let inFence = false;
	const flush = (): void => {
		// Inline syntax is read over the whole paragraph: a link or emphasis may wrap across lines.
		if (paragraph.length > 0) blocks.push(inline(paragraph.join(' ')));
		paragraph = [];
	};
	for (const rawLine of markdown.split('\n')) {
		const line = rawLine.trimEnd();
		if (/^\s*(```|~~~)/.test(line)) {
			flush();
			inFence = !inFence;
			continue;
		}
		if (inFence) {
			blocks.push(line);
			continue;
		}
		const heading = /^\s{0,3}(#{1,6})\s+(.*?)(?:\s+#+)?$/.exec(line);
		const listItem = /^\s*(?:[-*+]|\d+[.)])\s+(.*)$/.exec(line);
		if (/^\s*>?\s*$/.test(line) || isRule(line) || isReferenceDefinition(line)) {
			flush();
		} else if (/^\s{0,3}(=+|-+)\s*$/.test(line) && paragraph.length > 0) {
			flush(); // setext underline: the paragraph above was a heading
		} else if (heading) {
			flush();
			const text = inline(heading[2] ?? '');
			blocks.push(heading[1] === '#' ? text : `## ${text}`);
		} else if (listItem) {
			flush();
			const marker = /^\s*(\d+[.)])/.exec(line)?.[1] ?? '-';
			blocks.push(`${marker} ${inline(listItem[1] ?? '')}`);
		} else {
			paragraph.push(line.replace(/^\s*>\s?/, ''));
		}
	}
	flush();
	return blocks.filter(block => block.trim() !== '').join('\n');
}

function isRule(line: string): boolean {
	return /^\s{0,3}([-*_])(\s*\1){2,}\s*$/.test(line);
}

function isReferenceDefinition(line: string): boolean {
	return /^\s{0,3}\[[^\]]+\]:\s+\S+/.test(line);
}

// Backslash-escaped punctuation is parked in the private use area so emphasis rules cannot touch it.
const escapeBase = 0xe000;

/** Inline syntax: images, links, autolinks, code spans, emphasis, HTML tags, backslash escapes. */
function inline(text: string): string {
	return text
		.replace(/\\([\\`*_{}[\]()#+\-.!>~|])/g, (_, char: string) => String.fromCharCode(escapeBase + char.charCodeAt(0)))
		.replace(/!\[[^\]]*\]\([^)]*\)|!\[[^\]]*\]\[[^\]]*\]/g, '')
		.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
		.replace(/<((?:https?|mailto):[^>\s]+)>/g, '$1')
		.replace(/`+([^`]*)`+/g, '$1')
		.replace(/<\/?[A-Za-z][^>]*>/g, '')
		.replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2')
		.replace(/~~(?=\S)(.+?)(?<=\S)~~/g, '$1')
		.replace(/(^|[^\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])/g, '$1$2')
		.replace(/(^|[^\w])_(?=\S)(.+?)(?<=\S)_(?!\w)/g, '$1$2')
		.replace(/[\ue000-\ue07f]/g, char => String.fromCharCode(char.charCodeAt(0) - escapeBase))
		.replace(/\s+/g, ' ')
		.trim();
}
