import type {AnalysedArticle} from '../brief/assembleBrief.js';
import {figureUnits} from '../model.js';

/*
 * A cache entry is read back from disk, where anything may have happened to it: it is trusted only when
 * its whole shape matches the model and every offset points inside the article's text.
 */

type Check = (value: unknown) => boolean;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isString: Check = value => typeof value === 'string';
const isNumber: Check = value => typeof value === 'number' && Number.isFinite(value);
const isBoolean: Check = value => typeof value === 'boolean';
const isStringOrNull: Check = value => value === null || typeof value === 'string';
const oneOf =
	(...allowed: readonly string[]): Check =>
	value =>
		typeof value === 'string' && allowed.includes(value);
const arrayOf =
	(check: Check): Check =>
	value =>
		Array.isArray(value) && value.every(check);
const shape =
	(fields: Readonly<Record<string, Check>>): Check =>
	value =>
		isRecord(value) && Object.entries(fields).every(([name, check]) => check(value[name]));

function isSpanWithin(length: number): Check {
	return value => isRecord(value) && Number.isInteger(value['start']) && Number.isInteger(value['end']) && 0 <= (value['start'] as number) && (value['start'] as number) <= (value['end'] as number) && (value['end'] as number) <= length;
}

function findingChecks(articleId: string, length: number) {
	const span = isSpanWithin(length);
	const ownId: Check = value => value === articleId;
	const at = shape({articleId: ownId, sentence: span, span});
	return shape({
		articleId: ownId,
		headlines: arrayOf(shape({text: isString, articleId: ownId, kind: oneOf('title', 'section', 'lede'), span})),
		figures: arrayOf(
			shape({text: isString, value: isNumber, unit: oneOf(...figureUnits), label: isString, approximate: isBoolean, qualifier: isStringOrNull, sentence: isString, at}),
		),
		quotes: arrayOf(shape({text: isString, speaker: isStringOrNull, speakerAsWritten: isStringOrNull, fragment: isBoolean, at})),
		reports: arrayOf(shape({articleId: ownId, text: isString, date: isStringOrNull, at})),
	});
}

/** True when `value` is a well-formed analysed article whose id is `articleId`. */
export function isAnalysed(value: unknown, articleId: string): value is AnalysedArticle {
	if (!isRecord(value) || !isRecord(value['article'])) return false;
	const article = value['article'];
	const text = article['text'];
	if (typeof text !== 'string' || article['id'] !== articleId) return false;
	const articleShape = shape({
		path: isString,
		title: isString,
		titleKind: oneOf('title', 'lede'),
		source: isStringOrNull,
		published: isStringOrNull,
		blocks: arrayOf(value => isSpanWithin(text.length)(value) && isRecord(value) && oneOf('title', 'section', 'paragraph')(value['kind'])),
		words: isNumber,
	});
	return articleShape(article) && findingChecks(articleId, text.length)(value['findings']);
}
