// Extraction throughput on one core, whole and stage by stage, beside a plain regex sentence split.
// The stages are bundled from source into a temporary file, so each can be timed on its own and a
// slow one named precisely.
import {writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {pathToFileURL} from 'node:url';
import {build} from 'esbuild';
import {nodeBundle} from '../bundle-options.mjs';
import {median} from './measure.mjs';

const stageModules = {
	cleanArticle: 'source/clean/cleanArticle.ts',
	articleSentences: 'source/extract/sentences.ts',
	articleDates: 'source/extract/dates.ts',
	extractHeadlines: 'source/extract/headlines.ts',
	extractFigures: 'source/extract/figures.ts',
	extractQuotes: 'source/extract/quotes.ts',
	extractReports: 'source/extract/developments.ts',
	analyseArticles: 'source/brief/buildBrief.ts',
	extractArticles: 'source/extract/index.ts',
	assembleBrief: 'source/brief/buildBrief.ts',
	canonicalizeSpeakers: 'source/brief/speakers.ts',
	groupFigures: 'source/brief/figureGroups.ts',
	mergeDevelopments: 'source/brief/mergeDevelopments.ts',
};

async function bundleStages(directory, projectRoot) {
	const entry = join(directory, 'stages-entry.mjs');
	writeFileSync(entry, Object.entries(stageModules).map(([name, path]) => `export {${name}} from ${JSON.stringify(join(projectRoot, path))};`).join('\n'));
	const outfile = join(directory, 'stages.mjs');
	await build({...nodeBundle, entryPoints: [entry], outfile});
	return import(pathToFileURL(outfile).href);
}

const sentenceSplit = /(?<=[.!?])\s+(?=["“‘(]?[A-Z0-9])/;

function timed(fn) {
	const started = performance.now();
	const value = fn();
	return {ms: performance.now() - started, value};
}

/**
 * Times `analyseArticles` (the product's batch path) over `texts` (the median of `runs` passes after a warm-up, and
 * the first pass alone, before the per-spelling and per-window memos have seen the corpus), then each stage in the
 * order extraction runs them, and a regex sentence split of the same text.
 */
export async function extractionBench(texts, {directory, projectRoot, runs = 3}) {
	const stages = await bundleStages(directory, projectRoot);
	const raws = texts.map((text, index) => ({id: `bench-${index}`, path: `bench/${index}.txt`, text, meta: {}}));
	const megabytes = texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0) / 1e6;
	stages.analyseArticles(raws.slice(0, 200));

	const whole = [];
	let analysed;
	for (let run = 0; run < runs; run++) {
		const pass = timed(() => stages.analyseArticles(raws));
		whole.push(pass.ms);
		analysed = pass.value;
	}
	const regex = median(Array.from({length: runs}, () => timed(() => texts.reduce((sum, text) => sum + text.split(sentenceSplit).length, 0)).ms));

	// The same calls extract/index.ts makes, one stage at a time over the whole input, each the median of `runs` passes.
	const stage = fn => {
		const passes = Array.from({length: runs}, () => timed(fn));
		return {ms: median(passes.map(pass => pass.ms)), value: passes[0].value};
	};
	const breakdown = {};
	const clean = stage(() => raws.map(stages.cleanArticle));
	breakdown['clean (cleanArticle)'] = clean.ms;
	const articles = clean.value;
	// Extraction proper, on text already cleaned: the product's batch path without its cleaning stage.
	const extractMs = stage(() => stages.extractArticles(articles)).ms;
	const sentences = stage(() => articles.map(stages.articleSentences));
	breakdown['sentences (articleSentences)'] = sentences.ms;
	const dates = stage(() => articles.map((article, index) => stages.articleDates(article.published, sentences.value[index])));
	breakdown['dates (articleDates)'] = dates.ms;
	breakdown['headlines (extractHeadlines)'] = stage(() => articles.forEach((article, index) => stages.extractHeadlines(article, sentences.value[index]))).ms;
	breakdown['figures (extractFigures)'] = stage(() => articles.forEach((article, index) => stages.extractFigures(article, sentences.value[index], dates.value[index]))).ms;
	breakdown['quotes (extractQuotes)'] = stage(() => articles.forEach((article, index) => stages.extractQuotes(article, sentences.value[index]))).ms;
	breakdown['reports (extractReports)'] = stage(() => articles.forEach((article, index) => stages.extractReports(article, sentences.value[index], dates.value[index]))).ms;
	const assemble = timed(() => stages.assembleBrief(analysed, [])).ms;
	// The cross-article stages assembleBrief runs, each alone.
	const findings = analysed.map(item => item.findings);
	const assembly = {
		'speakers (canonicalizeSpeakers)': timed(() => stages.canonicalizeSpeakers(findings.flatMap(item => item.quotes))).ms,
		'figure groups (groupFigures)': timed(() => stages.groupFigures(findings.flatMap(item => item.figures))).ms,
		'developments (mergeDevelopments)': timed(() => stages.mergeDevelopments(findings.flatMap(item => item.reports))).ms,
	};

	const perSecond = ms => megabytes / (ms / 1000);
	return {
		megabytes,
		articles: raws.length,
		analyseMs: median(whole),
		analyseMBps: perSecond(median(whole)),
		firstPassMBps: perSecond(whole[0]),
		extractMBps: perSecond(extractMs),
		regexMs: regex,
		regexMBps: perSecond(regex),
		stages: Object.fromEntries(Object.entries(breakdown).map(([name, ms]) => [name, {ms, MBps: perSecond(ms)}])),
		assembleMs: assemble,
		assembly,
	};
}
