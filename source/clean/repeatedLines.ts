/**
 * A test for lines that repeat an earlier one ignoring case (a title printed twice, a caption under each
 * photo). Lowercasing every line costs more than the rest of chrome removal, and lines that differ in
 * length cannot be equal: a line is lowercased only once another of its length has been seen.
 */
export function repeatedLineTest(): (line: string) => boolean {
	// Per length: the one line seen with it, not yet lowercased, or null once the length has two or more.
	const alone = new Map<number, string | null>();
	const seen = new Set<string>();
	return line => {
		// "İ" is the one character whose lowercase is longer ("i" and a combining dot); lines with it are compared by their lowercase length.
		const lower = line.includes('\u0130') ? line.toLowerCase() : undefined;
		const length = lower?.length ?? line.length;
		const first = alone.get(length);
		if (first === undefined) {
			alone.set(length, line);
			return false;
		}
		if (first !== null) {
			seen.add(first.toLowerCase());
			alone.set(length, null);
		}
		const key = lower ?? line.toLowerCase();
		if (seen.has(key)) return true;
		seen.add(key);
		return false;
	};
}
