import type {Figure, FigureGroup, FigureUnit} from '../model.js';

/**
 * Figures from different articles that measure the same quantity: the same kind of unit, labels that
 * share their content words, and values close enough to be estimates of one thing (at most 3x apart).
 * Candidates are found through an inverted index from label terms to groups, so the work grows with
 * the number of figures, not with its square.
 */

/** Units that can be compared, and the factor to a common base within each dimension. */
const dimensions: Readonly<Record<FigureUnit, {readonly dimension: string; readonly factor: number}>> = {
	USD: {dimension: 'USD', factor: 1},
	EUR: {dimension: 'EUR', factor: 1},
	GBP: {dimension: 'GBP', factor: 1},
	percent: {dimension: 'percent', factor: 1},
	people: {dimension: 'quantity', factor: 1},
	count: {dimension: 'quantity', factor: 1},
	km: {dimension: 'distance', factor: 1},
	mi: {dimension: 'distance', factor: 1.609_344},
	other: {dimension: 'other', factor: 1},
};

const maxRatio = 3;
const minSimilarity = 0.5;
/** How many groups per label term are looked at: bounds the work for very common terms. */
const postingScan = 64;
/** How many members of a candidate group a figure is compared with. */
const memberScan = 8;

const stopWords = new Set(`
	a an the of in on at to for from with by about over under into onto across along against among between through
	toward towards near inside outside within without per via after before since until during and or but that which
	who whom is are was were be been being has have had will would could can may might its their his her our this
	these those than as up down more less also now
`.split(/\s+/).filter(Boolean));

/** Words that name the same thing in a label: what matters is the quantity, not the reporter's wording. */
const synonyms: Readonly<Record<string, string>> = {
	soldier: 'troop', servicemen: 'troop', serviceman: 'troop', personnel: 'troop', fighter: 'troop', forc: 'troop',
	dead: 'kill', death: 'kill', fatality: 'kill', died: 'kill', injur: 'wound', launch: 'fir',
	other: 'peopl', person: 'peopl', civilian: 'peopl',
	kiev: 'kyiv', ukrainian: 'ukrain', russian: 'russia', frontline: 'front', korea: 'korean',
};

function stem(word: string): string {
	let stemmed = word;
	if (stemmed.length > 4 && stemmed.endsWith('ies')) stemmed = `${stemmed.slice(0, -3)}y`;
	else if (stemmed.length > 4 && /(?:s|x|z|ch|sh)es$/.test(stemmed)) stemmed = stemmed.slice(0, -2);
	else if (stemmed.length > 3 && stemmed.endsWith('s') && !stemmed.endsWith('ss')) stemmed = stemmed.slice(0, -1);
	if (stemmed.length > 5 && stemmed.endsWith('ing')) stemmed = stemmed.slice(0, -3);
	else if (stemmed.length > 4 && stemmed.endsWith('ed')) stemmed = stemmed.slice(0, -2);
	// "fire"/"fired", "advance"/"advanced" meet once a final e is dropped.
	if (stemmed.length > 3 && stemmed.endsWith('e')) stemmed = stemmed.slice(0, -1);
	return synonyms[stemmed] ?? stemmed;
}

/** The content words of a label, stemmed, possessives dropped: "Russia’s Kursk region" → russia, kursk, region. */
export function labelTerms(label: string): ReadonlySet<string> {
	const terms = new Set<string>();
	for (const raw of label.toLowerCase().split(/[^\p{L}\p{N}'’-]+/u)) {
		const word = raw.replace(/['’]s?$/u, '').replace(/^['’-]+|['’-]+$/gu, '');
		if (word.length < 2 || stopWords.has(word) || /^\d/.test(word)) continue;
		terms.add(stem(word));
	}
	return terms;
}

/** Dice overlap of two term sets, each term weighted by its rarity: sharing "Kursk" says more than sharing "Ukraine". */
function similarity(a: ReadonlySet<string>, b: ReadonlySet<string>, weight: (term: string) => number): number {
	let shared = 0;
	let total = 0;
	for (const term of a) {
		total += weight(term);
		if (b.has(term)) shared += weight(term);
	}
	for (const term of b) total += weight(term);
	return total === 0 ? 0 : (2 * shared) / total;
}

interface Building {
	readonly id: number;
	readonly dimension: string;
	/** Label terms already in the index for this group. */
	readonly indexed: Set<string>;
	readonly members: number[];
	readonly terms: Array<ReadonlySet<string>>;
	min: number;
	max: number;
}

/** The wording most members share; among equals, the shortest. */
function chooseLabel(figures: readonly Figure[], members: readonly number[]): string {
	const tally = new Map<string, number>();
	for (const index of members) {
		const {label} = figures[index]!;
		tally.set(label, (tally.get(label) ?? 0) + 1);
	}
	let best = '';
	let bestCount = 0;
	for (const [label, count] of tally) {
		if (count > bestCount || (count === bestCount && label.length < best.length)) {
			best = label;
			bestCount = count;
		}
	}
	return best;
}

/** The unit most members use; counts of people win over plain counts. */
function groupUnit(figures: readonly Figure[], members: readonly number[]): FigureUnit {
	const tally = new Map<FigureUnit, number>();
	for (const index of members) {
		const {unit} = figures[index]!;
		tally.set(unit, (tally.get(unit) ?? 0) + 1);
	}
	if (tally.has('people')) return 'people';
	return [...tally.entries()].sort((a, b) => b[1] - a[1])[0]![0];
}

/** Groups of figures that measure the same quantity in at least two articles. */
export function groupFigures(figures: readonly Figure[]): FigureGroup[] {
	const termsOf = figures.map(figure => labelTerms(figure.label));
	const frequency = new Map<string, number>();
	for (const terms of termsOf) for (const term of terms) frequency.set(term, (frequency.get(term) ?? 0) + 1);
	const weights = new Map<string, number>();
	for (const [term, count] of frequency) weights.set(term, Math.log(1 + figures.length / count));
	const weight = (term: string): number => weights.get(term) ?? 0;

	const groups: Building[] = [];
	const postings = new Map<string, number[]>();
	for (const [index, figure] of figures.entries()) {
		const {dimension, factor} = dimensions[figure.unit];
		const value = figure.value * factor;
		if (!(value > 0) || !Number.isFinite(value)) continue;
		const terms = termsOf[index]!;
		// Block on the rarest terms: they are the ones that tell quantities apart.
		const keys = [...terms].filter(term => frequency.get(term)! > 1).sort((a, b) => frequency.get(a)! - frequency.get(b)!).slice(0, 3);

		let chosen: Building | undefined;
		let chosenScore = 0;
		const seen = new Set<Building>();
		for (const key of keys) {
			const posting = postings.get(`${dimension}\u0000${key}`) ?? [];
			for (let position = posting.length - 1; position >= Math.max(0, posting.length - postingScan); position--) {
				const group = groups[posting[position]!]!;
				if (seen.has(group)) continue;
				seen.add(group);
				if (Math.max(group.max, value) > maxRatio * Math.min(group.min, value)) continue;
				let score = 0;
				for (let member = 0; member < Math.min(memberScan, group.terms.length); member++) score = Math.max(score, similarity(terms, group.terms[member]!, weight));
				if (score >= minSimilarity && score > chosenScore) {
					chosen = group;
					chosenScore = score;
				}
			}
		}

		if (chosen === undefined) {
			chosen = {id: groups.length, dimension, indexed: new Set(), members: [], terms: [], min: value, max: value};
			groups.push(chosen);
		}
		chosen.members.push(index);
		chosen.terms.push(terms);
		chosen.min = Math.min(chosen.min, value);
		chosen.max = Math.max(chosen.max, value);
		for (const term of terms) {
			if (chosen.indexed.has(term)) continue;
			chosen.indexed.add(term);
			const key = `${dimension}\u0000${term}`;
			const posting = postings.get(key);
			if (posting === undefined) postings.set(key, [chosen.id]);
			else posting.push(chosen.id);
		}
	}

	const result: FigureGroup[] = [];
	for (const group of groups) {
		const articleIds = [...new Set(group.members.map(index => figures[index]!.at.articleId))];
		if (articleIds.length < 2) continue;
		const unit = groupUnit(figures, group.members);
		const factor = dimensions[unit].factor;
		result.push({
			label: chooseLabel(figures, group.members),
			unit,
			min: group.min / factor,
			max: group.max / factor,
			figures: group.members,
			articleIds,
			conflicting: group.max > group.min * 1.01,
		});
	}
	return result.sort((a, b) => b.articleIds.length - a.articleIds.length || b.figures.length - a.figures.length);
}
