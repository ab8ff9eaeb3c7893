import {writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {pathToFileURL} from 'node:url';
import {styledCharsFromTokens, styledCharsToString, tokenize} from '@alcalzone/ansi-tokenize';
import {build} from 'esbuild';
import stringWidth from 'string-width';
import {beforeAll, describe, expect, it} from 'vitest';
import {nodeBundle} from '../../scripts/bundle-options.mjs';
import {tempFolder} from '../tempFolder.js';

type Width = (text: string, options?: {ambiguousIsNarrow?: boolean; countAnsiEscapeCodes?: boolean}) => number;

interface Bundled {
	readonly width: Width;
	/** A styled line taken apart into cells and put together again, as Ink does for each row of a frame. */
	readonly rejoined: (line: string) => string;
}

/** The dependencies as the product's bundle holds them, with the project's edits. */
let bundled: Bundled;
beforeAll(async () => {
	const folder = tempFolder('bundle');
	const entry = join(folder, 'entry.mjs');
	writeFileSync(entry, [
		"export {default as width} from 'string-width';",
		"import {styledCharsFromTokens, styledCharsToString, tokenize} from '@alcalzone/ansi-tokenize';",
		'export const rejoined = line => styledCharsToString(styledCharsFromTokens(tokenize(line)));',
	].join('\n'));
	const outfile = join(folder, 'bundled.mjs');
	await build({...nodeBundle, entryPoints: [entry], outfile, nodePaths: [join(process.cwd(), 'node_modules')]});
	bundled = (await import(pathToFileURL(outfile).href)) as Bundled;
});

describe('the bundled string-width', () => {
	const samples = [
		'',
		'plain ASCII',
		'Zelensky said “we will not give up” — again…',
		'Київ заявив: «40 дронів збито» · €9bn · ↑↓ ▸ █░░ │',
		'Ελλάδα and Ærø and Łódź',
		'wide 東京 北京',
		'e\u0301 a\u0308 combining',
		'👍🏽 👨‍👩‍👧 🇺🇦 ©️ ‼️ emoji',
		'soft\u00adhyphen and zero\u200bwidth',
		'\u001B[31mred “quoted”\u001B[39m',
		'tab\there',
	];

	it('measures as string-width does, with either reading of ambiguous characters', () => {
		for (const sample of samples) {
			expect(bundled.width(sample), JSON.stringify(sample)).toBe(stringWidth(sample));
			expect(bundled.width(sample, {ambiguousIsNarrow: false}), JSON.stringify(sample)).toBe(stringWidth(sample, {ambiguousIsNarrow: false}));
			expect(bundled.width(sample, {countAnsiEscapeCodes: true}), JSON.stringify(sample)).toBe(stringWidth(sample, {countAnsiEscapeCodes: true}));
		}
	});

	it('counts ambiguous characters wide when asked, though they are narrow by default', () => {
		expect(bundled.width('·→█')).toBe(3);
		expect(bundled.width('·→█', {ambiguousIsNarrow: false})).toBe(6);
	});
});

describe('the bundled ansi-tokenize', () => {
	// SGR codes as Ink's colours write them: 1 bold, 2 dim, 4 underline, 7 inverse, 3x/4x/38;2/48;2 colours, and their ends.
	const sgr = (code: string) => `\u001B[${code}m`;
	it('puts styled lines together again exactly as ansi-tokenize does', () => {
		const lines = [
			'plain',
			`${sgr('31')}red${sgr('39')} then plain`,
			`${sgr('1')}${sgr('31')}bold red${sgr('39')}${sgr('22')}${sgr('31')} red${sgr('39')}${sgr('34')}${sgr('4')} blue underlined${sgr('24')}${sgr('39')} plain`,
			`${sgr('43')}${sgr('30')} ${sgr('1')}selected${sgr('22')} row ${sgr('39')}${sgr('49')}${sgr('2')} · dim${sgr('22')}`,
			`${sgr('1')}bold ${sgr('2')}and dim${sgr('22')}${sgr('1')} bold${sgr('22')}`,
			`${sgr('38;2;255;136;0')}orange${sgr('39')}${sgr('48;2;0;51;102')} on blue ${sgr('49')}${sgr('7')}inverse${sgr('27')}`,
			'\u001B]8;;https://example.com\u0007link\u001B]8;;\u0007 after',
		];
		for (const line of lines) expect(bundled.rejoined(line), JSON.stringify(line)).toBe(styledCharsToString(styledCharsFromTokens(tokenize(line))));
	});
});
