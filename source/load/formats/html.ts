import {Readability} from '@mozilla/readability';
import {decodeHtml} from '../decode.js';
import {type DomDocument, type DomElement, parseDocument} from './dom.js';
import {elementLines} from './htmlToText.js';
import {metaText} from './metaText.js';
import {pageMeta} from './pageMeta.js';
import {type ParsedEntry, skip} from './parsedEntry.js';
import {preCleanedArticle} from './preCleanedArticle.js';

// Page chrome Readability does not always drop on its own: consent dialogs, comment threads, share bars.
const chromeSelectors = [
	'script', 'style', 'noscript', 'template', 'nav', 'aside', 'form', 'iframe', 'footer',
	'[role="navigation"]', '[role="banner"]', '[role="contentinfo"]', '[role="complementary"]', '[role="dialog"]', '[role="alertdialog"]',
].join(',');
const chromeName = /(?:^|[\s_-])(?:cookies?|consent|gdpr|comments?|related|share|sharing|social|newsletter|subscribe|promo|advert|ad-slot|paywall|modal|popup)(?:$|[\s_-])/i;

/** A saved web page: its main article text (Readability), plus title, site, date and URL from its metadata. */
export function readHtml(bytes: Uint8Array): ParsedEntry[] {
	const decoded = decodeHtml(bytes);
	if ('skip' in decoded) return skip(decoded.skip);
	if (decoded.text.trim() === '') return skip('empty file (only whitespace)');
	const document = parseDocument(decoded.text);
	const fields = pageMeta(document);
	const pageTitle = document.title;
	const headline = shownHeadline(document);
	removeChrome(document);
	const article = new Readability<DomElement>(document as never, {serializer: node => node as unknown as DomElement}).parse();
	const fallback = document.querySelector('article') ?? document.querySelector('main') ?? document.body;
	const root = article?.content ?? fallback;
	if (!root) return skip('no article text found in the page');
	const entry = preCleanedArticle(elementLines(root), {
		title: headline ?? fields.title ?? article?.title ?? pageTitle,
		source: fields.source ?? article?.siteName,
		published: fields.published ?? article?.publishedTime,
		url: fields.url,
	});
	return entry.kind === 'skip' ? skip('no article text found in the page') : [entry];
}

/**
 * The headline the page shows its readers: the h1 of its article (or main part), else its only h1. It wins over
 * the title written for search engines and social cards, which is often shorter; a site's logo in an h1 is neither.
 */
function shownHeadline(document: DomDocument): string | undefined {
	const headings = document.querySelectorAll('h1');
	const heading = document.querySelector('article h1, main h1') ?? (headings.length === 1 ? headings[0] : undefined);
	return metaText(heading?.textContent);
}

function removeChrome(document: DomDocument): void {
	for (const element of Array.from(document.querySelectorAll(chromeSelectors))) element.remove();
	const pageLength = document.body?.textContent?.length ?? 0;
	for (const element of Array.from(document.querySelectorAll('[class],[id]'))) {
		const names = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
		if (chromeName.test(names) && !holdsTheArticle(element, pageLength)) element.remove();
	}
}

/** A wrapper such as `<div class="post has-comments">` names chrome but holds the article itself: keep it. */
function holdsTheArticle(element: DomElement, pageLength: number): boolean {
	if (['html', 'body', 'main', 'article'].includes(element.localName.toLowerCase())) return true;
	if (element.querySelector('article, main, h1') !== null) return true;
	return (element.textContent?.length ?? 0) > pageLength / 2;
}
