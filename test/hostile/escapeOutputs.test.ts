import {writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {buildBrief} from '../../source/brief/buildBrief.js';
import {markdown} from '../../source/brief/markdown.js';
import {plainText} from '../../source/brief/plainText.js';
import {toJson} from '../../source/brief/toJson.js';
import {loadArticles} from '../../source/load/index.js';
import {briefProblems} from './briefSchema.js';
import {payloadFolder, placements, writeHostileCorpus} from './hostileCorpus.js';
import {escapePayloads, hazardsIn} from './payloads.js';
import {tempFolder} from '../tempFolder.js';

const outputs = {
	'--print': (brief: ReturnType<typeof buildBrief>) => plainText(brief, 80),
	'--markdown': markdown,
	'--json': (brief: ReturnType<typeof buildBrief>) => JSON.stringify(toJson(brief), null, 2),
} as const;

describe('escape payloads through load, brief and every printed output', () => {
	const root = tempFolder('hostile-escapes');
	writeHostileCorpus(root, escapePayloads);

	it('lets none reach the output: every payload, every placement, every format', async () => {
		const leaks: string[] = [];
		let tried = 0;
		let quotesFound = 0;
		for (const [index, payload] of escapePayloads.entries()) {
			const loaded = await loadArticles([payloadFolder(index)], {cwd: root});
			expect(loaded.articles.length + loaded.skipped.length).toBe(loaded.discovered);
			const brief = buildBrief(loaded);
			if (brief.quotes.some(quote => quote.text.includes('give up our land'))) quotesFound++;
			for (const [format, render] of Object.entries(outputs)) {
				tried += placements.length;
				const hazards = hazardsIn(render(brief));
				if (hazards.length > 0) leaks.push(`${payload.name} in ${format}: ${hazards.join(' ')}`);
			}
			const problems = briefProblems(JSON.parse(outputs['--json'](brief)));
			if (problems.length > 0) leaks.push(`${payload.name} in parsed --json: ${problems.join('; ')}`);
		}
		expect(tried).toBe(escapePayloads.length * placements.length * 3);
		expect(leaks).toEqual([]);
		// The payloads did reach extraction: the quote that carried one was still found.
		expect(quotesFound).toBeGreaterThanOrEqual(escapePayloads.length - 2);
	});

	it('loads every hostile file name, or lists it with a reason', async () => {
		const loaded = await loadArticles(['.'], {cwd: root});
		expect(loaded.discovered).toBe(escapePayloads.length * 4 + 2);
		expect(loaded.articles.length + loaded.skipped.length).toBe(loaded.discovered);
		expect(loaded.skipped).toEqual([]);
	});
});

describe('file names in --json', () => {
	it('carry no control characters in articles[].path or skipped[].path, raw or parsed', async () => {
		const root = tempFolder('hostile-json-paths');
		writeFileSync(join(root, 'loaded-\u001B]0;pwned\u0007-\u009B2J-\u202E.txt'), 'Kyiv said 40 drones were shot down overnight.\n');
		writeFileSync(join(root, 'empty-\u001B[2J\nline.txt'), '');
		const brief = buildBrief(await loadArticles(['.'], {cwd: root}));
		const json = JSON.stringify(toJson(brief));
		expect(hazardsIn(json)).toEqual([]);
		expect(briefProblems(JSON.parse(json))).toEqual([]);
	});
});
