import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest';
import type {FrameProps} from '../../source/ui/frame.js';
import {tables} from '../../source/ui/columns.js';
import {scrollStep} from '../../source/ui/cursor.js';
import {sampleBrief} from '../fixtures/ui/brief.js';
import {type Rendered, renderApp, snapshotOf} from './render.js';

/** Renders counted by pane title, and how many quotes were wrapped and table cells laid out. */
const counts = vi.hoisted(() => ({frames: new Map<string, number>(), wrapped: 0, cells: 0}));

vi.mock('../../source/ui/frame.js', async importOriginal => {
	const actual = await importOriginal<typeof import('../../source/ui/frame.js')>();
	return {
		...actual,
		Frame: (props: FrameProps) => {
			counts.frames.set(props.title, (counts.frames.get(props.title) ?? 0) + 1);
			return actual.Frame(props);
		},
	};
});

vi.mock('../../source/ui/text.js', async importOriginal => {
	const actual = await importOriginal<typeof import('../../source/ui/text.js')>();
	return {
		...actual,
		wrapLines: (...args: Parameters<typeof actual.wrapLines>) => {
			counts.wrapped++;
			return actual.wrapLines(...args);
		},
		fitPad: (...args: Parameters<typeof actual.fitPad>) => {
			counts.cells++;
			return actual.fitPad(...args);
		},
	};
});

function resetCounts() {
	counts.frames.clear();
	counts.wrapped = 0;
	counts.cells = 0;
}

let app: Rendered | undefined;
beforeEach(resetCounts);
afterEach(() => app?.unmount());

describe('what a cursor move renders', () => {
	it('renders only the focused pane again, in the grid', async () => {
		app = await renderApp(snapshotOf(sampleBrief()), {columns: 140, rows: 40});
		app.type('3');
		await app.waitFor('› 3 Quotes');
		resetCounts();
		app.type('j');
		await app.waitFor('2/15');
		expect([...counts.frames.keys()]).toEqual(['3 Quotes']);
	});

	it('wraps only the quotes a scroll brings into view, not those whose selection changed', async () => {
		app = await renderApp(snapshotOf(sampleBrief()), {columns: 140, rows: 40});
		app.type('3');
		await app.waitFor('› 3 Quotes');
		// The pane holds four quotes: three steps inside it, then one past its edge.
		const wrapped: number[] = [];
		for (let position = 2; position <= 5; position++) {
			resetCounts();
			app.type('j');
			await app.waitFor(`${position}/15`);
			wrapped.push(counts.wrapped);
		}
		// The scroll brings half a page of quotes in, some of them already shown below the page and wrapped then; the
		// one that lost the selection is still shown, wrapped as it was.
		expect(wrapped.slice(0, 3)).toEqual([0, 0, 0]);
		expect(wrapped[3]).toBeLessThanOrEqual(scrollStep(4));
	});

	it('lays out only the cells of the two rows whose selection changed', async () => {
		app = await renderApp(snapshotOf(sampleBrief()), {columns: 140, rows: 40});
		await app.waitFor('› 1 Headlines');
		resetCounts();
		app.type('j');
		await app.waitFor('2/15');
		expect(counts.cells).toBe(2 * tables.headlines.length);
	});
});
