import {describe, expect, it} from 'vitest';
import {displayLine, withoutFormatChars, withoutSkinTones} from '../../source/text/displayLine.js';
import {displayWidth} from '../../source/text/width.js';
import {fit, wrapLines} from '../../source/ui/text.js';

const skinTone = /[\u{1F3FB}-\u{1F3FF}]/u;
const quote = '“We pray 🙏🏽 for peace”, said Vitali Klitschko.';

describe('displayLine', () => {
	it('drops every skin-tone modifier, after an emoji, a letter or nothing', () => {
		expect(withoutSkinTones(quote)).toBe('“We pray 🙏 for peace”, said Vitali Klitschko.');
		expect(withoutSkinTones('👍🏻👍🏼👍🏽👍🏾👍🏿 a🏽 🏿')).toBe('👍👍👍👍👍 a ');
		expect(withoutSkinTones('👨🏽‍🌾 farmer')).toBe('👨‍🌾 farmer');
	});

	it('leaves every other character alone: CJK, flags, families joined with ZWJ, other astral characters', () => {
		for (const text of ['日本の首相キーウを訪問', 'We stand with 🇺🇦 now', 'Families 👨‍👩‍👧 fled', '𝐁old 🎉 and 🏠 (U+1F3E0)', 'Kyiv']) expect(withoutSkinTones(text)).toBe(text);
	});

	it('drops invisible format characters: soft hyphen, zero-width space, word joiner, BOM, LRM/RLM, stray joiners', () => {
		expect(withoutFormatChars('Verteidigungs\u00administer Kyiv\u200B strikes a\u2060b\uFEFFc d\u200Ee\u200Ff g\u200Dh \u2061\u180E')).toBe(
			'Verteidigungsminister Kyiv strikes abc def gh ',
		);
		expect(displayLine('Kyiv\u200B strikes\u00ad')).toBe('Kyiv strikes');
	});

	it('keeps the joiner inside an emoji sequence and the tags of a subdivision flag', () => {
		for (const text of ['Families 👨\u200D👩\u200D👧 fled', '❤️\u200D🔥', '\u{1F3F4}\u{E0067}\u{E0062}\u{E0065}\u{E006E}\u{E0067}\u{E007F}']) {
			expect(withoutFormatChars(text)).toBe(text);
		}
	});

	it('also takes out controls and folds newlines, as every display line must', () => {
		expect(displayLine('We\u001B[2J pray 🙏🏿\nfor peace')).toBe('We pray 🙏 for peace');
	});

	it('is what fit and wrapLines draw, so a measured row is as wide as any terminal draws it', () => {
		const line = fit(quote, 80);
		expect(line).not.toMatch(skinTone);
		// The emoji is two UTF-16 units and two columns; every other character one of each.
		expect(displayWidth(line)).toBe(line.length);
		for (const wrapped of wrapLines(quote, 12, 4)) expect(wrapped).not.toMatch(skinTone);
		expect(wrapLines(quote, 12, 4).join(' ')).toContain('🙏');
	});
});
