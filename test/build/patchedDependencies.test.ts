import {writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {pathToFileURL} from 'node:url';
import {build} from 'esbuild';
import stringWidth from 'string-width';
import {beforeAll, describe, expect, it} from 'vitest';
import {nodeBundle} from '../../scripts/bundle-options.mjs';
import {tempFolder} from '../tempFolder.js';

type Width = (text: string, options?: {ambiguousIsNarrow?: boolean; countAnsiEscapeCodes?: boolean}) => number;

/** string-width as the product's bundle holds it, with the project's patch. */
let bundledWidth: Width;
beforeAll(async () => {
	const folder = tempFolder('bundle');
	const entry = join(folder, 'entry.mjs');
	writeFileSync(entry, `export {default} from 'string-width';\n`);
	const outfile = join(folder, 'width.mjs');
	await build({...nodeBundle, entryPoints: [entry], outfile, nodePaths: [join(process.cwd(), 'node_modules')]});
	bundledWidth = ((await import(pathToFileURL(outfile).href)) as {default: Width}).default;
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
			expect(bundledWidth(sample), JSON.stringify(sample)).toBe(stringWidth(sample));
			expect(bundledWidth(sample, {ambiguousIsNarrow: false}), JSON.stringify(sample)).toBe(stringWidth(sample, {ambiguousIsNarrow: false}));
			expect(bundledWidth(sample, {countAnsiEscapeCodes: true}), JSON.stringify(sample)).toBe(stringWidth(sample, {countAnsiEscapeCodes: true}));
		}
	});

	it('counts ambiguous characters wide when asked, though they are narrow by default', () => {
		expect(bundledWidth('·→█')).toBe(3);
		expect(bundledWidth('·→█', {ambiguousIsNarrow: false})).toBe(6);
	});
});
