import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {stripControls, toSafeLine} from '../../source/clean/controls.js';
import {carrier, escapePayloads, hazardsIn, isTerminalSafe} from './payloads.js';
import {controlHeavyString} from './arbitraries.js';

describe('stripControls on the payload corpus', () => {
	it('removes every payload and keeps the prose around it', () => {
		const leaked = escapePayloads.filter((payload, index) => {
			const cleaned = stripControls(carrier(payload, index));
			expect(cleaned).toMatch(/^Officials in Kyiv said /);
			expect(cleaned).toMatch(/ on Tuesday that \d+ drones were shot down near Kharkiv\.$/);
			return !isTerminalSafe(cleaned);
		});
		expect(escapePayloads.length).toBeGreaterThanOrEqual(40);
		expect(leaked.map(payload => payload.name)).toEqual([]);
	});

	it('removes a whole sequence, so its payload does not show as text', () => {
		expect(stripControls('a\u001B]0;pwned\u0007b')).toBe('ab');
		expect(stripControls('a\u001B]52;c;cHduZWQ=\u001B\\b')).toBe('ab');
		expect(stripControls('a\u009D0;pwned\u009Cb')).toBe('ab');
		expect(stripControls('a\u001B[38;5;196mb')).toBe('ab');
		expect(stripControls('a\u009B2Jb')).toBe('ab');
	});

	it('folds every payload to one safe line for titles and file names', () => {
		for (const [index, payload] of escapePayloads.entries()) {
			const line = toSafeLine(`${carrier(payload, index)}\n\tsecond\r\nthird`);
			expect(hazardsIn(line)).toEqual([]);
			expect(line).not.toMatch(/[\n\t\r]/);
		}
	});
});

// A stray ESC ] or ESC P in scraped text, with no terminator, must not eat the rest of the article.
describe('unterminated sequences', () => {
	const rest = 'The second paragraph reports 40 attacks near Pokrovsk.';

	it.each([
		['ESC ] (OSC) with no BEL or ST', 'Kyiv \u001B]0;pwned and more words.'],
		['ESC P (DCS) with no ST', 'Kyiv \u001BPlease note the words that follow.'],
		['ESC _ (APC) with no ST', 'Kyiv \u001B_under the line.'],
		['U+009D (C1 OSC) with no terminator', 'Kyiv \u009D0;pwned and more words.'],
	])('%s keeps the text after it', (_name, line) => {
		const cleaned = stripControls(`${line}\n${rest}`);
		expect(cleaned).toContain(rest);
		expect(cleaned).toMatch(/words|under the line/);
		expect(isTerminalSafe(cleaned)).toBe(true);
	});
});

describe('stripControls properties', () => {
	it('never leaves a control character, bidi override or escape', () => {
		fc.assert(
			fc.property(controlHeavyString(), text => {
				expect(hazardsIn(stripControls(text))).toEqual([]);
				expect(hazardsIn(toSafeLine(text))).toEqual([]);
			}),
			{numRuns: 500},
		);
	});

	it('is idempotent and only ever removes characters', () => {
		fc.assert(
			fc.property(controlHeavyString(), text => {
				const once = stripControls(text);
				expect(stripControls(once)).toBe(once);
				expect(isSubsequence(once, text)).toBe(true);
			}),
			{numRuns: 500},
		);
	});

	it('leaves text without controls unchanged, whatever its script', () => {
		fc.assert(
			fc.property(fc.string({unit: 'grapheme', maxLength: 200}), text => {
				fc.pre(isTerminalSafe(text));
				expect(stripControls(text)).toBe(text);
			}),
			{numRuns: 500},
		);
	});
});

function isSubsequence(short: string, long: string): boolean {
	let at = 0;
	for (const char of long) if (at < short.length && short.startsWith(char, at)) at += char.length;
	return at === short.length;
}
