import iconv from 'iconv-lite';
import {stripControls} from '../clean/controls.js';
import {decodeMixedUtf8} from './mixedUtf8.js';

export type Decoded = {readonly text: string} | {readonly skip: string};

const sampleSize = 4096;

/**
 * Bytes to text without ever silently replacing bad bytes: BOM first, then UTF-16 recognised by its
 * NUL-byte pattern, then strict UTF-8, then UTF-8 with each stray byte read as Windows-1252 (what legacy "ANSI"
 * text files almost always are, and what a UTF-8 page with pasted-in legacy text holds).
 */
export function decodeText(bytes: Uint8Array): Decoded {
	const decoded = decodeBytes(bytes);
	if ('skip' in decoded) return decoded;
	if (decoded.text.includes('\0')) return {skip: binarySkip};
	return {text: stripControls(normaliseNewlines(decoded.text))};
}

const binarySkip = 'binary file (contains NUL bytes), not text';

function decodeBytes(bytes: Uint8Array): Decoded {
	if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return decodeWithoutBom(bytes.subarray(3));
	if (startsWith(bytes, [0xff, 0xfe])) return decodeUtf16(bytes.subarray(2), 'utf-16le');
	if (startsWith(bytes, [0xfe, 0xff])) return decodeUtf16(bytes.subarray(2), 'utf-16be');
	return decodeWithoutBom(bytes);
}

function decodeWithoutBom(bytes: Uint8Array): Decoded {
	const nuls = countNuls(bytes.subarray(0, sampleSize));
	if (nuls.even + nuls.odd > 0) {
		const encoding = utf16ByNulPattern(nuls, Math.min(bytes.length, sampleSize));
		return encoding ? decodeUtf16(bytes, encoding) : {skip: binarySkip};
	}
	try {
		return {text: new TextDecoder('utf-8', {fatal: true}).decode(bytes)};
	} catch {
		return {text: decodeMixedUtf8(bytes)};
	}
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): Decoded {
	try {
		return {text: new TextDecoder(encoding, {fatal: true}).decode(bytes)};
	} catch {
		return {skip: `not valid ${encoding.toUpperCase()} text (odd length or broken surrogate pairs)`};
	}
}

/** Latin-script UTF-16 has a NUL in (nearly) every high byte and almost none in the low bytes. */
function utf16ByNulPattern(nuls: {even: number; odd: number}, length: number): 'utf-16le' | 'utf-16be' | undefined {
	const pairs = Math.floor(length / 2);
	if (pairs === 0) return undefined;
	if (nuls.odd >= pairs * 0.3 && nuls.even === 0) return 'utf-16le';
	if (nuls.even >= pairs * 0.3 && nuls.odd === 0) return 'utf-16be';
	return undefined;
}

function countNuls(bytes: Uint8Array): {even: number; odd: number} {
	const counts = {even: 0, odd: 0};
	bytes.forEach((byte, index) => {
		if (byte === 0) counts[index % 2 === 0 ? 'even' : 'odd']++;
	});
	return counts;
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
	return prefix.every((byte, index) => bytes[index] === byte);
}

function normaliseNewlines(text: string): string {
	return text.replace(/\r\n?/g, '\n');
}

// Per the HTML standard these labels all mean Windows-1252 (ISO-8859-1 would turn 0x80-0x9f into controls).
const windows1252Labels = /^(?:iso-?8859-1|iso_8859-1|latin-?1|l1|cp819|ibm819|us-ascii|ascii|cp1252|x-cp1252)$/i;

/**
 * An HTML page's bytes to text: a BOM wins, then the charset its `<meta>` declares (read from the first
 * bytes, as browsers do), then the same detection as plain text.
 */
export function decodeHtml(bytes: Uint8Array): Decoded {
	const declared = declaredCharset(bytes);
	const hasBom = startsWith(bytes, [0xef, 0xbb, 0xbf]) || startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff]);
	if (hasBom || declared === undefined || /^utf-?(8|16)/i.test(declared)) return decodeText(bytes);
	const charset = windows1252Labels.test(declared) ? 'windows-1252' : declared;
	if (!iconv.encodingExists(charset)) return decodeText(bytes);
	if (bytes.includes(0)) return {skip: binarySkip};
	return {text: stripControls(normaliseNewlines(iconv.decode(Buffer.from(bytes), charset).replaceAll('\uFFFD', '')))};
}

function declaredCharset(bytes: Uint8Array): string | undefined {
	const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
	return /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head)?.[1];
}
