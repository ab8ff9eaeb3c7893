import type {FigureGroup, FigureUnit} from '../model.js';
import {counted} from '../text/plural.js';

const prefixes: Partial<Record<FigureUnit, string>> = {USD: '$', EUR: '€', GBP: '£'};
const suffixes: Partial<Record<FigureUnit, string>> = {percent: '%', km: ' km', mi: ' mi'};

function compact(value: number): string {
	const abs = Math.abs(value);
	const round = (n: number) => String(Number(n.toFixed(1)));
	if (abs >= 1e9) return `${round(value / 1e9)}bn`;
	if (abs >= 1e6) return `${round(value / 1e6)}m`;
	return value.toLocaleString('en-US', {maximumFractionDigits: 2});
}

/** A value for a table cell: `$9bn`, `15,000`, `10%`. */
export function formatValue(value: number, unit: FigureUnit): string {
	return `${prefixes[unit] ?? ''}${compact(value)}${suffixes[unit] ?? ''}`;
}

/** "8,000–15,000", or the one value all sources give. */
export function formatRange(group: FigureGroup): string {
	return group.min === group.max ? formatValue(group.min, group.unit) : `${formatValue(group.min, group.unit)}–${formatValue(group.max, group.unit)}`;
}

/** Where an item comes from, in one cell: the source's name when there is one, else how many ("4 sources"). */
export function sourcesCell(names: readonly string[]): string {
	return names.length === 1 ? (names[0] ?? '') : counted(names.length, 'source');
}
