import {describe, expect, it} from 'vitest';
import {tabBarText} from '../../source/ui/dashboard.js';
import {widthOf} from '../../source/ui/text.js';

const labels = [
	{title: 'Headlines', count: 15},
	{title: 'Key figures', count: 10},
	{title: 'Quotes', count: 46},
	{title: 'Developments', count: 128},
];

describe('tabBarText', () => {
	it('names every pane with its count when there is room', () => {
		expect(tabBarText(labels, 0, 80)).toBe('[1 Headlines 15]  2 Key figures 10   3 Quotes 46   4 Developments 128 ');
	});

	it('shows the focused tab whole at 60 and 40 columns, the others shrunk to their number', () => {
		expect(tabBarText(labels, 3, 60)).toBe('1 2 3 [4 Developments 128]');
		expect(tabBarText(labels, 1, 40)).toBe('1 [2 Key figures 10] 3 4');
	});

	it('drops the focused tab’s count before cutting it, and never runs past the width', () => {
		expect(tabBarText(labels, 3, 24)).toBe('1 2 3 [4 Developments]');
		for (const width of [10, 20, 30, 40, 60, 80]) for (const focused of [0, 1, 2, 3]) expect(widthOf(tabBarText(labels, focused, width))).toBeLessThanOrEqual(width);
	});
});
