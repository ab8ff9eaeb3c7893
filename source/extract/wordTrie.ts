/**
 * A trie over the 26 ASCII letters, case folded, that tags words of fixed lists with bit flags. A scanner
 * walks it one character code at a time while it reads a word, so it learns what the word is without
 * slicing it out of the text or hashing it.
 */
export interface WordTrie {
	/**
	 * `next[node * 26 + letter]`: the node after `letter` (0 for a, 25 for z); node 0 is a dead end that leads to itself.
	 * Sixteen bits a node keep the table small enough for the processor's nearest caches.
	 */
	readonly next: Uint16Array;
	/** The flags of the word that ends at each node (0 when none does). */
	readonly flags: Int32Array;
}

/** Where a walk starts. */
export const trieRoot = 1;

/** The trie of `entries`, each a word of ASCII letters (any case) and the flags it carries; a word listed twice gets both. */
export function buildWordTrie(entries: Iterable<readonly [word: string, flags: number]>): WordTrie {
	const next: number[] = new Array<number>(52).fill(0);
	const flags: number[] = [0, 0];
	for (const [word, wordFlags] of entries) {
		let node = trieRoot;
		for (const char of word.toLowerCase()) {
			const letter = char.charCodeAt(0) - 97;
			if (letter < 0 || letter > 25) throw new Error(`not a word of ASCII letters: ${word}`);
			let child = next[node * 26 + letter]!;
			if (child === 0) {
				child = flags.length;
				flags.push(0);
				next.push(...new Array<number>(26).fill(0));
				next[node * 26 + letter] = child;
			}
			node = child;
		}
		flags[node]! |= wordFlags;
	}
	if (flags.length > 0xffff) throw new Error(`too many words for a trie of 16-bit nodes: ${flags.length} nodes`);
	return breadthFirst(next, flags);
}

/**
 * The same trie with its nodes numbered level by level: the nodes of the first letters of words, the steps a
 * scan takes most, then lie together in a few kilobytes.
 */
function breadthFirst(next: readonly number[], flags: readonly number[]): WordTrie {
	const order = [0, trieRoot];
	const renumbered = new Array<number>(flags.length).fill(0);
	renumbered[trieRoot] = trieRoot;
	for (let at = 1; at < order.length; at++) {
		const node = order[at]!;
		for (let letter = 0; letter < 26; letter++) {
			const child = next[node * 26 + letter]!;
			if (child === 0) continue;
			renumbered[child] = order.length;
			order.push(child);
		}
	}
	const orderedNext = new Uint16Array(next.length);
	const orderedFlags = new Int32Array(flags.length);
	for (const [position, node] of order.entries()) {
		orderedFlags[position] = flags[node]!;
		for (let letter = 0; letter < 26; letter++) orderedNext[position * 26 + letter] = renumbered[next[node * 26 + letter]!]!;
	}
	return {next: orderedNext, flags: orderedFlags};
}
