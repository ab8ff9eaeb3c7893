import {parseHTML} from 'linkedom';

/**
 * The few DOM members the loader uses. The project compiles without the DOM library, so linkedom's
 * documents are seen through these interfaces.
 */
export interface DomNode {
	readonly nodeType: number;
	readonly textContent: string | null;
	readonly childNodes: ArrayLike<DomNode>;
}

export interface DomElement extends DomNode {
	readonly localName: string;
	getAttribute(name: string): string | null;
	querySelector(selectors: string): DomElement | null;
	querySelectorAll(selectors: string): ArrayLike<DomElement>;
	remove(): void;
}

export interface DomDocument {
	readonly documentElement: DomElement | null;
	readonly body: DomElement | null;
	readonly title: string;
	querySelector(selectors: string): DomElement | null;
	querySelectorAll(selectors: string): ArrayLike<DomElement>;
}

const elementNode = 1;
export const textNode = 3;

export function parseDocument(html: string): DomDocument {
	const document = parse(html);
	// linkedom builds no <html> and <body> around a fragment or plain text saved as .html (browsers do):
	// without them it has no body to read, or throws on the first property it is asked for.
	if (document.documentElement?.localName !== 'html') return parse(`<!DOCTYPE html><html><head></head><body>${html}</body></html>`);
	return document;
}

function parse(html: string): DomDocument {
	return (parseHTML(html) as unknown as {document: DomDocument}).document;
}

export function isElement(node: DomNode): node is DomElement {
	return node.nodeType === elementNode;
}
