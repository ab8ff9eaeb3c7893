/** Windows-1252 bytes 0x80-0x9f as UTF-16 code units; its five unassigned bytes are -1 (dropped rather than shown as U+FFFD). */
const windows1252High = [
	0x20ac, -1, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, -1, 0x17d, -1,
	-1, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, -1, 0x17e, 0x178,
];

/** Each byte's UTF-16 code unit in Windows-1252: Latin-1 apart from 0x80-0x9f. A table, not iconv-lite, which is large to load. */
function windows1252(byte: number): number {
	return byte >= 0x80 && byte < 0xa0 ? windows1252High[byte - 0x80]! : byte;
}

/**
 * Text that is not valid UTF-8 as a whole: every valid UTF-8 sequence read as UTF-8, every other byte as
 * Windows-1252. A legacy file (no valid multi-byte sequences) reads as Windows-1252 throughout, and a UTF-8
 * page with one stray byte keeps its curly quotes and Cyrillic instead of turning them into mojibake.
 */
export function decodeMixedUtf8(bytes: Uint8Array): string {
	return decodeUtf8Leniently(bytes, windows1252);
}

/**
 * Valid UTF-8 sequences decoded; each byte that starts none becomes the UTF-16 code unit `invalid` gives it
 * (or nothing, for -1).
 */
export function decodeUtf8Leniently(bytes: Uint8Array, invalid: (byte: number) => number): string {
	// A byte never yields more than one UTF-16 unit (a 4-byte sequence yields two), so this buffer is big enough.
	const units = new Uint16Array(bytes.length);
	let length = 0;
	let at = 0;
	while (at < bytes.length) {
		const first = bytes[at]!;
		const size = first < 0x80 ? 1 : sequenceLength(bytes, at, first);
		if (size === 0) {
			const unit = invalid(first);
			if (unit >= 0) units[length++] = unit;
			at += 1;
			continue;
		}
		let point = size === 1 ? first : first & (0xff >> (size + 1));
		for (let offset = 1; offset < size; offset++) point = (point << 6) | (bytes[at + offset]! & 0x3f);
		if (point > 0xffff) {
			units[length++] = 0xd800 + ((point - 0x10000) >> 10);
			units[length++] = 0xdc00 + ((point - 0x10000) & 0x3ff);
		} else {
			units[length++] = point;
		}
		at += size;
	}
	return Buffer.from(units.buffer, 0, length * 2).toString('utf16le');
}

/** The length of the well-formed multi-byte UTF-8 sequence at `at` (Unicode table 3-7), or 0 when there is none. */
function sequenceLength(bytes: Uint8Array, at: number, first: number): number {
	const second = bytes[at + 1] ?? 0;
	if (first >= 0xc2 && first <= 0xdf) return isContinuation(second) ? 2 : 0;
	if (first >= 0xe0 && first <= 0xef) {
		const low = first === 0xe0 ? 0xa0 : 0x80;
		const high = first === 0xed ? 0x9f : 0xbf;
		return second >= low && second <= high && isContinuation(bytes[at + 2] ?? 0) ? 3 : 0;
	}
	if (first >= 0xf0 && first <= 0xf4) {
		const low = first === 0xf0 ? 0x90 : 0x80;
		const high = first === 0xf4 ? 0x8f : 0xbf;
		return second >= low && second <= high && isContinuation(bytes[at + 2] ?? 0) && isContinuation(bytes[at + 3] ?? 0) ? 4 : 0;
	}
	return 0;
}

function isContinuation(byte: number): boolean {
	return byte >= 0x80 && byte <= 0xbf;
}
