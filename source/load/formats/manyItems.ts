import type {ParsedEntry} from './parsedEntry.js';

/**
 * Numbers the entries of a file that holds several articles. A file where no item is usable is one skip
 * (saying why the first item failed), not a skip per item.
 */
export function manyItems(entries: ReadonlyArray<{readonly item: number; readonly entry: ParsedEntry}>, noun: string): ParsedEntry[] {
	if (entries.length === 0) return [{kind: 'skip', reason: `no ${noun}s in the file`}];
	if (entries.every(({entry}) => entry.kind === 'skip')) {
		const first = entries[0];
		const why = first?.entry.kind === 'skip' ? first.entry.reason : '';
		return [{kind: 'skip', reason: `no usable article among ${entries.length} ${noun}${entries.length === 1 ? '' : 's'} (${noun} ${first?.item}: ${why})`}];
	}
	return entries.map(({item, entry}) => ({...entry, item}));
}
