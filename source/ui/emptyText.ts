import type {ListView} from './activeView.js';
import {keyFor} from './keymap.js';
import {counted} from '../text/plural.js';

/** What the dashboard knows of the corpus when a pane has nothing to list. */
export interface PaneSituation {
	readonly filter: string;
	/** Articles are still being read or analysed: an empty pane may yet fill. */
	readonly loading: boolean;
	readonly articles: number;
	readonly skipped: number;
}

/** "4 skipped (S shows why)": the header's count of skipped files, with the key that lists them when there are any. */
export function skippedSummary(skipped: number): string {
	return skipped === 0 ? '0 skipped' : `${skipped} skipped (${keyFor('show-skipped')} shows why)`;
}

/** The line an empty dashboard pane shows: why it is empty, and where to look when no file gave an article. */
export function emptyPaneText(title: string, {filter, loading, articles, skipped}: PaneSituation): string {
	if (filter !== '') return `Nothing matches “${filter}”`;
	if (loading) return 'Loading articles…';
	if (articles === 0 && skipped > 0) return `No article read: ${counted(skipped, 'file')} skipped (${keyFor('show-skipped')} shows why)`;
	return `No ${title.toLowerCase()} found`;
}

/** The line a view opened over the dashboard shows when its list is empty. */
export function emptyViewText(view: ListView, filter: string): string {
	if (filter !== '' && (view.kind === 'speakers' || view.kind === 'skipped')) return `Nothing matches “${filter}”`;
	if (view.kind === 'skipped') return 'No file was skipped';
	return 'Nothing to show';
}
