/**
 * The terminal as Ink sees it, so that a frame rewrites only the lines that changed.
 *
 * Ink writes every frame whole: "erase the lines of the previous frame", then the frame. The dashboard
 * owns the alternate screen and draws from its top-left corner, so each line's place on screen is
 * known: the writer drops the erase, compares the frame with the one before line by line, and moves
 * the cursor to each changed line to rewrite it. A cursor move then costs a few lines, not a screen.
 * Anything it does not recognise as a frame goes through untouched, and the frame after it is drawn
 * whole. (Ink 6.8's own `incrementalRendering` puts each frame one row lower than the last when the
 * frame is shorter than the screen, as the dashboard's is.)
 */
import {EventEmitter} from 'node:events';

const esc = '\u001B[';
/** What Ink writes before a frame: erase a line and go up, as many times as the last frame had lines. */
const eraseBefore = /^(?:\u001B\[2K\u001B\[1A)*(?:\u001B\[2K\u001B\[G)?/;
/** Writes that change no cell: synchronized-output brackets, cursor shown or hidden. */
const harmless = /^(?:\u001B\[\?(?:2026|25)[hl])+$/;

const lineAt = (row: number): string => `${esc}${row + 1};1H`;

/**
 * A frame Ink wrote, as lines; `erase` for a bare erase of the last frame (Ink clears before a resize
 * or console output); null for anything else.
 */
export function frameOf(chunk: string): readonly string[] | 'erase' | null {
	const erase = eraseBefore.exec(chunk)?.[0] ?? '';
	const body = chunk.slice(erase.length);
	if (body === '') return erase === '' ? null : 'erase';
	// A frame shorter than the screen ends in a newline; other writes (a full-screen clear) do not.
	if (!body.endsWith('\n')) return null;
	return body.slice(0, -1).split('\n');
}

/**
 * What to write to turn the screen showing `previous` (null: unknown) into `next`: each changed line
 * rewritten in place and cleared to its end, the rows below the frame cleared when it got shorter.
 */
export function redraw(previous: readonly string[] | null, next: readonly string[]): string {
	let out = '';
	next.forEach((line, row) => {
		if (previous?.[row] !== line) out += `${lineAt(row)}${line}${esc}K`;
	});
	if (previous === null || previous.length > next.length) out += `${lineAt(next.length)}${esc}J`;
	// Below the frame, where Ink leaves the cursor, so nothing else written lands inside it.
	return out === '' ? '' : `${out}${lineAt(next.length)}`;
}

/** A stand-in for a TTY stream that Ink renders to; everything but frames is passed to `stream` as is. */
export class ScreenWriter extends EventEmitter {
	private previous: readonly string[] | null = null;
	private readonly onResize = () => {
		// The terminal may have reflowed or cut what it showed: draw the next frame whole.
		this.previous = null;
		this.emit('resize');
	};

	constructor(private readonly stream: NodeJS.WriteStream) {
		super();
		stream.on('resize', this.onResize);
	}

	get columns(): number {
		return this.stream.columns;
	}

	get rows(): number {
		return this.stream.rows;
	}

	get isTTY(): boolean {
		return this.stream.isTTY;
	}

	get writable(): boolean {
		return this.stream.writable;
	}

	get writableEnded(): boolean {
		return this.stream.writableEnded;
	}

	get writableLength(): number {
		return this.stream.writableLength;
	}

	get destroyed(): boolean {
		return this.stream.destroyed;
	}

	/**
	 * Writes what changed. `done` is always called, also when nothing needs writing: Ink waits for it
	 * (`write('', done)`) before it lets the dashboard's exit finish.
	 */
	write(chunk: string | Uint8Array, done?: () => void): boolean {
		const frame = typeof chunk === 'string' ? frameOf(chunk) : null;
		let out: string | Uint8Array;
		if (frame === 'erase') {
			this.previous = null;
			out = '';
		} else if (frame === null) {
			if (typeof chunk !== 'string' || !harmless.test(chunk)) this.previous = null;
			out = chunk;
		} else {
			out = redraw(this.previous, frame);
			this.previous = frame;
		}
		if (out.length > 0) return done === undefined ? this.stream.write(out) : this.stream.write(out, done);
		if (done !== undefined) process.nextTick(done);
		return true;
	}

	/** Stops following the stream's size. */
	dispose(): void {
		this.stream.off('resize', this.onResize);
	}
}
