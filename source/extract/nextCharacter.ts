/**
 * Where the next character of one kind (a one-character pattern with the g flag) is, remembering the last answer:
 * a search may run past the end of the stretch it was made for, and what it ran over is then not searched again,
 * so that asking stretch by stretch, in text order, reads a text with few such characters once.
 */
export class NextCharacter {
	/** No match lies in [searchedFrom, found); `found` is -1 when none lies up to the end of the text. */
	private searchedFrom = Number.POSITIVE_INFINITY;
	private found = -1;

	constructor(private readonly text: string, private readonly pattern: RegExp) {}

	/** Offset of the first match at or after `from`, or -1. */
	from(from: number): number {
		if (from < this.searchedFrom || (this.found >= 0 && from > this.found)) {
			this.pattern.lastIndex = from;
			this.found = this.pattern.test(this.text) ? this.pattern.lastIndex - 1 : -1;
			this.searchedFrom = from;
		}
		return this.found;
	}
}
