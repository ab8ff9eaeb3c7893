import {stripVTControlCharacters} from 'node:util';
import {render} from 'ink-testing-library';
import stringWidth from 'string-width';
import {expect, vi} from 'vitest';
import {type BriefSnapshot, type BriefStore, createBriefStore} from '../../source/brief/store.js';
import type {SinceNote} from '../../source/brief/since.js';
import type {Brief} from '../../source/model.js';
import {App} from '../../source/ui/app.js';

export const keys = {
	enter: '\r',
	esc: '\u001B',
	tab: '\t',
	shiftTab: '\u001B[Z',
	down: '\u001B[B',
	up: '\u001B[A',
	backspace: '\u007F',
	ctrlC: '\u0003',
	ctrlD: '\u0004',
} as const;

export interface Rendered {
	readonly store: BriefStore & {set(next: BriefSnapshot): void};
	/** The last frame as written, escape sequences included. */
	raw(): string;
	/** The last frame as a reader sees it: styling removed. */
	frame(): string;
	/** Types keys one write at a time, as a terminal delivers them. */
	type(...input: string[]): void;
	/** Resizes the terminal and waits for a frame of that size (the frame is exactly `rows - 1` lines, none wider than `columns`). */
	resize(columns: number, rows: number): Promise<string>;
	/** Polls until the frame contains every text (no fixed sleeps). */
	waitFor(...texts: string[]): Promise<string>;
	/** Polls until the frame contains none of the texts. */
	waitForGone(...texts: string[]): Promise<string>;
	unmount(): void;
}

export function snapshotOf(brief: Brief, extra: Partial<BriefSnapshot> = {}): BriefSnapshot {
	return {brief, progress: null, fresh: new Set(), ...extra};
}

/** Whether a frame was drawn for a terminal of this size. */
export function fitsSize(frame: string, columns: number, rows: number): boolean {
	const lines = frame.split('\n');
	return lines.length === rows - 1 && lines.every(line => stringWidth(line) <= columns);
}

/** Renders the dashboard into a fake terminal of the given size; resolves once a frame of that size is drawn. */
export async function renderApp(
	initial: BriefSnapshot,
	{columns = 100, rows = 30, color = false, since}: {columns?: number; rows?: number; color?: boolean; since?: SinceNote} = {},
): Promise<Rendered> {
	const store = createBriefStore(initial);
	const instance = render(<App store={store} color={color} since={since} />);
	const stdout = instance.stdout;
	const raw = () => instance.lastFrame() ?? '';
	const frame = () => stripVTControlCharacters(raw());
	const poll = async (check: (text: string) => void) => {
		await vi.waitFor(() => check(frame()), {timeout: 5000, interval: 10});
		return frame();
	};
	const resize = async (width: number, height: number) => {
		Object.defineProperty(stdout, 'columns', {value: width, configurable: true});
		Object.defineProperty(stdout, 'rows', {value: height, configurable: true});
		stdout.emit('resize');
		return poll(text => expect(fitsSize(text, width, height), text).toBe(true));
	};
	await resize(columns, rows);
	return {
		store,
		raw,
		frame,
		type: (...input) => {
			for (const chunk of input) instance.stdin.write(chunk);
		},
		resize,
		waitFor: (...texts) => poll(text => texts.forEach(part => expect(text).toContain(part))),
		waitForGone: (...texts) => poll(text => texts.forEach(part => expect(text).not.toContain(part))),
		unmount: () => instance.unmount(),
	};
}
