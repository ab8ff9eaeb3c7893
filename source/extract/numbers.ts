import {isAsciiLetter, isDigitCode, isSpaceCode} from '../text/charCodes.js';
import {lowerCase} from './figureNouns.js';

/**
 * Reading numbers as news copy writes them: digit groups with English or European separators,
 * number words, and multipliers such as "bn" or "million".
 */

const groupSeparators = new Set([',', '.', '\u00a0', '\u202f', '\u2009']);

function isThousandsGrouping(groups: readonly string[]): boolean {
	const [first, ...rest] = groups;
	return first !== undefined && first.length <= 3 && rest.every(group => group.length === 3);
}

/** Most numbers are digits alone ("2022", "15"), and need no grouping rules. */
function isPlainDigits(written: string): boolean {
	for (let index = 0; index < written.length; index++) {
		if (!isDigitCode(written.charCodeAt(index))) return false;
	}
	return written.length > 0;
}

/**
 * The value of a run of digits and separators: `10,000`, `50.000` (European thousands), `1.2`, `10,5`
 * (European decimal comma), `1,234.5`, `1.234,5`, `50 000` with a no-break space.
 * A lone dot followed by exactly three digits is a thousands separator, except before a multiplier
 * (`1.500 billion` is a decimal). Null when the separators follow no consistent convention (`1,2,3`).
 */
export function parseDigits(written: string, beforeMultiplier = false): number | null {
	if (isPlainDigits(written)) return Number(written);
	const groups: string[] = [];
	const separators: string[] = [];
	let current = '';
	for (const character of written) {
		if (character >= '0' && character <= '9') {
			current += character;
			continue;
		}
		if (!groupSeparators.has(character) || current === '') return null;
		groups.push(current);
		separators.push(character);
		current = '';
	}
	if (current === '') return null;
	groups.push(current);
	if (separators.length === 0) return Number(current);

	const last = separators.at(-1)!;
	const uniform = separators.every(separator => separator === last);
	if (uniform) {
		if (last === ',' || last === '.') {
			if (separators.length === 1) {
				const [whole, fraction] = groups as [string, string];
				const thousands = fraction.length === 3 && !(last === '.' && (beforeMultiplier || whole === '0'));
				return thousands ? Number(whole + fraction) : Number(`${whole}.${fraction}`);
			}
			return isThousandsGrouping(groups) ? Number(groups.join('')) : null;
		}
		return isThousandsGrouping(groups) ? Number(groups.join('')) : null;
	}
	// Mixed separators: the last one is the decimal mark, the others group thousands the same way.
	if (last !== ',' && last !== '.') return null;
	const grouping = separators.slice(0, -1);
	if (grouping.some(separator => separator === last || separator !== grouping[0])) return null;
	const whole = groups.slice(0, -1);
	return isThousandsGrouping(whole) ? Number(`${whole.join('')}.${groups.at(-1)!}`) : null;
}

const multipliers: Readonly<Record<string, number>> = {
	k: 1e3,
	thousand: 1e3,
	m: 1e6,
	mn: 1e6,
	mln: 1e6,
	million: 1e6,
	b: 1e9,
	bn: 1e9,
	bln: 1e9,
	billion: 1e9,
	tn: 1e12,
	trn: 1e12,
	trillion: 1e12,
};

/** The factor a multiplier word or abbreviation stands for (`bn` → 1e9), or undefined. */
export function multiplierValue(word: string): number | undefined {
	return multipliers[lowerCase(word)];
}

const smallNumbers: Readonly<Record<string, number>> = {
	zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
	eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
	nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

const fractionDenominators: Readonly<Record<string, number>> = {
	third: 3, thirds: 3, quarter: 4, quarters: 4, fifth: 5, fifths: 5, tenth: 10, tenths: 10,
};

/** Every word or phrase that can start a spelled-out number, for the scanner that finds them (in any case). */
export const numberWords: readonly string[] = [
	...Object.keys(smallNumbers), 'a dozen', 'half a dozen',
	...['hundred', 'thousand', 'million', 'billion', 'third', 'quarter', 'fifth'].map(word => `a ${word}`),
];

export interface WordNumber {
	readonly value: number;
	/** Index just after the last word read. */
	readonly end: number;
	/** Set for fractions ("two-thirds", "a quarter"): the value is then a percentage. */
	readonly fraction: boolean;
}

/** Reads the next word of ASCII letters at `position` (after spaces or hyphens), in lower case. */
function nextWord(text: string, position: number): {word: string; end: number} | null {
	let start = position;
	while (isSpaceCode(text.charCodeAt(start)) || text.charCodeAt(start) === 45) start++;
	let end = start;
	while (isAsciiLetter(text.charCodeAt(end))) end++;
	return end === start ? null : {word: lowerCase(text.slice(start, end)), end};
}

/**
 * Reads a spelled-out number starting at `start`: "four", "twenty-five", "two hundred and fifty",
 * "three million", "a dozen", "half a dozen", "two-thirds". Null when no number is there
 * ("a" or "half" alone are not numbers).
 */
export function readWordNumber(text: string, start: number): WordNumber | null {
	let total = 0;
	let current = 0;
	// "a" and "half" only count when a number word follows them.
	let pending: number | undefined;
	let read = false;
	let end = start;
	let position = start;
	let previous = '';
	for (let next = nextWord(text, position); next !== null; next = nextWord(text, position)) {
		const {word} = next;
		const small = smallNumbers[word];
		if (!read && (word === 'a' || word === 'an') && (pending === undefined || pending === 0.5)) {
			pending = pending ?? 1;
		} else if (!read && word === 'half' && pending === undefined) {
			pending = 0.5;
		} else if (small !== undefined && pending === undefined) {
			const joinsTens = current % 100 >= 20 && current % 10 === 0 && small < 10;
			if (read && current % 100 !== 0 && !joinsTens) break;
			current += small;
			read = true;
		} else if (word === 'hundred' && (read || pending === 1) && current < 100) {
			current = (current || 1) * 100;
			read = true;
		} else if (word === 'dozen' && (read || pending !== undefined)) {
			current = (current || pending || 1) * 12;
			read = true;
		} else if ((word === 'thousand' || word === 'million' || word === 'billion') && (read || pending !== undefined)) {
			total += (current || pending || 1) * multipliers[word]!;
			current = 0;
			read = true;
		} else if (word === 'and' && read && (previous === 'hundred' || previous === 'thousand')) {
			position = next.end;
			previous = word;
			continue;
		} else if (fractionDenominators[word] !== undefined && total === 0
			&& ((read && current > 0 && current < 10) || (!read && pending === 1))) {
			return {value: ((current || 1) * 100) / fractionDenominators[word]!, end: next.end, fraction: true};
		} else {
			break;
		}
		position = next.end;
		if (read) end = next.end;
		previous = word;
	}
	if (!read) return null;
	return {value: total + current, end, fraction: false};
}
