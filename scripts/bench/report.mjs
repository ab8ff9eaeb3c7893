// Turns benchmark results into the table printed on the terminal and docs/performance.md.

const format = (value, unit) => {
	if (value === undefined || value === null) return 'n/a';
	if (typeof value === 'string') return value;
	if (unit === 'ms') return value >= 10_000 ? `${(value / 1000).toFixed(1)} s` : `${Math.round(value)} ms`;
	if (unit === 'MB/s') return `${value.toFixed(1)} MB/s`;
	if (unit === 'MB') return `${Math.round(value)} MB`;
	if (unit === '%') return `${value.toFixed(0)} %`;
	return `${value} ${unit}`;
};

const ratio = (value, baseline) => (typeof value === 'number' && typeof baseline === 'number' && baseline > 0 ? `${(value / baseline).toFixed(2)}x` : '');

/**
 * One row per measurement: what, the value, its baseline, the ratio, the target and whether it is met.
 * `met` is true, false, or undefined when there is nothing to judge.
 */
export function row(what, value, unit, {baseline, baselineName = '', target, met, note = ''} = {}) {
	return {
		what,
		value: format(value, unit),
		baseline: baseline === undefined ? '' : `${format(baseline, unit)} ${baselineName}`.trim(),
		ratio: ratio(value, baseline),
		target: target ?? '',
		verdict: met === undefined ? '' : met ? 'met' : 'MISSED',
		note,
	};
}

const columns = [
	['what', 'Measurement'],
	['value', 'Value'],
	['baseline', 'Baseline (same run)'],
	['ratio', 'Ratio'],
	['target', 'Target'],
	['verdict', ''],
];

export function terminalTable(rows) {
	const widths = columns.map(([key, title]) => Math.max(title.length, ...rows.map(item => item[key].length)));
	const line = cells => cells.map((cell, index) => cell.padEnd(widths[index])).join('  ').trimEnd();
	return [line(columns.map(([, title]) => title)), line(widths.map(width => '-'.repeat(width))), ...rows.map(item => line(columns.map(([key]) => item[key])))].join('\n');
}

export function markdownTable(rows) {
	const escape = text => text.replaceAll('|', '\\|');
	return [
		`| ${columns.map(([, title]) => title || 'Verdict').join(' | ')} |`,
		`|${columns.map(() => '---').join('|')}|`,
		...rows.map(item => `| ${columns.map(([key]) => escape(item[key])).join(' | ')} |`),
	].join('\n');
}
