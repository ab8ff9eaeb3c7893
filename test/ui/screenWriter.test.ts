import {EventEmitter} from 'node:events';
import {describe, expect, it} from 'vitest';
import {ScreenWriter, frameOf, redraw} from '../../source/ui/screenWriter.js';

/** What Ink writes before a frame to erase the `count` lines of the last one (ansi-escapes eraseLines). */
const erase = (count: number) => '\u001B[2K\u001B[1A'.repeat(Math.max(0, count - 1)) + (count > 0 ? '\u001B[2K\u001B[G' : '');

class FakeTerminal extends EventEmitter {
	readonly columns = 40;
	readonly rows = 10;
	readonly isTTY = true;
	readonly writable = true;
	readonly writableEnded = false;
	readonly writableLength = 0;
	readonly destroyed = false;
	readonly written: string[] = [];
	write(chunk: string, done?: () => void): boolean {
		this.written.push(chunk);
		if (done) process.nextTick(done);
		return true;
	}
}

function writer() {
	const terminal = new FakeTerminal();
	return {terminal, screen: new ScreenWriter(terminal as unknown as NodeJS.WriteStream)};
}

describe('frameOf', () => {
	it('reads a frame after the erase of the last one', () => {
		expect(frameOf(`${erase(4)}one\n\u001B[7mtwo\u001B[27m\nthree\n`)).toEqual(['one', '\u001B[7mtwo\u001B[27m', 'three']);
		expect(frameOf('first frame\n')).toEqual(['first frame']);
	});

	it('tells a bare erase from other writes', () => {
		expect(frameOf(erase(3))).toBe('erase');
		expect(frameOf('\u001B[?25l')).toBeNull();
		expect(frameOf('\u001B[2J\u001B[3J\u001B[Hwhole screen')).toBeNull();
	});
});

describe('redraw', () => {
	it('rewrites only the changed lines, each in place and cleared to its end', () => {
		expect(redraw(['a', 'b', 'c'], ['a', 'B', 'c'])).toBe('\u001B[2;1HB\u001B[K\u001B[4;1H');
		expect(redraw(['a', 'b'], ['a', 'b'])).toBe('');
	});

	it('draws an unknown screen whole and clears below the frame', () => {
		expect(redraw(null, ['a', 'b'])).toBe('\u001B[1;1Ha\u001B[K\u001B[2;1Hb\u001B[K\u001B[3;1H\u001B[J\u001B[3;1H');
	});

	it('clears the rows a shorter frame no longer covers', () => {
		expect(redraw(['a', 'b', 'c'], ['a', 'b'])).toBe('\u001B[3;1H\u001B[J\u001B[3;1H');
	});
});

describe('ScreenWriter', () => {
	it('writes a whole first frame, then only what changes', () => {
		const {terminal, screen} = writer();
		screen.write('a\nb\nc\n');
		screen.write(`${erase(4)}a\nB\nc\n`);
		expect(terminal.written).toEqual([redraw(null, ['a', 'b', 'c']), redraw(['a', 'b', 'c'], ['a', 'B', 'c'])]);
	});

	it('passes other writes through and draws the next frame whole after one that changes the screen', () => {
		const {terminal, screen} = writer();
		screen.write('a\nb\n');
		screen.write('\u001B[?2026h');
		screen.write(`${erase(3)}a\nB\n`);
		screen.write('\u001B[?2026l');
		screen.write('\u001B[2J');
		screen.write(`${erase(3)}a\nB\n`);
		expect(terminal.written.slice(1)).toEqual(['\u001B[?2026h', redraw(['a', 'b'], ['a', 'B']), '\u001B[?2026l', '\u001B[2J', redraw(null, ['a', 'B'])]);
	});

	it('draws the whole frame again after a resize or an erase, and reports the resize', () => {
		const {terminal, screen} = writer();
		let resized = 0;
		screen.on('resize', () => resized++);
		screen.write('a\nb\n');
		terminal.emit('resize');
		screen.write(`${erase(3)}a\nb\n`);
		screen.write(erase(3));
		screen.write('a\nb\n');
		expect(resized).toBe(1);
		expect(terminal.written).toEqual([redraw(null, ['a', 'b']), redraw(null, ['a', 'b']), redraw(null, ['a', 'b'])]);
		screen.dispose();
		expect(terminal.listenerCount('resize')).toBe(0);
	});
});

describe('write callbacks', () => {
	it('calls back for every write, also when nothing reaches the terminal (Ink waits for it on exit)', async () => {
		const {terminal, screen} = writer();
		const calls: string[] = [];
		const written = (label: string) => new Promise<void>(resolve => screen.write(label === 'empty' ? '' : label === 'same' ? 'a\nb\n' : `${erase(2)}a\nb\n`, () => resolve(void calls.push(label))));
		await written('frame');
		await written('same');
		await written('empty');
		expect(calls).toEqual(['frame', 'same', 'empty']);
		expect(terminal.written.join('')).not.toBe('');
	});
});
