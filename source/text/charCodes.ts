/** Character classes tested by UTF-16 code, for scanners that read text without slicing it. */

/** JavaScript's `\s`. */
export function isSpaceCode(code: number): boolean {
	return code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) ||
		code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

export function isAsciiLetter(code: number): boolean {
	return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** Whether `code` is the code of one of `characters`: a membership test that makes no string of the character. */
export function isCodeOf(code: number, characters: string): boolean {
	for (let index = 0; index < characters.length; index++) {
		if (characters.charCodeAt(index) === code) return true;
	}
	return false;
}

export function isDigitCode(code: number): boolean {
	return code >= 48 && code <= 57;
}

const letterOrDigit = /[\p{L}\p{N}]/u;

/** What `[\p{L}\p{N}]` says of one UTF-16 code unit, told by its code when it is ASCII (NaN, outside a text, is neither). */
export function isLetterOrDigitCode(code: number): boolean {
	if (code < 0x80) return isAsciiLetter(code) || isDigitCode(code);
	return letterOrDigit.test(String.fromCharCode(code));
}
