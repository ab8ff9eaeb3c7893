import {describe, expect, it} from 'vitest';
import {emptyPaneText, emptyViewText, skippedSummary} from '../../source/ui/emptyText.js';
import {startCursor} from '../../source/ui/cursor.js';

const settled = {filter: '', loading: false, articles: 3, skipped: 0};

describe('what an empty pane says', () => {
	it.each([
		[settled, 'No key figures found'],
		[{...settled, loading: true}, 'Loading articles…'],
		[{...settled, filter: 'kursk'}, 'Nothing matches “kursk”'],
		[{...settled, articles: 0, skipped: 1}, 'No article read: 1 file skipped (S shows why)'],
		[{...settled, articles: 0, skipped: 4}, 'No article read: 4 files skipped (S shows why)'],
		[{...settled, articles: 0, skipped: 4, loading: true}, 'Loading articles…'],
		[{...settled, skipped: 4}, 'No key figures found'],
	])('%j: %s', (situation, text) => {
		expect(emptyPaneText('Key figures', situation)).toBe(text);
	});

	it('says so when no file was skipped, and counts the skipped ones in the header with the key that lists them', () => {
		expect(emptyViewText({kind: 'skipped', cursor: startCursor}, '')).toBe('No file was skipped');
		expect(skippedSummary(0)).toBe('0 skipped');
		expect(skippedSummary(4)).toBe('4 skipped (S shows why)');
	});
});
