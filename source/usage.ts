import {visibleControls} from './clean/controls.js';

/** A command line that asks for something the CLI does not offer: an unknown option, a bad value, a contradiction. */
export class UsageError extends Error {
	override readonly name = 'UsageError';
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

/** An option as the command line may spell it; `takesValue` options read the next argument unless written `--name=value`. */
export interface TypedOption {
	readonly name: string;
	readonly takesValue: boolean;
}

/**
 * Checks the arguments as typed, before they are parsed: meow would read an unknown `--Json` as a string
 * option and take the path after it as its value, and it folds case, so `--NO-CACHE` would pass.
 * Throws a {@link UsageError} naming every unknown option as it was typed, each with the option it most likely meant.
 * Arguments after `--` are paths.
 */
export function rejectUnknownOptions(argv: readonly string[], known: readonly TypedOption[]): void {
	const unknown: string[] = [];
	for (let index = 0; index < argv.length; index++) {
		const argument = argv[index]!;
		if (argument === '--') break;
		// A lone "-" names standard input, as a path does.
		if (!argument.startsWith('-') || argument === '-') continue;
		const name = argument.split('=', 1)[0]!;
		const option = known.find(candidate => candidate.name === name);
		if (option === undefined) unknown.push(visibleControls(name));
		// The value is the next argument, even "-5" (which the option then refuses), but not another long option.
		else if (option.takesValue && name === argument && argv[index + 1]?.startsWith('--') === false) index++;
	}
	if (unknown.length === 0) return;
	const names = known.map(option => option.name);
	const named = unknown.map(option => {
		// Case is not what tells options apart, so --JSON still points at --json.
		const meant = closest(option.toLowerCase(), names);
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
