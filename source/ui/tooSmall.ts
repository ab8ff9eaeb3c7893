import {type Size, usableMinimum} from './layout.js';
import {wrapLines} from './text.js';

/**
 * What a terminal too small for the dashboard shows instead: its size and the size needed, each wrapped
 * to `width` columns, so both stay readable down to ten columns. In fewer than `rows` lines the size
 * needed comes first.
 */
export function tooSmallLines(size: Size, width: number, rows: number): string[] {
	const have = wrapLines(`Too small: ${size.columns}x${size.rows}`, width, rows);
	const need = wrapLines(`need ${usableMinimum.columns}x${usableMinimum.rows}`, width, rows);
	return have.length + need.length <= rows ? [...have, ...need] : need.slice(0, Math.max(1, rows));
}
