import {afterEach, describe, expect, it, vi} from 'vitest';
import {developmentKey} from '../../source/brief/mergeDevelopments.js';
import {tickerMs} from '../../source/ui/header.js';
import {articleText, sampleBrief} from '../fixtures/ui/brief.js';
import {type Rendered, fitsSize, keys, renderApp, snapshotOf} from './render.js';

// Colour must be possible for the NO_COLOR test to mean anything; Ink's chalk reads this at import.
vi.hoisted(() => {
	process.env.FORCE_COLOR = '1';
});

const brief = sampleBrief();
let app: Rendered | undefined;
afterEach(() => app?.unmount());

async function open(options?: Parameters<typeof renderApp>[1], snapshot = snapshotOf(brief)): Promise<Rendered> {
	app = await renderApp(snapshot, options);
	return app;
}

describe('dashboard', () => {
	it('shows the corpus summary, the focused pane as a tab and the footer keys', async () => {
		const ui = await open({columns: 100, rows: 30});
		await ui.waitFor('5 articles · 1 skipped (S shows why) · newest 2024-11-09', '[1 Headlines 15]', '2 Key figures 10', '? help · q quit · Tab pane');
		expect(ui.frame()).toContain('› With Donald Trump’s recent election win');
	});

	it('says in the footer why s does nothing on a quote with no speaker, and gives the keys back on the next key', async () => {
		const anonymous = {...brief, quotes: brief.quotes.map((quote, index) => (index === 0 ? {...quote, speaker: null, speakerAsWritten: null} : quote))};
		const ui = await open({columns: 100, rows: 30}, snapshotOf(anonymous));
		ui.type('3');
		await ui.waitFor('[3 Quotes');
		ui.type('s');
		await ui.waitFor('This quote names no speaker');
		ui.type('j');
		await ui.waitFor('? help · q quit');
	});

	it('says, under --since, that it shows only what is new against the brief given', async () => {
		const ui = await open({columns: 120, rows: 30, since: {file: 'monday.json', newest: '2024-11-08'}});
		await ui.waitFor('new since monday.json (2024-11-08) · 5 articles');
	});

	it('shows all four panes in a grid when the terminal is large', async () => {
		const ui = await open({columns: 140, rows: 40});
		const frame = await ui.waitFor('1 Headlines', '2 Key figures', '3 Quotes', '4 Developments');
		expect(frame).toMatch(/8,000–15,000 +North Korean troops.* 4 sources +conflict/);
		expect(frame).toContain('conflict');
		expect(frame).toContain('2024-11-04');
		expect(frame).toContain('2 sources');
		expect(frame).not.toContain('[1 Headlines');
	});

	it('ends every quote in the quotes pane with one blank line, whether it takes one line or two', async () => {
		const ui = await open({columns: 80, rows: 24});
		ui.type('3');
		const frame = await ui.waitFor('[3 Quotes');
		const rows = frame.split('\n').map(row => row.slice(1, -1).trim());
		const speakers = rows.flatMap((row, i) => (/^(› )?[^“]+ · \S+$/.test(row) ? [i] : []));
		const blocks = speakers.slice(1).map((at, n) => rows.slice(speakers[n]! + 1, at));
		expect(blocks.map(block => block.length)).toContain(3);
		expect(blocks.map(block => block.length)).toContain(2);
		for (const block of blocks) {
			expect(block.at(-1)).toBe('');
			expect(block.slice(0, -1).every(row => row !== '')).toBe(true);
		}
	});

	it('walks the panes with Tab, Shift-Tab and digits', async () => {
		const ui = await open({columns: 100, rows: 30});
		ui.type(keys.tab);
		await ui.waitFor('[2 Key figures 10]', 'Measures');
		ui.type('3');
		await ui.waitFor('[3 Quotes 15]', 'Volodymyr Zelensky', '“mutually beneficial”');
		ui.type(keys.shiftTab);
		await ui.waitFor('[2 Key figures 10]');
		ui.type('4');
		await ui.waitFor('[4 Developments 7]', 'undated', 'South Korea is not ruling out supplying Ukraine with weapons');
	});

	it('handles keys that arrive together as separate presses', async () => {
		const ui = await open({columns: 100, rows: 30});
		ui.type('4jj\r');
		await ui.waitFor('Sources · Zelensky congratulated Trump');
	});

	it('windows a long list and shows the position', async () => {
		const ui = await open({columns: 80, rows: 14});
		await ui.waitFor('1/15');
		ui.type('G');
		const frame = await ui.waitFor('15/15', '› Ukrainian and North Korean troops clash');
		expect(frame).not.toContain('With Donald Trump’s recent election win');
	});
});

describe('source view', () => {
	it('opens the article at the quote, marks its line, and cycles mentions with n', async () => {
		const ui = await open({columns: 100, rows: 30});
		ui.type('3', 'G', 'k', 'k', 'k', 'k');
		await ui.waitFor('› Kurt Volker');
		ui.type(keys.enter);
		let frame = await ui.waitFor('Quote · Kurt Volker', 'mention 1/2', 'The Independent');
		expect(frame).toMatch(/› .*going to make a phone call to Putin/);
		ui.type('n');
		frame = await ui.waitFor('mention 2/2');
		expect(frame).toMatch(/› .*Putin will say/);
		ui.type(keys.esc);
		await ui.waitFor('[3 Quotes 15]');
	});

	it('highlights the span in inverse, not by colour alone', async () => {
		const ui = await open({columns: 100, rows: 30, color: false});
		ui.type('4', keys.enter);
		await ui.waitFor('Development · 2024-11-09');
		expect(ui.raw()).toMatch(/\u001B\[7m(\u001B\[[\d;]*m)*South Korea is not ruling out/);
	});

	it('lists each source of a merged development, then opens one', async () => {
		const ui = await open({columns: 100, rows: 30});
		ui.type('4', 'j', 'j', keys.enter);
		await ui.waitFor('Sources · Zelensky congratulated Trump', 'congratulating Trump', '1/2');
		ui.type('j', keys.enter);
		await ui.waitFor('Development · 2024-11-07', 'Ukraine-Russia latest');
		// One Esc at a time: a terminal sends two quick ones as a single Meta-Esc.
		ui.type(keys.esc);
		await ui.waitFor('Sources · Zelensky congratulated Trump');
		ui.type(keys.esc);
		await ui.waitFor('[4 Developments 7]');
	});
});

describe('filter, speakers and help', () => {
	it('filters every pane live and clears with Esc', async () => {
		const ui = await open({columns: 100, rows: 30});
		ui.type('/', 'p', 'e', 's', 'k', 'o', 'v');
		await ui.waitFor('/peskov', '3 matches', '1 Headlines 0', '3 Quotes 3', 'Enter apply');
		ui.type(keys.enter);
		await ui.waitFor('Esc clear filter');
		ui.type('3');
		await ui.waitFor('Dmitry Peskov', '“There was no conversation”');
		ui.type(keys.esc);
		await ui.waitFor('3 Quotes 15');
	});

	it('matches speakers as the articles spell them', async () => {
		const ui = await open({columns: 100, rows: 30});
		ui.type('/', 'h', 'a', 'g', 'e', 'r', 't', 'i');
		await ui.waitFor('3 Quotes 1', '1 match');
	});

	it('shows a speaker’s quotes from the speakers list and with s', async () => {
		const ui = await open({columns: 100, rows: 30});
		ui.type('p');
		await ui.waitFor('Speakers', 'Volodymyr Zelensky', '5 quotes', 'Zelenski');
		ui.type('j', keys.enter);
		await ui.waitFor('Quotes · Dmitry Peskov', '1/3');
		ui.type(keys.esc);
		await ui.waitFor('Speakers');
		ui.type(keys.esc);
		await ui.waitFor('[1 Headlines');
		ui.type('3', 's');
		await ui.waitFor('Quotes · Volodymyr Zelensky', '1/5');
	});

	it('opens help with the keys of the current context and closes it', async () => {
		const ui = await open({columns: 100, rows: 30});
		ui.type('?');
		await ui.waitFor('Keys here', 'Next pane', 'Filter all panes', 'Esc close');
		ui.type(keys.esc);
		await ui.waitForGone('Keys here');
		ui.type('4', keys.enter, '?');
		const frame = await ui.waitFor('Keys here', 'Next mention');
		expect(frame).not.toContain('Next pane');
	});
});

describe('terminal safety and size', () => {
	it.each([
		[80, 24],
		[100, 30],
		[120, 30],
		[200, 50],
		[40, 12],
		[30, 10],
	])('never draws a line wider than %i columns or more than %i-1 rows', async (columns, rows) => {
		const ui = await open({columns, rows});
		const steps: Array<[string, string]> = [
			['2', 'Key figures'],
			['3', 'Quotes'],
			['4', 'Developments'],
			[keys.enter, 'South Korea'],
			['?', 'Keys here'],
			[keys.esc, 'Development · '],
			[keys.esc, '4 Developments'],
			['p', 'Speakers'],
		];
		for (const [key, shown] of steps) {
			ui.type(key);
			const frame = columns < 40 ? await ui.waitFor('Too small: ', 'need 40x12') : await ui.waitFor(shown);
			expect(fitsSize(frame, columns, rows), frame).toBe(true);
		}
	});

	it('says what size it needs on a terminal too small for it, offers only quitting, and ignores every other key', async () => {
		const ui = await open({columns: 30, rows: 10});
		const frame = await ui.waitFor('Too small: 30x10', 'need 40x12', 'q quit');
		expect(frame).not.toMatch(/help|Tab|move|ukraine-brief/);
		ui.type('?', '3');
		const back = await ui.resize(80, 24);
		expect(back).toContain('[1 Headlines');
		expect(back).not.toContain('Keys here');
	});

	it('re-lays out on resize', async () => {
		const ui = await open({columns: 140, rows: 40});
		expect(ui.frame()).toContain('3 Quotes');
		expect(ui.frame()).not.toContain('[1 Headlines');
		const frame = await ui.resize(80, 24);
		expect(frame).toContain('[1 Headlines 15]');
		expect(await ui.resize(160, 45)).not.toContain('[1 Headlines');
	});

	it('removes escape sequences hidden in article text', async () => {
		const hostile = articleText('a0').replace('highlighting a “mutually', 'highlighting\u001B]52;c;SGVsbG8=\u0007 a\u001B[2J\u009B31m “mutually');
		const ui = await open({columns: 100, rows: 30}, snapshotOf(sampleBrief({texts: {a0: hostile}})));
		ui.type('3');
		await ui.waitFor('[3 Quotes');
		ui.type(keys.enter);
		await ui.waitFor('Quote · Volodymyr Zelensky', 'highlighting a “mutually beneficial”');
		expect(ui.raw()).not.toContain('\u001B]');
		expect(ui.raw()).not.toContain('\u0007');
		expect(ui.raw()).not.toContain('\u001B[2J');
		expect(ui.raw()).not.toContain('\u009B');
	});

	it('uses colour only when allowed', async () => {
		const foreground = /\u001B\[(3[0-7]|9[0-7]|38;)/;
		const coloured = await open({columns: 100, rows: 30, color: true});
		await coloured.waitFor('ukraine-brief');
		expect(coloured.raw()).toMatch(foreground);
		coloured.unmount();
		const plain = await open({columns: 100, rows: 30, color: false});
		await plain.waitFor('ukraine-brief');
		expect(plain.raw()).not.toMatch(foreground);
		expect(plain.frame()).toContain('› With Donald Trump’s');
	});
});

describe('a brief that changes while shown', () => {
	it('shows load progress, keeps the selection on the same item, and marks fresh developments', async () => {
		const partial = sampleBrief({only: ['a0', 'a1', 'a2', 'a3']});
		const ui = await open({columns: 100, rows: 30}, snapshotOf(partial, {progress: {done: 4, total: 5}}));
		await ui.waitFor('Loading 4/5 articles', '4 articles');
		ui.type('4', 'j');
		await ui.waitFor('› 2024-11-07 Zelensky congratulated Trump', '2/6');

		const southKorea = brief.developments.find(item => item.text.startsWith('South Korea'));
		ui.store.set(snapshotOf(brief, {fresh: new Set([developmentKey(southKorea!)])}));
		const frame = await ui.waitFor('5 articles', '› 2024-11-07 Zelensky congratulated Trump', '3/7', 'new ▸ 2024-11-09 South Korea');
		expect(frame).not.toContain('Loading');
		expect(frame).toMatch(/South Korea is not ruling out.*1 source\s+new/);
	});

	it('says an empty pane is still loading until the load is done', async () => {
		const ui = await open({columns: 100, rows: 30}, snapshotOf(sampleBrief({only: []}), {progress: {done: 0, total: 5}}));
		const loading = await ui.waitFor('Loading 0/5 articles', 'Loading articles…');
		expect(loading).not.toContain('No headlines found');
		ui.store.set(snapshotOf({...sampleBrief({only: []}), skipped: []}));
		await ui.waitFor('No headlines found');
	});

	it('says why nothing was found when every file was skipped, and lists them with S', async () => {
		const ui = await open({columns: 80, rows: 24}, snapshotOf(sampleBrief({only: []})));
		await ui.waitFor('0 articles · 1 skipped (S shows why)', 'No article read: 1 file skipped (S shows why)');
		ui.type('S');
		await ui.waitFor('Skipped files', 'notes.pdf', 'not a text format (PDF)');
		ui.type(keys.esc);
		await ui.waitFor('[1 Headlines 0]');
	});

	it('shows a skipped file whole on Enter: the full path and the reason the list cuts, wrapped', async () => {
		const reason = 'malformed front matter: Implicit keys of flow sequence pairs need to be on a single line at line 3, column 9';
		const skipped = [{path: 'corpus/2024/november/kyiv-strikes-live-updates.md', reason}];
		const ui = await open({columns: 60, rows: 20}, snapshotOf({...sampleBrief({only: []}), skipped}));
		ui.type('S');
		const list = await ui.waitFor('Skipped files', 'malformed front matter', 'Enter open');
		expect(list).not.toContain('column 9');
		ui.type(keys.enter);
		const detail = await ui.waitFor('Skipped file', 'corpus/2024/november/kyiv-strikes-live-updates.md', 'Why it was skipped:', 'column 9', 'Esc back');
		expect(detail.replace(/[┃│\s]+/g, ' ')).toContain(reason);
		expect(detail).not.toContain('Enter open');
		ui.type(keys.esc);
		await ui.waitFor('Skipped files', 'Enter open');
	});

	it('rolls the ticker through the fresh developments', async () => {
		vi.useFakeTimers({toFake: ['setInterval', 'clearInterval']});
		try {
			const fresh = new Set(brief.developments.slice(0, 2).map(item => developmentKey(item)));
			const ui = await open({columns: 100, rows: 30}, snapshotOf(brief, {fresh}));
			await ui.waitFor('new ▸ 2024-11-09 South Korea', '(1/2)');
			vi.advanceTimersByTime(tickerMs);
			await ui.waitFor('new ▸ 2024-11-07 The Kremlin dismissed', '(2/2)');
		} finally {
			vi.useRealTimers();
		}
	});
});
