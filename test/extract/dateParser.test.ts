import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import * as chrono from 'chrono-node';
import {describe, expect, it} from 'vitest';
import {windowDates} from '../../source/extract/dateParser.js';

/** What chrono's own casual English parser makes of `window`, in the shape windowDates gives. */
function casualDates(window: string, reference: Date) {
	return chrono.casual.parse(window, reference).map(result => ({
		index: result.index,
		text: result.text,
		time: result.start.date().getTime(),
		day: result.start.isCertain('day') || (result.start.isCertain('weekday') ?? false),
		monthAndDay: result.start.isCertain('month') && result.start.isCertain('day'),
		endDay: result.end?.isCertain('day') ? result.end.date().getTime() : null,
	}));
}

/** Every 70-character stretch of the sample articles, 23 characters apart: windows with and without dates. */
function sampleWindows(): string[] {
	const windows = new Set<string>();
	for (const name of readdirSync('articles').filter(file => file.endsWith('.txt'))) {
		const text = readFileSync(join('articles', name), 'utf8');
		for (let start = 0; start < text.length; start += 23) windows.add(text.slice(start, start + 70));
	}
	return [...windows];
}

describe('windowDates', () => {
	const reference = new Date(2024, 10, 8, 12);

	it('finds what chrono.casual finds in every window of the sample articles', () => {
		const windows = sampleWindows();
		expect(windows.length).toBeGreaterThan(1000);
		for (const window of windows) expect(windowDates(window, reference), window).toEqual(casualDates(window, reference));
	});

	it('agrees with chrono.casual on the forms each skipped parser reads', () => {
		const forms = [
			'2 days ago', 'three weeks later', 'at 5pm EST on Monday', '2024-11-03', '2024-11-03T10:00Z', '11/03/2024', '3/2024',
			'by the end of the month', 'last night', 'this morning', 'the next 2 weeks', '+3 days', 'within 2 days', 'Sept. 4 to 6, 2024',
			'2024 Nov', 'Friday 10:30 GMT+2', 'tmrw noon', '2024/11/03', 'the 4th of July', 'last Sun. evening', 'past week', 'this weekend', '19-20 November',
		];
		for (const form of forms) {
			for (const window of [form, `Officials said on ${form}, that the talks`]) expect(windowDates(window, reference), window).toEqual(casualDates(window, reference));
		}
	});

	it('reads the same window against each reference on its own', () => {
		expect(windowDates('The attack came yesterday.', new Date(2024, 10, 8, 12)).map(found => new Date(found.time).getDate())).toEqual([7]);
		expect(windowDates('The attack came yesterday.', new Date(2024, 10, 20, 12)).map(found => new Date(found.time).getDate())).toEqual([19]);
	});
});
