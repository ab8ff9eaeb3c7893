import {XMLParser, XMLValidator} from 'fast-xml-parser';
import {htmlFragmentLines} from './htmlToText.js';
import {manyItems} from './manyItems.js';
import {type ParsedEntry, skip} from './parsedEntry.js';
import {plainLines, preCleanedArticle} from './preCleanedArticle.js';

type XmlObject = Record<string, unknown>;

const itemPaths = ['rss.channel.item', 'feed.entry', 'rdf:RDF.item'];
const parser = new XMLParser({
	ignoreAttributes: false,
	attributeNamePrefix: '@_',
	parseTagValue: false,
	htmlEntities: true,
	// Atom content may be XHTML markup: kept raw so it is read as HTML, not as XML structure.
	stopNodes: ['feed.entry.content', 'feed.entry.summary'],
	isArray: (_name, jpath) => itemPaths.includes(String(jpath)) || jpath === 'feed.entry.link',
});

// A description this long is the article itself rather than a teaser.
const minDescriptionWords = 100;

/** An RSS 2.0, RSS 1.0 or Atom feed: one article per item that carries its full text. */
export function readFeed(text: string): ParsedEntry[] {
	const valid = XMLValidator.validate(text);
	if (valid !== true) return skip(`not valid XML: ${valid.err.msg} (line ${valid.err.line})`);
	const document = parser.parse(text) as XmlObject;
	const rssChannel = at(document, 'rss', 'channel');
	const rdf = at(document, 'rdf:RDF');
	const atom = at(document, 'feed');
	if (!rssChannel && !rdf && !atom) return skip('not an RSS or Atom feed');
	const items = (rssChannel?.['item'] ?? rdf?.['item'] ?? atom?.['entry'] ?? []) as unknown[];
	const feedTitle = textOf((rssChannel ?? at(document, 'rdf:RDF', 'channel') ?? atom)?.['title']);
	return manyItems(
		items.map((item, index) => ({item: index + 1, entry: feedItem(item as XmlObject, feedTitle)})),
		'item',
	);
}

function feedItem(item: XmlObject, feedTitle: string | undefined): ParsedEntry {
	const body = fullText(item);
	if ('skip' in body) return {kind: 'skip', reason: body.skip};
	return preCleanedArticle(body.lines, {
		title: titleOf(item['title']),
		source: textOf(item['source']) ?? feedTitle,
		published: textOf(item['pubDate'] ?? item['dc:date'] ?? item['published'] ?? item['updated']),
		url: linkOf(item),
	});
}

function fullText(item: XmlObject): {lines: string[]} | {skip: string} {
	const encoded = textOf(item['content:encoded']);
	if (encoded) return {lines: htmlFragmentLines(encoded)};
	if (item['content'] !== undefined) return {lines: atomContent(item['content'])};
	const summary = item['description'] !== undefined ? htmlFragmentLines(textOf(item['description']) ?? '') : atomContent(item['summary']);
	const words = summary.join(' ').split(/\s+/).filter(Boolean).length;
	if (words >= minDescriptionWords) return {lines: summary};
	return {skip: words === 0 ? 'no text: the item has no content or description' : `only a summary (${words} words), not the full article`};
}

/** Atom text constructs: `type="text"` (escaped plain text), `html` (escaped HTML) or `xhtml` (inline markup). */
function atomContent(value: unknown): string[] {
	const raw = textOf(value) ?? '';
	const type = typeof value === 'object' && value !== null ? (value as XmlObject)['@_type'] : undefined;
	if (type === 'xhtml') return htmlFragmentLines(raw);
	const decoded = decodeXmlText(raw);
	return type === 'html' ? htmlFragmentLines(decoded) : plainLines(decoded);
}

function titleOf(value: unknown): string | undefined {
	const text = textOf(value);
	if (text === undefined) return undefined;
	const type = typeof value === 'object' && value !== null ? (value as XmlObject)['@_type'] : undefined;
	const isHtml = type === 'html' || type === 'xhtml' || /<[a-z][^>]*>/i.test(text);
	return isHtml ? htmlFragmentLines(text).join(' ') : text;
}

function linkOf(item: XmlObject): string | undefined {
	const link = item['link'];
	if (Array.isArray(link)) {
		const links = link as XmlObject[];
		const alternate = links.find(entry => (entry['@_rel'] ?? 'alternate') === 'alternate') ?? links[0];
		return textOf(alternate?.['@_href']);
	}
	return textOf(link) ?? textOf(item['guid']);
}

function textOf(value: unknown): string | undefined {
	if (typeof value === 'string') return value;
	if (typeof value === 'object' && value !== null && '#text' in value) return textOf((value as XmlObject)['#text']);
	return undefined;
}

function at(object: XmlObject, ...keys: string[]): XmlObject | undefined {
	let current: unknown = object;
	for (const key of keys) current = typeof current === 'object' && current !== null ? (current as XmlObject)[key] : undefined;
	return typeof current === 'object' && current !== null ? (current as XmlObject) : undefined;
}

/** Raw XML character data: CDATA sections as they are, entity references decoded. */
function decodeXmlText(raw: string): string {
	const named: Record<string, string> = {lt: '<', gt: '>', amp: '&', quot: '"', apos: "'"};
	return raw.replace(/<!\[CDATA\[([\s\S]*?)\]\]>|&(#x[0-9a-f]+|#\d+|lt|gt|amp|quot|apos);/gi, (whole, cdata: string | undefined, entity: string | undefined) => {
		if (cdata !== undefined) return cdata;
		if (entity === undefined) return whole;
		if (entity.startsWith('#')) {
			const code = entity[1] === 'x' || entity[1] === 'X' ? Number.parseInt(entity.slice(2), 16) : Number(entity.slice(1));
			return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
		}
		return named[entity.toLowerCase()] ?? whole;
	});
}
