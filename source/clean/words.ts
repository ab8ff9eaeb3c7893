/**
 * Words in a cleaned line (single spaces, trimmed), counting no further than `limit`:
 * headline tests only need to know whether a line is short.
 */
export function wordsIn(line: string, limit = Number.POSITIVE_INFINITY): number {
	if (line === '') return 0;
	let words = 1;
	for (let index = line.indexOf(' '); index !== -1 && words <= limit; index = line.indexOf(' ', index + 1)) words++;
	return words;
}
