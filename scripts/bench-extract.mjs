// `npm run bench:extract`: extraction throughput on one core over the sample articles replicated
// (each copy varied) to at least 20 MB, beside a regex sentence split of the same text, stage by stage.
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {replicatedTexts} from './bench/corpus.mjs';
import {printExtraction} from './bench/extractionReport.mjs';
import {extractionBench} from './bench/stages.mjs';

const projectRoot = process.cwd();
const directory = mkdtempSync(join(tmpdir(), 'ukraine-brief-bench-'));
try {
	const {texts} = replicatedTexts(join(projectRoot, 'articles'), 20e6);
	printExtraction(await extractionBench(texts, {directory, projectRoot, runs: 3}));
} finally {
	rmSync(directory, {recursive: true, force: true});
}
