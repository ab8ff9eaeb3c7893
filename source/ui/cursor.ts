/**
 * A list selection that survives the list changing under it (progressive load, watch mode, filtering).
 *
 * The selected item is remembered by identity (`key`); `index` is only the fallback when that item is
 * gone, and `row` is where the selection sits inside the visible window, so new items arriving above
 * it do not make the list jump.
 */
export interface Cursor {
	readonly key: string | null;
	readonly index: number;
	readonly row: number;
}

export const startCursor: Cursor = {key: null, index: 0, row: 0};

/** Anything with a stable identity. */
export interface Keyed {
	readonly key: string;
}

function clamp(value: number, min: number, max: number): number {
	return Math.max(min, Math.min(max, value));
}

/** Each list's key → first index, built once per list (lists are replaced, never changed in place). */
const positions = new WeakMap<readonly Keyed[], ReadonlyMap<string, number>>();

function positionOf(items: readonly Keyed[], key: string): number | undefined {
	let map = positions.get(items);
	if (map === undefined) {
		const built = new Map<string, number>();
		items.forEach((item, i) => {
			if (!built.has(item.key)) built.set(item.key, i);
		});
		positions.set(items, built);
		map = built;
	}
	return map.get(key);
}

/**
 * Index of the selected item in `items`, or -1 when the list is empty. O(1) while the list is the one
 * the cursor was set on; a list that changed is indexed by key once.
 */
export function selectedIndex(cursor: Cursor, items: readonly Keyed[]): number {
	if (items.length === 0) return -1;
	if (cursor.key !== null) {
		if (items[cursor.index]?.key === cursor.key) return cursor.index;
		const found = positionOf(items, cursor.key);
		if (found !== undefined) return found;
	}
	return clamp(cursor.index, 0, items.length - 1);
}

/**
 * How far the window scrolls when a one-item step leaves it: half a page, so stepping through a long
 * list redraws it every few items rather than on every one, and shows what comes next.
 */
export function scrollStep(page: number): number {
	return Math.max(1, Math.ceil(page / 2));
}

function rowAfter(row: number, moved: number, page: number): number {
	const lastRow = Math.max(0, page - 1);
	const next = row + moved;
	if (Math.abs(moved) !== 1 || (next >= 0 && next <= lastRow)) return clamp(next, 0, lastRow);
	return clamp(next > lastRow ? lastRow + 1 - scrollStep(page) : scrollStep(page) - 1, 0, lastRow);
}

/**
 * Moves the selection by `delta` items (±Infinity for first/last). `page` is how many items fit; the
 * selection's row inside the window follows the move but stays on screen.
 */
export function moveCursor(cursor: Cursor, items: readonly Keyed[], delta: number, page: number): Cursor {
	const from = selectedIndex(cursor, items);
	if (from === -1) return cursor;
	const to = clamp(from + delta, 0, items.length - 1);
	const row = delta === Number.NEGATIVE_INFINITY ? 0 : delta === Number.POSITIVE_INFINITY ? Math.max(0, page - 1) : rowAfter(cursor.row, to - from, page);
	return {key: items[to]?.key ?? null, index: to, row};
}

/** The visible slice: first item index and the selected index (-1 when empty). */
export interface ListWindow {
	readonly top: number;
	readonly selected: number;
}

/** Which items to render when `height` items fit. */
export function listWindow(cursor: Cursor, items: readonly Keyed[], height: number): ListWindow {
	const selected = selectedIndex(cursor, items);
	if (selected === -1 || height <= 0) return {top: 0, selected};
	const maxTop = Math.max(0, items.length - height);
	const row = clamp(cursor.row, 0, height - 1);
	return {top: clamp(selected - row, 0, maxTop), selected};
}
