// A deterministic synthetic corpus grown from the bundled articles: paragraphs shuffled and mixed, people,
// numbers and dates varied, so no two files are alike and neither a cache nor a cross-article merge can
// short-cut the work. The same seed always writes the same bytes.
import {mkdirSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';

/** mulberry32: small, fast and good enough to vary text; the same seed gives the same sequence. */
export function random(seed) {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const pick = (next, items) => items[Math.floor(next() * items.length)];

function shuffle(next, items) {
	const copy = [...items];
	for (let index = copy.length - 1; index > 0; index--) {
		const other = Math.floor(next() * (index + 1));
		[copy[index], copy[other]] = [copy[other], copy[index]];
	}
	return copy;
}

// Surnames that the samples use, each swapped per article for one of a larger pool.
const people = ['Trump', 'Biden', 'Putin', 'Zelensky', 'Zelenskyy', 'Harris', 'Vance', 'Syrskyi', 'Rutte', 'Kent', 'Austin', 'Musk'];
const pool = [
	'Kuleba', 'Sybiha', 'Shmyhal', 'Budanov', 'Zaluzhnyi', 'Yermak', 'Klitschko', 'Peskov', 'Lavrov', 'Shoigu', 'Belousov',
	'Gerasimov', 'Scholz', 'Macron', 'Starmer', 'Tusk', 'Meloni', 'Stoltenberg', 'Blinken', 'Sullivan', 'Kirby', 'Orban',
	'Fico', 'Stubb', 'Frederiksen', 'Kallas', 'Borrell', 'Lammy', 'Healey', 'Pistorius', 'Baerbock', 'Sikorski',
];
const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const monthPattern = months.join('|');

function varyDigits(next, digits) {
	let out = '';
	for (const [index, char] of [...digits].entries()) {
		if (char < '0' || char > '9') out += char;
		else out += String(index === 0 ? 1 + Math.floor(next() * 9) : Math.floor(next() * 10));
	}
	return out;
}

/** The same text with people, dates and numbers changed the way the seed says. */
export function vary(next, text) {
	const swap = new Map(people.map(name => [name, pick(next, pool)]));
	const day = () => String(1 + Math.floor(next() * 28));
	const year = () => String(2022 + Math.floor(next() * 4));
	return text
		.replace(new RegExp(`\\b(${people.join('|')})\\b`, 'g'), name => swap.get(name))
		.replace(new RegExp(`\\b(${monthPattern}) (\\d{1,2})\\b`, 'g'), () => `${pick(next, months)} ${day()}`)
		.replace(new RegExp(`\\b(\\d{1,2}) (${monthPattern})\\b`, 'g'), () => `${day()} ${pick(next, months)}`)
		.replace(/\b20[12]\d\b/g, year)
		.replace(/(?<![\d-])\d[\d,.]*\d|(?<![\d-])\d(?!\d)/g, digits => (/^20\d\d$/.test(digits) ? digits : varyDigits(next, digits)));
}

function readSamples(samplesDir) {
	return readdirSync(samplesDir)
		.filter(name => name.endsWith('.txt'))
		.sort()
		.map(name => readFileSync(join(samplesDir, name), 'utf8').split('\n').filter(line => line.trim() !== ''));
}

/** One synthetic article: a sample's opening line, then a shuffled mix of its paragraphs and three of another's, ~2.5-7 KB. */
export function syntheticArticle(next, samples) {
	const index = Math.floor(next() * samples.length);
	const [first, ...body] = samples[index];
	const other = samples[(index + 1 + Math.floor(next() * (samples.length - 1))) % samples.length].slice(1);
	const paragraphs = shuffle(next, [...body, ...shuffle(next, other).slice(0, 3)]);
	const budget = 2700 + Math.floor(next() * 4000);
	const lines = [first];
	let length = first.length;
	for (const paragraph of paragraphs) {
		if (length > budget) break;
		lines.push(paragraph);
		length += paragraph.length + 1;
	}
	return `${vary(next, lines.join('\n'))}\n`;
}

/** Writes `count` articles into `directory` (100 per sub-folder); returns the bytes written. */
export function writeCorpus(directory, count, {seed = 1, samplesDir}) {
	const samples = readSamples(samplesDir);
	const next = random(seed);
	let bytes = 0;
	for (let index = 0; index < count; index++) {
		const folder = join(directory, String(Math.floor(index / 100)).padStart(3, '0'));
		if (index % 100 === 0) mkdirSync(folder, {recursive: true});
		const text = syntheticArticle(next, samples);
		writeFileSync(join(folder, `article-${String(index).padStart(5, '0')}.txt`), text);
		bytes += Buffer.byteLength(text);
	}
	return bytes;
}

/** The samples repeated (each copy varied) until they hold at least `minBytes`: the extraction benchmark's input. */
export function replicatedTexts(samplesDir, minBytes, seed = 7) {
	const samples = readdirSync(samplesDir).filter(name => name.endsWith('.txt')).sort().map(name => readFileSync(join(samplesDir, name), 'utf8'));
	const next = random(seed);
	const texts = [];
	let bytes = 0;
	while (bytes < minBytes) {
		for (const sample of samples) {
			const text = vary(next, sample);
			texts.push(text);
			bytes += Buffer.byteLength(text);
		}
	}
	return {texts, bytes};
}
