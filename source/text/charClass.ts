/** The inside of a regex character class that matches the given code unit ranges (inclusive), such as `\u0020-\u007e`. */
export function charClass(ranges: ReadonlyArray<readonly [number, number]>): string {
	const escaped = (code: number) => `\\u${code.toString(16).padStart(4, '0')}`;
	return ranges.map(([from, to]) => `${escaped(from)}-${escaped(to)}`).join('');
}
