/**
 * A validator for the `--json` contract (docs/json.md): field types, enumerations, cross-references
 * and the rule that no text field carries a terminal control character. Returns every problem found.
 */
import {figureUnits} from '../../source/model.js';
import {hazardsIn} from './payloads.js';

type Json = Record<string, unknown>;

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

export function briefProblems(value: unknown): string[] {
	const problems: string[] = [];
	const fail = (where: string, what: string) => problems.push(`${where}: ${what}`);

	const object = (where: string, item: unknown): item is Json => {
		if (typeof item === 'object' && item !== null && !Array.isArray(item)) return true;
		fail(where, 'not an object');
		return false;
	};
	const text = (where: string, item: unknown, nullable = false) => {
		if (nullable && item === null) return;
		if (typeof item !== 'string') return fail(where, `not a string: ${JSON.stringify(item)}`);
		const hazards = hazardsIn(item);
		if (hazards.length > 0) fail(where, `control characters ${hazards.join(' ')}`);
	};
	const date = (where: string, item: unknown) => {
		if (item !== null && (typeof item !== 'string' || !isoDate.test(item))) fail(where, `not YYYY-MM-DD or null: ${JSON.stringify(item)}`);
	};
	const count = (where: string, item: unknown) => {
		if (!Number.isInteger(item) || (item as number) < 0) fail(where, `not a non-negative integer: ${JSON.stringify(item)}`);
	};
	const list = (where: string, item: unknown): unknown[] => {
		if (Array.isArray(item)) return item;
		fail(where, 'not an array');
		return [];
	};
	const span = (where: string, item: unknown) => {
		if (item === undefined) return;
		if (!object(where, item)) return;
		count(`${where}.start`, item.start);
		count(`${where}.end`, item.end);
		if ((item.start as number) > (item.end as number)) fail(where, 'start after end');
	};

	if (!object('brief', value)) return problems;
	if (value.version !== 1) fail('version', `not 1: ${JSON.stringify(value.version)}`);

	const ids = new Set<string>();
	for (const [index, article] of list('articles', value.articles).entries()) {
		const where = `articles[${index}]`;
		if (!object(where, article)) continue;
		text(`${where}.id`, article.id);
		if (typeof article.id === 'string') {
			if (ids.has(article.id)) fail(`${where}.id`, 'duplicate');
			ids.add(article.id);
		}
		text(`${where}.path`, article.path);
		text(`${where}.title`, article.title);
		if (article.title === '') fail(`${where}.title`, 'empty');
		text(`${where}.source`, article.source, true);
		date(`${where}.published`, article.published);
		count(`${where}.words`, article.words);
	}
	const reference = (where: string, id: unknown) => {
		if (typeof id !== 'string' || !ids.has(id)) fail(where, `names no article: ${JSON.stringify(id)}`);
	};

	for (const [index, headline] of list('headlines', value.headlines).entries()) {
		const where = `headlines[${index}]`;
		if (!object(where, headline)) continue;
		text(`${where}.text`, headline.text);
		reference(`${where}.articleId`, headline.articleId);
		if (!['title', 'section', 'lede'].includes(headline.kind as string)) fail(`${where}.kind`, JSON.stringify(headline.kind));
		span(`${where}.span`, headline.span);
	}

	const figures = list('figures', value.figures);
	for (const [index, figure] of figures.entries()) {
		const where = `figures[${index}]`;
		if (!object(where, figure)) continue;
		for (const field of ['text', 'label', 'sentence']) text(`${where}.${field}`, figure[field]);
		if (typeof figure.value !== 'number' || !Number.isFinite(figure.value)) fail(`${where}.value`, `not a finite number: ${JSON.stringify(figure.value)}`);
		if (!(figureUnits as readonly unknown[]).includes(figure.unit)) fail(`${where}.unit`, JSON.stringify(figure.unit));
		reference(`${where}.articleId`, figure.articleId);
		span(`${where}.span`, figure.span);
	}

	for (const [index, quote] of list('quotes', value.quotes).entries()) {
		const where = `quotes[${index}]`;
		if (!object(where, quote)) continue;
		text(`${where}.text`, quote.text);
		text(`${where}.speaker`, quote.speaker, true);
		reference(`${where}.articleId`, quote.articleId);
		span(`${where}.span`, quote.span);
	}

	let newest: string | null = null;
	for (const [index, development] of list('developments', value.developments).entries()) {
		const where = `developments[${index}]`;
		if (!object(where, development)) continue;
		text(`${where}.text`, development.text);
		date(`${where}.date`, development.date);
		if (typeof development.date === 'string') {
			if (newest !== null && development.date > newest) fail(`${where}.date`, `newer than an earlier development (${newest})`);
			newest = development.date;
		}
		const articleIds = list(`${where}.articleIds`, development.articleIds);
		if (articleIds.length === 0) fail(`${where}.articleIds`, 'empty');
		for (const [at, id] of articleIds.entries()) reference(`${where}.articleIds[${at}]`, id);
		for (const [at, report] of list(`${where}.reports`, development.reports ?? []).entries()) {
			if (!object(`${where}.reports[${at}]`, report)) continue;
			reference(`${where}.reports[${at}].articleId`, report.articleId);
			text(`${where}.reports[${at}].text`, report.text);
		}
	}

	for (const [index, group] of list('figureGroups', value.figureGroups ?? []).entries()) {
		const where = `figureGroups[${index}]`;
		if (!object(where, group)) continue;
		text(`${where}.label`, group.label);
		if ((group.min as number) > (group.max as number)) fail(where, 'min above max');
		for (const figure of list(`${where}.figures`, group.figures)) {
			if (!Number.isInteger(figure) || (figure as number) < 0 || (figure as number) >= figures.length) fail(`${where}.figures`, `bad index ${JSON.stringify(figure)}`);
		}
		for (const id of list(`${where}.articleIds`, group.articleIds)) reference(`${where}.articleIds`, id);
	}

	for (const [index, speaker] of list('speakers', value.speakers ?? []).entries()) {
		const where = `speakers[${index}]`;
		if (!object(where, speaker)) continue;
		text(`${where}.name`, speaker.name);
		for (const alias of list(`${where}.aliases`, speaker.aliases)) text(`${where}.aliases`, alias);
		count(`${where}.quoteCount`, speaker.quoteCount);
		for (const id of list(`${where}.articleIds`, speaker.articleIds)) reference(`${where}.articleIds`, id);
	}

	for (const [index, skipped] of list('skipped', value.skipped).entries()) {
		const where = `skipped[${index}]`;
		if (!object(where, skipped)) continue;
		text(`${where}.path`, skipped.path);
		text(`${where}.reason`, skipped.reason);
		if (skipped.reason === '') fail(`${where}.reason`, 'empty');
	}
	return problems;
}
