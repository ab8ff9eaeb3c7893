import {visibleControls} from './clean/controls.js';

/** A command line that asks for something the CLI does not offer: an unknown option, a bad value, a contradiction. */
export class UsageError extends Error {
	override readonly name = 'UsageError';
}

/** `maxSize` as typed: `--max-size`; a single letter is a short option, `-x`. */
function spelled(key: string): string {
	return key.length === 1 ? `-${key}` : `--${key.replace(/[A-Z]/g, letter => `-${letter.toLowerCase()}`)}`;
}

/** An unknown option as it was most likely typed: meow reads `--no-cahce` as `cahce: false`. */
function typed(key: string, value: unknown): string {
	return value === false && key.length > 1 ? `--no-${spelled(key).slice(2)}` : spelled(key);
}

/** Edit distance where swapping two neighbours counts as one edit, as typing slips do ("jsno" for "json"). */
function distance(a: string, b: string): number {
	const rows = Array.from({length: a.length + 1}, (_, i) => Array.from({length: b.length + 1}, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
	for (let i = 1; i <= a.length; i++) {
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let best = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, rows[i - 2]![j - 2]! + 1);
			rows[i]![j] = best;
		}
	}
	return rows[a.length]![b.length]!;
}

/** The known option a mistyped one most likely meant, if one is close enough to be worth suggesting. */
function closest(option: string, known: readonly string[]): string | undefined {
	let best: {option: string; edits: number} | undefined;
	for (const candidate of known) {
		const edits = distance(option, candidate);
		if (edits * 2 < option.length && edits <= 2 && (best === undefined || edits < best.edits)) best = {option: candidate, edits};
	}
	return best?.option;
}

/**
 * Throws a {@link UsageError} naming every option in `parsed` (meow's flags, camel-cased) that is not in `known`,
 * each with the known option it most likely meant. `known` holds camel-cased names, as meow's flags are written.
 */
export function rejectUnknownFlags(parsed: Readonly<Record<string, unknown>>, known: readonly string[]): void {
	const unknown = Object.entries(parsed).filter(([key]) => !known.includes(key)).map(([key, value]) => visibleControls(typed(key, value)));
	if (unknown.length === 0) return;
	// Negated booleans are options too: --no-cahce should point at --no-cache.
	const options = known.flatMap(key => [spelled(key), `--no-${spelled(key).slice(2)}`]);
	const named = unknown.map(option => {
		const meant = closest(option, options);
		return meant === undefined ? option : `${option} (did you mean ${meant}?)`;
	});
	throw new UsageError(`unknown option${unknown.length > 1 ? 's' : ''} ${named.join(', ')}; see ukraine-brief --help`);
}

/** The value of a numeric option, which must be written in digits, above zero and at least `minimum`; undefined when not given. */
export function numberOption(name: string, value: unknown, {minimum, whole, accepts}: {minimum: number; whole: boolean; accepts: string}): number | undefined {
	if (value === undefined) return undefined;
	const text = typeof value === 'string' ? value.trim() : '';
	const digits = whole ? /^\d+$/ : /^(?:\d+\.?\d*|\.\d+)$/;
	const number = Number(text);
	if (digits.test(text) && number > 0 && number >= minimum) return number;
	const given = typeof value === 'string' && value !== '' ? `, not "${visibleControls(value)}"` : ', and was given none';
	throw new UsageError(`--${name} takes ${accepts}${given}`);
}
