import type {Figure, FigureGroup, FigureUnit} from '../model.js';
import {elsewhere, placeFacts, type PlaceFacts} from './similarityTerms.js';

/**
 * Figures from different articles that measure the same quantity: the same kind of unit, labels that
 * share their content words, values close enough to be estimates of one thing (at most 3x apart), and
 * sentences that do not set them in different places (the dead of a strike on Odesa are not those of one
 * on Kharkiv, however alike the labels).
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

/**
 * Dice overlap of two labels' terms (ids in label order), each term weighted by its rarity: sharing "Kursk"
 * says more than sharing "Ukraine". `aWeight` is the sum of `a`'s weights, summed in the same order.
 */
function similarity(a: Int32Array, aWeight: number, b: Int32Array, weights: Float64Array): number {
	let shared = 0;
	let total = aWeight;
	for (const term of a) if (b.includes(term)) shared += weights[term]!;
	for (const term of b) total += weights[term]!;
	return total === 0 ? 0 : (2 * shared) / total;
}

interface Building {
	readonly id: number;
	readonly dimension: number;
	/** Label terms already in the index for this group. */
	readonly indexed: Set<number>;
	readonly members: number[];
	readonly terms: Int32Array[];
	min: number;
	max: number;
	/** The last figure that looked at this group: each figure scores a group once. */
	seenBy: number;
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

/** Each distinct label's terms as ids (in label order), which label each figure has, and how many figures use each term. */
function termIds(figures: readonly Figure[]): {labels: Int32Array[]; labelOf: Int32Array; frequency: number[]} {
	const ids = new Map<string, number>();
	const frequency: number[] = [];
	// Labels repeat across a corpus ("people killed"): each is split, stemmed and weighed once.
	const labelIndex = new Map<string, number>();
	const labels: Int32Array[] = [];
	const labelOf = new Int32Array(figures.length);
	for (const [index, figure] of figures.entries()) {
		let label = labelIndex.get(figure.label);
		if (label === undefined) {
			label = labels.length;
			labelIndex.set(figure.label, label);
			labels.push(
				Int32Array.from(labelTerms(figure.label), term => {
					let id = ids.get(term);
					if (id === undefined) {
						id = frequency.length;
						ids.set(term, id);
						frequency.push(0);
					}
					return id;
				}),
			);
		}
		labelOf[index] = label;
		for (const term of labels[label]!) frequency[term]!++;
	}
	return {labels, labelOf, frequency};
}

const dimensionIndex = new Map(Object.values(dimensions).map(({dimension}) => dimension).filter((dimension, index, all) => all.indexOf(dimension) === index).map((dimension, index) => [dimension, index]));

/** Groups of figures that measure the same quantity in at least two articles. */
export function groupFigures(figures: readonly Figure[]): FigureGroup[] {
	const {labels, labelOf, frequency} = termIds(figures);
	const weights = Float64Array.from(frequency, count => Math.log(1 + figures.length / count));
	const termCount = frequency.length;
	const labelWeights = labels.map(terms => {
		let sum = 0;
		for (const term of terms) sum += weights[term]!;
		return sum;
	});
	// Block on the rarest terms: they are the ones that tell quantities apart.
	const labelKeys = labels.map(terms => Array.from(terms).filter(term => frequency[term]! > 1).sort((a, b) => frequency[a]! - frequency[b]!).slice(0, 3));

	// Figures of one sentence share its places, worked out when a comparison first needs them.
	const placesBySentence = new Map<string, PlaceFacts>();
	const placesOf = (figure: Figure): PlaceFacts => {
		let facts = placesBySentence.get(figure.sentence);
		if (facts === undefined) placesBySentence.set(figure.sentence, (facts = placeFacts(figure.sentence)));
		return facts;
	};
	const isElsewhere = (figure: Figure, group: Building): boolean => {
		const own = placesOf(figure);
		if (own.places.length === 0) return false;
		for (let member = 0; member < Math.min(memberScan, group.members.length); member++) {
			if (elsewhere(own, placesOf(figures[group.members[member]!]!))) return true;
		}
		return false;
	};
	const groups: Building[] = [];
	// Keyed by dimension and term: dimension × termCount + term id.
	const postings = new Map<number, number[]>();
	for (const [index, figure] of figures.entries()) {
		const {dimension: dimensionName, factor} = dimensions[figure.unit];
		const dimension = dimensionIndex.get(dimensionName)!;
		const value = figure.value * factor;
		if (!(value > 0) || !Number.isFinite(value)) continue;
		const label = labelOf[index]!;
		const terms = labels[label]!;
		const termsWeight = labelWeights[label]!;
		const keys = labelKeys[label]!;

		let chosen: Building | undefined;
		let chosenScore = 0;
		for (const key of keys) {
			const posting = postings.get(dimension * termCount + key) ?? [];
			for (let position = posting.length - 1; position >= Math.max(0, posting.length - postingScan); position--) {
				const group = groups[posting[position]!]!;
				if (group.seenBy === index) continue;
				group.seenBy = index;
				if (Math.max(group.max, value) > maxRatio * Math.min(group.min, value)) continue;
				let score = 0;
				for (let member = 0; member < Math.min(memberScan, group.terms.length); member++) score = Math.max(score, similarity(terms, termsWeight, group.terms[member]!, weights));
				if (score >= minSimilarity && score > chosenScore && !isElsewhere(figure, group)) {
					chosen = group;
					chosenScore = score;
				}
			}
		}

		if (chosen === undefined) {
			chosen = {id: groups.length, dimension, indexed: new Set(), members: [], terms: [], min: value, max: value, seenBy: index};
			groups.push(chosen);
		}
		chosen.members.push(index);
		chosen.terms.push(terms);
		chosen.min = Math.min(chosen.min, value);
		chosen.max = Math.max(chosen.max, value);
		for (const term of terms) {
			if (chosen.indexed.has(term)) continue;
			chosen.indexed.add(term);
			const key = dimension * termCount + term;
			const posting = postings.get(key);
			if (posting === undefined) postings.set(key, [chosen.id]);
			else posting.push(chosen.id);
		}
	}

	const result: FigureGroup[] = [];
	for (const group of groups) {
		if (group.members.length < 2) continue;
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
