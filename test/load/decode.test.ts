import iconv from 'iconv-lite';
import {describe, expect, it} from 'vitest';
import {decodeText} from '../../source/load/decode.js';
import {decodeMixedUtf8} from '../../source/load/mixedUtf8.js';

const sample = 'Zelenskyy said “we will not give up” — Kyiv, 31 October.\nSecond paragraph: €6bn.';
const bytes = (...parts: Array<number[] | Uint8Array>): Uint8Array =>
	Uint8Array.from(parts.flatMap(part => [...part]));
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const utf16le = (text: string): Uint8Array => Uint8Array.from(Buffer.from(text, 'utf16le'));
const utf16be = (text: string): Uint8Array => Uint8Array.from(Buffer.from(text, 'utf16le').swap16());

describe('decodeText', () => {
	it('reads plain UTF-8', () => {
		expect(decodeText(utf8(sample))).toEqual({text: sample});
	});

	it('drops a UTF-8 byte order mark', () => {
		expect(decodeText(bytes([0xef, 0xbb, 0xbf], utf8(sample)))).toEqual({text: sample});
	});

	it('reads UTF-16 LE and BE with a byte order mark', () => {
		expect(decodeText(bytes([0xff, 0xfe], utf16le(sample)))).toEqual({text: sample});
		expect(decodeText(bytes([0xfe, 0xff], utf16be(sample)))).toEqual({text: sample});
	});

	it('recognises UTF-16 without a byte order mark by its NUL bytes', () => {
		expect(decodeText(utf16le(sample))).toEqual({text: sample});
		expect(decodeText(utf16be(sample))).toEqual({text: sample});
	});

	it('reads Windows-1252 where bytes 0x80-0x9f are curly quotes, dashes and the euro sign', () => {
		const legacy = Uint8Array.from(iconv.encode(sample, 'windows-1252'));
		expect(() => new TextDecoder('utf-8', {fatal: true}).decode(legacy)).toThrow();
		expect(decodeText(legacy)).toEqual({text: sample});
	});

	it('drops the five bytes Windows-1252 leaves unassigned instead of inventing characters', () => {
		expect(decodeText(bytes(utf8('a'), [0x81, 0x8d, 0x8f, 0x90, 0x9d, 0xe9]))).toEqual({text: 'aé'});
	});

	it('normalises CRLF and lone CR line endings to LF', () => {
		expect(decodeText(utf8('one\r\ntwo\rthree\n'))).toEqual({text: 'one\ntwo\nthree\n'});
	});

	it('strips terminal control characters and escape sequences but keeps tabs', () => {
		expect(decodeText(utf8('Kyiv\u001b]0;pwned\u0007 news\u001b[2J\tend\u0008\u202e'))).toEqual({text: 'Kyiv news\tend'});
	});

	it('skips binary data', () => {
		const png = bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]);
		expect(decodeText(png)).toEqual({skip: expect.stringMatching(/binary/)});
	});

	it('skips UTF-16 with a byte order mark but a broken body', () => {
		expect(decodeText(bytes([0xff, 0xfe], utf16le('abc'), [0x41]))).toEqual({skip: expect.stringMatching(/UTF-16LE/)});
	});

	it('reads each stray byte as Windows-1252, as iconv-lite does, and drops the five bytes it leaves unassigned', () => {
		for (let byte = 0x80; byte <= 0xff; byte++) {
			const expected = iconv.decode(Buffer.from([byte]), 'windows-1252').replace('\uFFFD', '');
			expect(decodeMixedUtf8(bytes([0x41, byte, 0x42]))).toBe(`A${expected}B`);
		}
	});
});
