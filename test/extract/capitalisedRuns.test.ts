import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {CapitalisedRuns, roleWordsStart} from '../../source/extract/capitalisedRuns.js';

/** The capitalised runs of `text` in [start, end), found the way names are collected, each marked `+` when spaced. */
function runs(text: string, start = 0, end = text.length, marked = false): string[] {
	const reader = new CapitalisedRuns(text);
	const found: string[] = [];
	for (let from = start; reader.next(from, end); from = reader.end) {
		found.push(text.slice(reader.start, reader.end) + (marked && reader.spaced ? '+' : ''));
	}
	return found;
}

describe('capitalised runs', () => {
	it('joins the capitalised words of a name and its titles, through a name connector', () => {
		expect(runs('Ukrainian President Volodymyr Zelensky met Mohammed bin Salman and Charles de Gaulle’s heirs in Riyadh.'))
			.toEqual(['Ukrainian President Volodymyr Zelensky', 'Mohammed bin Salman', 'Charles de Gaulle’s', 'Riyadh.']);
	});

	it('keeps dots, hyphens and apostrophes inside a word and stops at other punctuation', () => {
		expect(runs('U.S.-backed forces, said Lt Col O’Brien (retired), held Kupiansk-Vuzlovyi.'))
			.toEqual(['U.S.-backed', 'Lt Col O’Brien', 'Kupiansk-Vuzlovyi.']);
	});

	it('reads capitals beyond ASCII, also outside the basic plane, but never general punctuation', () => {
		expect(runs('Łukasz Kowalski, Ørsted and 𝐀lpha — “Quoted” …')).toEqual(['Łukasz Kowalski', 'Ørsted', '𝐀lpha', 'Quoted']);
	});

	it('stays within the stretch asked for, even inside a word or a surrogate pair', () => {
		const text = 'the talks in Kyiv. President Zelensky said';
		expect(runs(text, 0, text.indexOf('.') + 1)).toEqual(['Kyiv.']);
		expect(runs(text, 0, text.indexOf('yiv'))).toEqual(['K']);
		expect(runs('so 𝐀', 0, 4)).toEqual([]);
	});

	it('finds runs stretch by stretch, in order, whatever lies between the stretches', () => {
		const text = 'he said “Nobody Here” and Olena Zelenska agreed, with Kyiv';
		const reader = new CapitalisedRuns(text);
		const quoteEnd = text.indexOf('”') + 1;
		expect(reader.next(0, text.indexOf('“'))).toBe(false);
		expect(reader.next(quoteEnd, text.length)).toBe(true);
		expect(reader.start).toBe(text.indexOf('Olena'));
		expect(reader.next(text.indexOf('agreed'), text.length)).toBe(true);
		expect(reader.start).toBe(text.indexOf('Kyiv'));
	});

	it('tells a run of words joined by plain spaces from a lone word or words joined by other spaces', () => {
		expect(runs('Mr Umerov met Mohammed bin Salman, Kyiv and Mr\u00a0Smith.', 0, undefined, true))
			.toEqual(['Mr Umerov+', 'Mohammed bin Salman+', 'Kyiv', 'Mr\u00a0Smith.']);
	});

	it('finds the roles written before a name, up to punctuation or six words', () => {
		const text = 'In Kyiv, the country’s defence minister Rustem Umerov said';
		const at = text.indexOf('Rustem');
		expect(text.slice(roleWordsStart(text, 0, at), at)).toBe('the country’s defence minister ');
		const long = 'one two three four five six seven Rustem';
		expect(long.slice(roleWordsStart(long, 0, long.indexOf('Rustem')))).toBe('two three four five six seven Rustem');
	});

	it('finds the names of a sample article', () => {
		const text = readFileSync('articles/004_d463b41bc5bde2c7.txt', 'utf8');
		const found = runs(text);
		expect(found.length).toBeGreaterThan(50);
		expect(found).toContain('Volodymyr Zelensky');
	});
});
