import iconv from 'iconv-lite';
import {stripControls} from '../clean/controls.js';
import {decodeMixedUtf8} from './mixedUtf8.js';

export type Decoded = {readonly text: string} | {readonly skip: string};

/** Text that may still need its line endings and control characters seen to, unless `clean` says it holds none. */
type RawText = {readonly text: string; readonly clean?: boolean} | {readonly skip: string};

const sampleSize = 4096;
const strictUtf8 = new TextDecoder('utf-8', {fatal: true});

/**
 * Bytes to text without ever silently replacing bad bytes: BOM first, then UTF-16 recognised by its
 * NUL-byte pattern, then strict UTF-8, then UTF-8 with each stray byte read as Windows-1252 (what legacy "ANSI"
 * text files almost always are, and what a UTF-8 page with pasted-in legacy text holds).
 */
export function decodeText(bytes: Uint8Array): Decoded {
	const decoded = decodeBytes(bytes);
	if ('skip' in decoded) return decoded;
	if (decoded.clean === true) return {text: decoded.text};
	if (decoded.text.includes('\0')) return {skip: binarySkip};
	return {text: stripControls(normaliseNewlines(decoded.text))};
}

const binarySkip = 'binary file (contains NUL bytes), not text';

function decodeBytes(bytes: Uint8Array): RawText {
	if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return decodeWithoutBom(bytes.subarray(3));
	if (startsWith(bytes, [0xff, 0xfe])) return decodeUtf16(bytes.subarray(2), 'utf-16le');
	if (startsWith(bytes, [0xfe, 0xff])) return decodeUtf16(bytes.subarray(2), 'utf-16be');
	return decodeWithoutBom(bytes);
}

function decodeWithoutBom(bytes: Uint8Array): RawText {
	const scan = scanBytes(bytes);
	if (scan.even + scan.odd > 0) {
		const encoding = utf16ByNulPattern(scan, Math.min(bytes.length, sampleSize));
		return encoding ? decodeUtf16(bytes, encoding) : {skip: binarySkip};
	}
	// UTF-8 and Windows-1252 both keep a NUL byte as a NUL character, which only a binary file holds.
	if (scan.clean === 'nul') return {skip: binarySkip};
	try {
		return {text: strictUtf8.decode(bytes), clean: scan.clean};
	} catch {
		return {text: decodeMixedUtf8(bytes)};
	}
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): RawText {
	try {
		return {text: new TextDecoder(encoding, {fatal: true}).decode(bytes)};
	} catch {
		return {skip: `not valid ${encoding.toUpperCase()} text (odd length or broken surrogate pairs)`};
	}
}

/** Latin-script UTF-16 has a NUL in (nearly) every high byte and almost none in the low bytes. */
function utf16ByNulPattern(nuls: {readonly even: number; readonly odd: number}, length: number): 'utf-16le' | 'utf-16be' | undefined {
	const pairs = Math.floor(length / 2);
	if (pairs === 0) return undefined;
	if (nuls.odd >= pairs * 0.3 && nuls.even === 0) return 'utf-16le';
	if (nuls.even >= pairs * 0.3 && nuls.odd === 0) return 'utf-16be';
	return undefined;
}

interface ByteScan {
	/** NUL bytes at even and odd offsets of the first `sampleSize` bytes. */
	even: number;
	odd: number;
	/**
	 * True when the bytes, read as UTF-8, hold nothing that normalising line endings and removing controls
	 * would change (no CR, no C0 but tab and newline, no DEL, no C1, no bidi control); 'nul' when a NUL is anywhere.
	 */
	clean: boolean | 'nul';
}

/** What a byte can mean for {@link scanBytes}: 0 ordinary, 1 a control, 2 may start a control in UTF-8, 3 NUL. */
const byteKind = Uint8Array.from({length: 256}, (_, byte) => {
	if (byte === 0) return 3;
	if ((byte < 0x20 && byte !== 0x0a && byte !== 0x09) || byte === 0x7f) return 1;
	return byte === 0xc2 || byte === 0xd8 || byte === 0xe2 ? 2 : 0;
});

/** One pass over the bytes, so clean UTF-8 text (nearly every article) costs no further pass over its text. */
function scanBytes(bytes: Uint8Array): ByteScan {
	const scan: ByteScan = {even: 0, odd: 0, clean: true};
	const sample = Math.min(bytes.length, sampleSize);
	const length = bytes.length;
	for (let index = 0; index < length; index++) {
		const kind = byteKind[bytes[index]!]!;
		if (kind === 0) continue;
		if (kind === 1) scan.clean = false;
		else if (kind === 2) {
			if (isControlSequence(bytes, index, bytes[index]!)) scan.clean = false;
		} else if (index < sample) {
			if ((index & 1) === 0) scan.even++;
			else scan.odd++;
		} else {
			scan.clean = 'nul';
			return scan;
		}
	}
	return scan;
}

/** C1 controls (C2 80-9F), ALM U+061C (D8 9C), LRM/RLM U+200E-F, LRE-RLO U+202A-E and LRI-PDI U+2066-9 in UTF-8. */
function isControlSequence(bytes: Uint8Array, at: number, lead: number): boolean {
	const second = bytes[at + 1] ?? 0;
	if (lead === 0xc2) return second >= 0x80 && second <= 0x9f;
	if (lead === 0xd8) return second === 0x9c;
	const third = bytes[at + 2] ?? 0;
	if (second === 0x80) return third === 0x8e || third === 0x8f || (third >= 0xaa && third <= 0xae);
	return second === 0x81 && third >= 0xa6 && third <= 0xa9;
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
