import {toSafeLine} from '../../clean/controls.js';

/** A metadata value (title, source, url) as one clean line, or undefined when there is none. */
export function metaText(value: unknown): string | undefined {
	if (typeof value !== 'string' && typeof value !== 'number') return undefined;
	const text = toSafeLine(String(value)).replace(/\s+/g, ' ').trim();
	return text === '' ? undefined : text;
}
