import {LiveBrief} from '../brief/liveBrief.js';
import {type CorpusChange, type CorpusWatch, watchCorpus} from '../load/watch.js';
import type {Brief} from '../model.js';
import type {OpenedCorpus} from './openCorpus.js';

export interface FollowOptions {
	readonly maxBytes: number;
	/** Applied to every brief before it is shown. */
	readonly transform: (brief: Brief) => Brief;
}

/**
 * Keeps the store of an opened corpus in step with the files: only changed files are read and extracted
 * again. The watch starts as soon as the files are read, measured against what was read, so nothing
 * written while the first analysis runs is missed; what it finds in that time waits for the analysis
 * and is applied after it.
 */
export function followCorpus(opened: OpenedCorpus, inputs: readonly string[], options: FollowOptions): {close(): void} {
	const live = new LiveBrief();
	let waiting: CorpusChange[] | undefined = [];
	let watch: CorpusWatch | undefined;
	let closed = false;
	const apply = (changes: readonly CorpusChange[]) => {
		for (const change of changes) live.update(change.loaded, change.removed);
		opened.store.set({brief: options.transform(live.brief), progress: null, fresh: new Set(live.fresh)});
	};
	opened.read.then(
		loaded => {
			if (closed) return;
			watch = watchCorpus(inputs, loaded, {maxBytes: options.maxBytes}, change => {
				if (waiting === undefined) apply([change]);
				else waiting.push(change);
			});
		},
		() => {},
	);
	opened.done.then(
		({loaded, analysed}) => {
			live.seed(loaded, analysed);
			const changes = waiting ?? [];
			waiting = undefined;
			if (changes.length > 0) apply(changes);
		},
		() => {},
	);
	return {
		close() {
			closed = true;
			watch?.close();
		},
	};
}
