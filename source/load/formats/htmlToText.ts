import {type DomElement, type DomNode, isElement, parseDocument, textNode} from './dom.js';

const skipped = new Set([
	'script', 'style', 'noscript', 'template', 'svg', 'canvas', 'iframe', 'object', 'video', 'audio',
	'nav', 'aside', 'form', 'button', 'select', 'textarea', 'figure', 'img', 'picture', 'head',
]);
const blocks = new Set([
	'p', 'div', 'section', 'article', 'main', 'header', 'footer', 'blockquote', 'pre', 'ul', 'ol', 'li',
	'table', 'thead', 'tbody', 'tr', 'td', 'th', 'dl', 'dt', 'dd', 'address', 'details', 'summary', 'hr', 'body',
	'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
]);
const headings = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/**
 * Visible text of an HTML element, one paragraph per line. Headings become their own line without final
 * punctuation, sub-headings (h2-h6) marked `## ` as Markdown writes them, so the cleaning step knows them
 * as sections whatever their wording; list items become `- item` lines,
 * `<br>` breaks a line, and media, forms and navigation are dropped.
 */
export function elementLines(root: DomElement): string[] {
	const lines: string[] = [];
	let current = '';
	const flush = (): void => {
		const line = current.replace(/\s+/g, ' ').trim();
		if (line !== '') lines.push(line);
		current = '';
	};
	const walk = (node: DomNode): void => {
		if (node.nodeType === textNode) {
			current += node.textContent ?? '';
			return;
		}
		if (!isElement(node)) return;
		const name = node.localName.toLowerCase();
		if (skipped.has(name) || node.getAttribute('hidden') !== null || node.getAttribute('aria-hidden') === 'true') return;
		if (name === 'br') {
			flush();
			return;
		}
		if (!blocks.has(name)) {
			Array.from(node.childNodes).forEach(walk);
			return;
		}
		flush();
		if (name === 'li') current = '- ';
		Array.from(node.childNodes).forEach(walk);
		if (headings.has(name)) {
			current = current.replace(/\s*[.:;,]+\s*$/, '');
			if (name !== 'h1' && current.trim() !== '') current = `## ${current.trim()}`;
		}
		if (name === 'li' && current.trim() === '-') current = '';
		flush();
	};
	walk(root);
	return lines;
}

/** Text lines of an HTML fragment, such as a feed item's content or a JSON article's HTML body. */
export function htmlFragmentLines(html: string): string[] {
	const document = parseDocument(`<!doctype html><html><body>${html}</body></html>`);
	return document.body ? elementLines(document.body) : [];
}

/** Whether a string holds HTML markup rather than plain text. */
export function looksLikeHtml(text: string): boolean {
	return /<\/?(p|br|div|h[1-6]|ul|ol|li|a|em|strong|b|i|span|blockquote|img|figure)\b[^>]*>/i.test(text);
}
