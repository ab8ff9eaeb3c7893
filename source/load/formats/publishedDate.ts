const months = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * A publication date from metadata as `YYYY-MM-DD`, or undefined. The date is the one written (the
 * publisher's calendar day, ignoring any time zone), never shifted and never guessed from loose text.
 */
export function publishedDate(value: unknown): string | undefined {
	if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString().slice(0, 10);
	if (typeof value !== 'string') return undefined;
	const text = value.trim();
	const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:$|[T\s])/.exec(text);
	if (iso) return ymd(iso[1], iso[2], iso[3]);
	// "Thu, 07 Nov 2024 10:00:00 GMT" (RSS) and "7 November 2024"
	const dayFirst = /\b(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?,?\s+(\d{4})\b/.exec(text);
	if (dayFirst) return ymd(dayFirst[3], monthNumber(dayFirst[2]), dayFirst[1]);
	// "November 7, 2024"
	const monthFirst = /\b([A-Za-z]{3})[a-z]*\.?\s+(\d{1,2}),?\s+(\d{4})\b/.exec(text);
	if (monthFirst) return ymd(monthFirst[3], monthNumber(monthFirst[1]), monthFirst[2]);
	return undefined;
}

function monthNumber(name: string | undefined): string | undefined {
	const index = months.indexOf((name ?? '').toLowerCase());
	return index < 0 ? undefined : String(index + 1);
}

function ymd(year: string | undefined, month: string | undefined, day: string | undefined): string | undefined {
	const [y, m, d] = [Number(year), Number(month), Number(day)];
	if (![y, m, d].every(Number.isInteger) || y < 1000 || m < 1 || m > 12 || d < 1 || d > 31) return undefined;
	const date = new Date(Date.UTC(y, m - 1, d));
	if (date.getUTCMonth() !== m - 1) return undefined;
	return date.toISOString().slice(0, 10);
}
