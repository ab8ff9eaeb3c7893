/** "1 article", "3 sources": a count with its noun in the number it needs. */
export function counted(n: number, noun: string): string {
	return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
