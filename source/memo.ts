/** Keys longer than this are computed every time: a long stretch of text rarely recurs, and it would cost memory. */
const maxKeyLength = 256;

/**
 * A copy of `text` that shares no memory with the string it was sliced from: a slice of an article keeps the
 * whole article alive, and a remembered key outlives its article.
 */
function detached(text: string): string {
	return (` ${text}`).slice(1);
}

/**
 * `compute` with its results remembered by argument. News copy repeats the same phrases ("Kremlin spokesman
 * Dmitry Peskov said") across a corpus, so each is worked out once. At most `limit` results are kept (then
 * all are forgotten at once) and keys are short, so memory stays bounded on any input. Only for pure
 * functions whose results are never mutated.
 */
export function memoised<Value>(compute: (key: string) => Value, limit = 20_000): (key: string) => Value {
	const results = new Map<string, Value>();
	return key => {
		if (key.length > maxKeyLength) return compute(key);
		let value = results.get(key);
		if (value === undefined) {
			if (results.size >= limit) results.clear();
			const own = detached(key);
			value = compute(own);
			results.set(own, value);
		}
		return value;
	};
}
