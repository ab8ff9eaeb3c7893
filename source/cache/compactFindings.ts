import type {AnalysedArticle} from '../brief/assembleBrief.js';
import type {Span} from '../model.js';

/*
 * Most strings in an article's findings repeat its own text: a figure's sentence, a report's text, a
 * headline. A cache entry stores such a string as a marker for the span it repeats, which halves the
 * entry (so it is read faster) and, read back, makes the string a slice that shares the article's text.
 * A string is replaced only when it equals the slice exactly, so expanding restores it unchanged.
 */

/** Which span of a finding a stored string repeats. */
const markers = {span: 1, sentence: 2} as const;

type Finding = Record<string, unknown>;

function spanAt(value: unknown): Span | undefined {
	if (typeof value !== 'object' || value === null) return undefined;
	const {start, end} = value as Record<string, unknown>;
	return typeof start === 'number' && typeof end === 'number' ? {start, end} : undefined;
}

/** The spans a finding's strings may repeat: provenance for figures, quotes and reports, the span of a headline. */
function spansOf(finding: Finding): Partial<Record<keyof typeof markers, Span>> {
	const at = finding['at'];
	if (typeof at !== 'object' || at === null) return {span: spanAt(finding['span'])};
	const provenance = at as Record<string, unknown>;
	return {span: spanAt(provenance['span']), sentence: spanAt(provenance['sentence'])};
}

function mapFindings(analysed: {findings: unknown}, map: (finding: Finding) => Finding): unknown {
	const findings = analysed.findings as Record<string, unknown>;
	const mapped: Record<string, unknown> = {...findings};
	for (const kind of ['headlines', 'figures', 'quotes', 'reports']) {
		const list = findings[kind];
		if (Array.isArray(list)) mapped[kind] = list.map(item => (typeof item === 'object' && item !== null ? map(item as Finding) : item));
	}
	return {...analysed, findings: mapped};
}

/** The entry form of `analysed`: strings that repeat the article's text replaced by markers. */
export function compactFindings(analysed: AnalysedArticle): unknown {
	const {text} = analysed.article;
	return mapFindings(analysed, finding => {
		const compact: Finding = {...finding};
		const spans = spansOf(finding);
		for (const field of ['text', 'sentence']) {
			const value = finding[field];
			for (const [name, span] of Object.entries(spans)) {
				if (typeof value === 'string' && span !== undefined && value === text.slice(span.start, span.end)) {
					compact[field] = markers[name as keyof typeof markers];
					break;
				}
			}
		}
		return compact;
	});
}

/** Undoes `compactFindings` on an entry read back from disk; anything malformed is left for validation to reject. */
export function expandFindings(stored: unknown): unknown {
	if (typeof stored !== 'object' || stored === null) return stored;
	const analysed = stored as {article?: {text?: unknown}; findings?: unknown};
	const text = analysed.article?.text;
	if (typeof text !== 'string' || typeof analysed.findings !== 'object' || analysed.findings === null) return stored;
	return mapFindings(analysed as {findings: unknown}, finding => {
		const expanded: Finding = {...finding};
		const spans = spansOf(finding);
		for (const field of ['text', 'sentence']) {
			const value = finding[field];
			const span = value === markers.span ? spans.span : value === markers.sentence ? spans.sentence : undefined;
			if (span !== undefined) expanded[field] = text.slice(span.start, span.end);
		}
		return expanded;
	});
}
