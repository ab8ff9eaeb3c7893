import type {DomDocument} from './dom.js';
import type {ArticleFields} from './preCleanedArticle.js';

type JsonObject = Record<string, unknown>;

/**
 * Title, site name, publication date and URL of a saved page, from Open Graph and article meta tags
 * first, then schema.org JSON-LD. Read before the page is reduced to its article (which drops scripts).
 */
export function pageMeta(document: DomDocument): ArticleFields {
	const meta = (selector: string): string | undefined => document.querySelector(selector)?.getAttribute('content') ?? undefined;
	const ld = jsonLdArticle(document);
	return {
		title: meta('meta[property="og:title"]') ?? ld?.['headline'] ?? meta('meta[name="twitter:title"]'),
		source: meta('meta[property="og:site_name"]') ?? publisherName(ld?.['publisher']) ?? meta('meta[name="application-name"]'),
		published:
			meta('meta[property="article:published_time"]') ??
			ld?.['datePublished'] ??
			meta('meta[name="date"]') ??
			meta('meta[itemprop="datePublished"]') ??
			meta('meta[name="pubdate"]') ??
			meta('meta[name="dc.date"]'),
		url: meta('meta[property="og:url"]') ?? document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? ld?.['url'],
	};
}

const articleType = /Article|BlogPosting|Report|LiveBlog/;

function jsonLdArticle(document: DomDocument): JsonObject | undefined {
	const objects = Array.from(document.querySelectorAll('script[type="application/ld+json"]')).flatMap(script => {
		try {
			return flatten(JSON.parse(script.textContent ?? ''));
		} catch {
			return [];
		}
	});
	return objects.find(object => [object['@type']].flat().some(type => typeof type === 'string' && articleType.test(type))) ??
		objects.find(object => 'headline' in object);
}

function flatten(value: unknown): JsonObject[] {
	if (Array.isArray(value)) return value.flatMap(flatten);
	if (typeof value !== 'object' || value === null) return [];
	const object = value as JsonObject;
	return [object, ...flatten(object['@graph'])];
}

function publisherName(publisher: unknown): unknown {
	const first: unknown = Array.isArray(publisher) ? publisher[0] : publisher;
	return typeof first === 'object' && first !== null ? (first as JsonObject)['name'] : first;
}
