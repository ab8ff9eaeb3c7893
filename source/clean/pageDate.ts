import {publishedDate} from '../load/formats/publishedDate.js';
import {dateAfterFurniture, dateBeforeSeparator, isDateLine} from './chrome.js';

/** How far down a page its furniture (title, standfirst, byline, date) reaches. */
const headLines = 15;

/** A date in figures, day first, as Europe writes it: "18.11.2024 14:14". */
const dottedDate = /\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/;

/** The day a date line gives, as `YYYY-MM-DD`: written out, in ISO form or dotted. */
function lineDay(line: string): string | undefined {
	const dotted = dottedDate.exec(line);
	return publishedDate(line) ?? (dotted === null ? undefined : publishedDate(`${dotted[3]}-${dotted[2]}-${dotted[1]}`));
}

const publishedLabel = /^(?:first\s+)?published(?:\s+on)?:?$/i;
const publishedLine = /^(?:first\s+)?published\b/i;

/**
 * The publication date a saved page prints in its furniture ("Published On 2 Mar 2025", "First published
 * on Tue 11 Mar 2025 06.05 GMT", a "Published" label over "20 March 2025", a bare "March 14, 2025 11:58 PM"
 * under the byline, "Saturday, 17 May 2025 | compiled from …", a byline or a label that ends with the date:
 * "Marta Kowalczyk Sep 14, 2025", "Date: 10 October 2025"; "18.11.2024 14:14", "2024-11-18T14:14:00Z", "November 18, 2024 2:14 PM
 * GMT+2 Updated 3 hours ago"), as `YYYY-MM-DD`. Only a fully written date on a line of
 * its own (or before a separator) counts:
 * "Published 3 hours ago" gives nothing, and neither does a date in a sentence or far down the page. A line that says "published" wins over other date lines.
 */
export function pageDate(lines: readonly string[]): string | null {
	let fallback: string | null = null;
	for (let index = 0; index < Math.min(lines.length, headLines); index++) {
		const line = lines[index]!;
		if (publishedLabel.test(line)) {
			const next = lines[index + 1];
			const date = next !== undefined && isDateLine(next) ? lineDay(next) : undefined;
			if (date !== undefined) return date;
			continue;
		}
		const dated = isDateLine(line) ? line : dateBeforeSeparator(line) ?? dateAfterFurniture(line);
		if (dated === null) continue;
		const date = lineDay(dated);
		if (date === undefined) continue;
		if (publishedLine.test(line)) return date;
		fallback ??= date;
	}
	return fallback;
}
