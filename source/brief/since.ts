import type {Brief} from '../model.js';

/** What a previous `--json` output contained, as keys that survive re-extraction. */
export interface PreviousBrief {
	readonly headlines: ReadonlySet<string>;
	readonly figures: ReadonlySet<string>;
	readonly quotes: ReadonlySet<string>;
	readonly developments: ReadonlySet<string>;
	/** What the previous brief covered, for the reader: the newest publication date among its articles, or null. */
	readonly newest: string | null;
}

/** What a `--since` output records of the brief it was compared with, so that it says it is only a delta. */
export interface SinceNote {
	/** The `--since` file as given, control characters made visible. */
	readonly file: string;
	readonly newest: string | null;
}

/** "new since brief.json (2026-11-20)": the headline of a delta. */
export function sinceLabel(note: SinceNote): string {
	return `new since ${note.file}${note.newest === null ? '' : ` (${note.newest})`}`;
}

function fold(text: string): string {
	return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

const keys = {
	headline: (text: string) => fold(text),
	figure: (text: string, label: string) => `${fold(text)}|${fold(label)}`,
	quote: (text: string) => fold(text),
	development: (text: string) => fold(text),
};

function strings(value: unknown, field: string): string[] {
	if (!Array.isArray(value)) return [];
	return value.flatMap(item => (typeof item === 'object' && item !== null && typeof (item as Record<string, unknown>)[field] === 'string' ? [(item as Record<string, string>)[field]!] : []));
}

/** Reads a previous `--json` output. Throws with a readable message, about `name`, when it is not one. */
export function parsePreviousBrief(json: string, name = 'the --since file'): PreviousBrief {
	let parsed: unknown;
	try {
		parsed = JSON.parse(json);
	} catch {
		throw new Error(`${name} is not JSON; give a file written by ukraine-brief --json`);
	}
	if (typeof parsed !== 'object' || parsed === null || (parsed as {version?: unknown}).version !== 1) {
		throw new Error(`${name} is not a brief written by ukraine-brief --json`);
	}
	const brief = parsed as Record<string, unknown>;
	// A delta lacks everything its own --since file held, so the items it left out would all come back as new.
	const delta = brief.since as {file?: unknown} | undefined;
	if (typeof delta === 'object' && delta !== null) {
		throw new Error(`${name} holds only what was new since ${typeof delta.file === 'string' ? delta.file : 'another brief'} (it was written with --since); give a full --json brief`);
	}
	const published = strings(brief.articles, 'published').filter(date => /^\d{4}-\d{2}-\d{2}$/.test(date));
	const figures = Array.isArray(brief.figures) ? (brief.figures as Array<Record<string, unknown>>) : [];
	const developments = Array.isArray(brief.developments) ? (brief.developments as Array<Record<string, unknown>>) : [];
	return {
		headlines: new Set(strings(brief.headlines, 'text').map(keys.headline)),
		figures: new Set(figures.map(figure => keys.figure(String(figure.text ?? ''), String(figure.label ?? '')))),
		quotes: new Set(strings(brief.quotes, 'text').map(keys.quote)),
		// A merged development is old if any of its reports was already known.
		developments: new Set(
			developments.flatMap(development => [
				String(development.text ?? ''),
				...strings(development.reports, 'text'),
			]).map(keys.development),
		),
		newest: published.length === 0 ? null : published.reduce((newest, date) => (date > newest ? date : newest)),
	};
}

/** Only what is new since `previous`: articles stay (items point into them), known items go. */
export function briefSince(brief: Brief, previous: PreviousBrief): Brief {
	// Old figure index -> new index, or -1 for a figure that was already known.
	const remap: number[] = [];
	let kept = 0;
	const figures = brief.figures.filter(figure => {
		const isNew = !previous.figures.has(keys.figure(figure.text, figure.label));
		remap.push(isNew ? kept++ : -1);
		return isNew;
	});
	return {
		...brief,
		headlines: brief.headlines.filter(headline => !previous.headlines.has(keys.headline(headline.text))),
		figures,
		quotes: brief.quotes.filter(quote => !previous.quotes.has(keys.quote(quote.text))),
		developments: brief.developments.filter(
			development => ![development.text, ...development.reports.map(report => report.text)].some(text =>
				previous.developments.has(keys.development(text)),
			),
		),
		figureGroups: brief.figureGroups
			.map(group => ({...group, figures: group.figures.map(position => remap[position] ?? -1).filter(position => position >= 0)}))
			.filter(group => group.figures.length > 0),
	};
}
