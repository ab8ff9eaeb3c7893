import {describe, expect, it} from 'vitest';
import {reduceContextFor} from '../../source/ui/activeView.js';
import {buildLists} from '../../source/ui/entries.js';
import {helpLines} from '../../source/ui/helpLines.js';
import {bindingsFor, helpContexts, keyLabel} from '../../source/ui/keymap.js';
import {contentBox, layoutFor, viewBox} from '../../source/ui/layout.js';
import {type UiState, helpTop, initialState} from '../../source/ui/state.js';
import {displayWidth} from '../../source/text/width.js';
import {sampleBrief} from '../fixtures/ui/brief.js';
import {typeKeys} from './press.js';

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

const help: UiState = {...initialState, help: true};
const rows = bindingsFor(helpContexts(help));

/** The help box of a terminal of this size, as the dashboard lays it out with a one-row header and footer. */
function helpBox(columns: number, lines: number) {
	return contentBox(viewBox(layoutFor({columns, rows: lines}, 1, 1)));
}

describe('the help overlay', () => {
	it.each([
		[40, 12],
		[80, 24],
		[100, 30],
	])('at %ix%i shows every key and its whole description, none run together', (columns, lines) => {
		const box = helpBox(columns, lines);
		const text = helpLines(help, box.width, box.height);
		for (const line of text) expect(displayWidth(line)).toBeLessThanOrEqual(box.width);
		expect(text.join('\n')).not.toContain('…');
		for (const binding of rows) {
			const keys = binding.keys.map(keyLabel).join(' ');
			// The keys, at least one space, then the description: on some line, in some column.
			const row = new RegExp(`(^|  )${escaped(keys)} +${escaped(binding.description)}( |$)`);
			expect(text.some(line => row.test(line)), `${keys} ${binding.description}`).toBe(true);
		}
	});

	it('uses one column at 40x12, where the rows are more than fit, and two side by side at 80x24, where all fit', () => {
		const small = helpBox(40, 12);
		expect(helpLines(help, small.width, small.height)).toHaveLength(rows.length);
		const large = helpBox(80, 24);
		const twoColumns = helpLines(help, large.width, large.height);
		expect(twoColumns).toHaveLength(Math.ceil(rows.length / 2));
		expect(twoColumns.length).toBeLessThanOrEqual(large.height);
	});

	it('scrolls with j, k and the paging keys when it does not fit, never past its last page, and opens at the top', () => {
		const brief = sampleBrief();
		const lists = buildLists(brief, new Set());
		const layout = layoutFor({columns: 40, rows: 12}, 1, 1);
		const context = (state: UiState) => reduceContextFor(state, lists, brief, layout);
		const page = helpBox(40, 12).height;
		const lastTop = rows.length - page;
		expect(typeKeys(['?', 'j', 'j'], context).helpScroll).toBe(2);
		expect(typeKeys(['?', 'j', 'j', 'k'], context).helpScroll).toBe(1);
		expect(typeKeys(['?', 'G'], context).helpScroll).toBe(lastTop);
		expect(typeKeys(['?', 'G', 'j', 'pagedown'], context).helpScroll).toBe(lastTop);
		expect(typeKeys(['?', 'pagedown'], context).helpScroll).toBe(page);
		expect(typeKeys(['?', 'G', 'g'], context).helpScroll).toBe(0);
		expect(typeKeys(['?', 'G', '?', '?'], context).helpScroll).toBe(0);
		// Under the help, list keys scroll it and leave the list alone.
		expect(typeKeys(['?', 'j', 'esc'], context).cursors).toEqual(initialState.cursors);
		expect(helpTop(lastTop + 5, rows.length, page)).toBe(lastTop);
	});
});
