// The extraction benchmark in words: throughput against the target, and the stages from slowest.

export const extractionTarget = 20;

export function extractionLines(result) {
	const lines = [
		`Cleaning and extraction on one core (analyseArticles): ${result.analyseMBps.toFixed(2)} MB/s over ${result.megabytes.toFixed(1)} MB (${result.articles} articles), target >= ${extractionTarget} MB/s: ${result.analyseMBps >= extractionTarget ? 'met' : 'MISSED'}`,
		`First pass over the corpus (memos cold): ${result.firstPassMBps.toFixed(2)} MB/s`,
		`Extraction alone, on text already cleaned (extractArticles): ${result.extractMBps.toFixed(2)} MB/s`,
		`Regex sentence split of the same text: ${result.regexMBps.toFixed(0)} MB/s (extraction is ${(result.regexMBps / result.analyseMBps).toFixed(0)}x slower)`,
		'Stages (each alone over the same articles, slowest first):',
	];
	const stages = Object.entries(result.stages).sort((a, b) => b[1].ms - a[1].ms);
	for (const [name, {ms, MBps}] of stages) lines.push(`  ${name.padEnd(36)} ${String(Math.round(ms)).padStart(7)} ms  ${MBps.toFixed(1).padStart(8)} MB/s`);
	lines.push(`Cross-article assembly of these articles (assembleBrief): ${Math.round(result.assembleMs)} ms`);
	for (const [name, ms] of Object.entries(result.assembly).sort((a, b) => b[1] - a[1])) lines.push(`  ${name.padEnd(36)} ${String(Math.round(ms)).padStart(7)} ms`);
	return lines;
}

export function printExtraction(result) {
	process.stdout.write(`${extractionLines(result).join('\n')}\n`);
}
