import {nameKey, sameSurname, surnameBlocks} from '../extract/names.js';
import type {Quote, Speaker} from '../model.js';

/**
 * First names that are one name in two languages' transliterations: no spelling rule can know that
 * Volodymyr and Vladimir, or Oleksandr and Alexander, are the same name.
 */
const firstNameAliases: readonly (readonly string[])[] = [
	['volodymyr', 'vladimir'],
	['oleksandr', 'olexandr', 'alexander', 'aleksandr', 'alexandr'],
	['dmytro', 'dmitry', 'dmitri', 'dmitriy'],
	['serhiy', 'serhii', 'sergei', 'sergey'],
	['mykola', 'nikolai', 'nikolay'],
	['andriy', 'andrii', 'andrei', 'andrey'],
	['oleksiy', 'oleksii', 'alexei', 'alexey', 'aleksei'],
	['mykhailo', 'mikhail'],
	['yuriy', 'yurii', 'yuri'],
	['stephen', 'steven'],
];

const firstNameGroup = new Map<string, number>();
for (const [index, names] of firstNameAliases.entries()) for (const name of names) firstNameGroup.set(nameKey(name), index);

/**
 * Descriptions of unnamed sources start with a lowercase determiner ("a senior Ukrainian official") or end in a
 * lowercase noun ("Russia's foreign ministry"); names end in a capitalised word.
 */
function isDescription(speaker: string): boolean {
	return /^\p{Ll}/u.test(speaker) || /\s\p{Ll}[\p{L}-]*$/u.test(speaker);
}

function sameFirstName(a: string, b: string): boolean {
	const keyA = nameKey(a);
	const keyB = nameKey(b);
	if (keyA === keyB || sameSurname(a, b)) return true;
	if ((keyA.length === 1 && keyB.startsWith(keyA)) || (keyB.length === 1 && keyA.startsWith(keyB))) return true;
	const group = firstNameGroup.get(keyA);
	return group !== undefined && group === firstNameGroup.get(keyB);
}

interface Cluster {
	readonly key: string;
	/** Full forms (first name and surname) of a person, absent for descriptions and lone names. */
	readonly first: string | null;
	readonly surname: string;
	readonly description: boolean;
	readonly forms: Map<string, number>;
	readonly asWritten: Set<string>;
	readonly articleIds: Set<string>;
	quoteCount: number;
	readonly order: number;
}

function wordsOf(name: string): string[] {
	return name.split(/\s+/).filter(word => word !== '');
}

function addTo<K, V>(index: Map<K, V[]>, key: K, value: V): void {
	const list = index.get(key);
	if (list === undefined) index.set(key, [value]);
	else if (list.at(-1) !== value) list.push(value);
}

/**
 * The people found so far, indexed so that a name is compared only with clusters that may match it: by surname
 * key, by the blocks that catch one-letter spelling differences, and by the key of every word of every form.
 */
class People {
	private readonly byKey = new Map<string, Cluster[]>();
	private readonly bySurnameBlock = new Map<string, Cluster[]>();
	private readonly byWord = new Map<string, Cluster[]>();

	add(cluster: Cluster): void {
		addTo(this.byKey, cluster.key, cluster);
		for (const block of surnameBlocks(cluster.surname)) addTo(this.bySurnameBlock, block, cluster);
	}

	addForm(cluster: Cluster, form: string): void {
		for (const word of wordsOf(form)) addTo(this.byWord, nameKey(word), cluster);
	}

	withKey(key: string): readonly Cluster[] {
		return this.byKey.get(key) ?? [];
	}

	/** Clusters whose surname is the same as `surname` spelled another way, in the order they were found. */
	withSurname(surname: string, accept: (cluster: Cluster) => boolean = () => true): Cluster[] {
		const found = new Set<Cluster>();
		for (const block of surnameBlocks(surname)) {
			for (const cluster of this.bySurnameBlock.get(block) ?? []) {
				if (sameSurname(cluster.surname, surname) && accept(cluster)) found.add(cluster);
			}
		}
		return [...found].sort((a, b) => a.order - b.order);
	}

	/** Clusters with a form that has a word with this key, in the order they were found. */
	withWord(key: string): Cluster[] {
		return [...new Set(this.byWord.get(key) ?? [])].sort((a, b) => a.order - b.order);
	}
}

/**
 * One name per person across the corpus. Full names with the same surname (spelling-tolerant:
 * Zelensky/Zelenskyy/Zelenskiy/Zelenski, Hagerty/Hagerti, one letter apart in long names) and agreeing first
 * names are one person; a lone surname joins the full name with that surname. The canonical name is the most
 * frequent full spelling. Descriptions of unnamed sources are listed as written and never merged into people.
 * Each name is compared only with the clusters that share a block of its surname, so the work grows with the
 * number of quotes, not with its square.
 */
export function canonicalizeSpeakers(quotes: readonly Quote[]): {quotes: Quote[]; speakers: Speaker[]} {
	const clusters: Cluster[] = [];
	const byQuote: (Cluster | null)[] = [];
	const descriptions = new Map<string, Cluster>();
	const people = new People();

	const newCluster = (speaker: string, key: string, description: boolean): Cluster => {
		const parts = wordsOf(speaker);
		const cluster: Cluster = {
			key,
			first: !description && parts.length >= 2 ? parts[0]! : null,
			surname: parts.at(-1) ?? speaker,
			description,
			forms: new Map(),
			asWritten: new Set(),
			articleIds: new Set(),
			quoteCount: 0,
			order: clusters.length,
		};
		clusters.push(cluster);
		if (description) descriptions.set(key, cluster);
		else people.add(cluster);
		return cluster;
	};
	const record = (cluster: Cluster, quote: Quote): void => {
		const speaker = quote.speaker!.trim();
		const count = cluster.forms.get(speaker);
		cluster.forms.set(speaker, (count ?? 0) + 1);
		if (count === undefined && !cluster.description) people.addForm(cluster, speaker);
		// Pronouns and descriptions ("he", "the Nato chief") are how the text pointed at someone, not forms of a name.
		const written = quote.speakerAsWritten?.trim();
		if (written !== undefined && written !== '' && (cluster.description || /^\p{Lu}/u.test(written))) cluster.asWritten.add(written);
		cluster.articleIds.add(quote.at.articleId);
		cluster.quoteCount++;
	};

	// Full names and descriptions first, so that lone surnames can join the full names afterwards.
	const pending: number[] = [];
	for (const [index, quote] of quotes.entries()) {
		byQuote.push(null);
		const speaker = quote.speaker?.trim();
		if (speaker === undefined || speaker === '') continue;
		if (isDescription(speaker)) {
			const key = speaker.toLowerCase();
			byQuote[index] = descriptions.get(key) ?? newCluster(speaker, key, true);
			continue;
		}
		const parts = wordsOf(speaker);
		if (parts.length < 2) {
			pending.push(index);
			continue;
		}
		byQuote[index] =
			people.withSurname(parts.at(-1)!, cluster => cluster.first !== null && sameFirstName(cluster.first, parts[0]!))[0] ??
			newCluster(speaker, nameKey(parts.at(-1)!), false);
	}
	for (const [index, cluster] of byQuote.entries()) if (cluster !== null) record(cluster, quotes[index]!);
	for (const index of pending) {
		const quote = quotes[index]!;
		const speaker = quote.speaker!.trim();
		const key = nameKey(speaker);
		const inArticle = (cluster: Cluster) => cluster.articleIds.has(quote.at.articleId);
		const exact = people.withKey(key);
		const similar = exact.length > 0 ? exact : people.withSurname(speaker);
		const local = similar.filter(inArticle);
		// "Yoon" for "Yoon Suk Yeol" (a family name written first) anywhere when a title marks it as one ("Mr Yoon");
		// otherwise another word of a name only within the article: "Oleksandr" elsewhere is another Oleksandr.
		const familyName = isTitledName(quote.speakerAsWritten, speaker);
		const anyWord = similar.length > 0 ? (local.length > 0 ? local : similar) : people.withWord(key).filter(cluster => familyName || inArticle(cluster));
		byQuote[index] = mostQuoted(anyWord) ?? newCluster(speaker, key, false);
		record(byQuote[index]!, quote);
	}

	const names = new Map(clusters.map(cluster => [cluster, canonicalName(cluster)]));
	const canonicalQuotes = quotes.map((quote, index) => {
		const cluster = byQuote[index];
		return cluster === null || cluster === undefined ? quote : {...quote, speaker: names.get(cluster)!};
	});
	const speakers = clusters
		.filter(cluster => cluster.quoteCount > 0)
		.sort((a, b) => b.quoteCount - a.quoteCount || a.order - b.order)
		.map(cluster => {
			const name = names.get(cluster)!;
			const aliases = [...new Set([...cluster.forms.keys(), ...cluster.asWritten])].filter(form => form !== name);
			return {name, aliases, quoteCount: cluster.quoteCount, articleIds: [...cluster.articleIds]};
		});
	return {quotes: canonicalQuotes, speakers};
}

/** A lone name the article wrote after a title ("Mr Yoon", "President Yoon"): a family name, not a first name. */
function isTitledName(asWritten: string | null, name: string): boolean {
	const written = asWritten?.trim() ?? '';
	return written.length > name.length && written.endsWith(name) && /\s$/u.test(written.slice(0, -name.length));
}

/** The cluster quoted most often (the first of equals). */
function mostQuoted(clusters: readonly Cluster[]): Cluster | null {
	let best: Cluster | null = null;
	for (const cluster of clusters) if (best === null || cluster.quoteCount > best.quoteCount) best = cluster;
	return best;
}

/** The most frequent full form (first name and surname); the most frequent form when no full form was seen. */
function canonicalName(cluster: Cluster): string {
	let best = '';
	let bestScore = -1;
	for (const [form, count] of cluster.forms) {
		const score = (cluster.description || wordsOf(form).length >= 2 ? 1_000_000 : 0) + count;
		if (score > bestScore) {
			best = form;
			bestScore = score;
		}
	}
	return best;
}
