import {describe, expect, it} from 'vitest';
import {isAsciiLetter, isDigitCode, isLetterOrDigitCode, isSpaceCode} from '../../source/text/charCodes.js';

/** The code units of the Basic Multilingual Plane whose answer differs from what `pattern` says of the character. */
function disagreements(test: (code: number) => boolean, pattern: RegExp): number[] {
	const found: number[] = [];
	for (let code = 0; code <= 0xffff; code++) if (test(code) !== pattern.test(String.fromCharCode(code))) found.push(code);
	return found;
}

describe('character tests by code', () => {
	it('agree with the regular expressions they stand for on every code unit', () => {
		expect(disagreements(isSpaceCode, /^\s$/)).toEqual([]);
		expect(disagreements(isAsciiLetter, /^[A-Za-z]$/)).toEqual([]);
		expect(disagreements(isDigitCode, /^[0-9]$/)).toEqual([]);
		expect(disagreements(isLetterOrDigitCode, /^[\p{L}\p{N}]$/u)).toEqual([]);
	});

	it('call nothing outside a text a letter or a digit', () => {
		expect(isLetterOrDigitCode('Kyiv'.charCodeAt(4))).toBe(false);
		expect(isLetterOrDigitCode('Київ'.charCodeAt(0))).toBe(true);
	});
});
