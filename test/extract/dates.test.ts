import {describe, expect, it} from 'vitest';
import {articleDates, findDates, parseIsoDay, referenceDate} from '../../source/extract/dates.js';
import {hasDateCue} from '../../source/extract/sentenceMarks.js';
import {splitParagraph, type Sentence} from '../../source/extract/sentences.js';

function sentencesOf(paragraph: string): Sentence[] {
	return splitParagraph(paragraph).map(span => ({...span, text: paragraph.slice(span.start, span.end), block: 0}));
}

describe('findDates', () => {
	const text = 'Trump will be sworn in on January 20. Yesterday, the Kremlin dismissed the reports. They took part in combat on 4 November.';

	it('resolves relative and yearless dates against the publication date', () => {
		const mentions = findDates(sentencesOf(text), parseIsoDay('2024-11-08'));
		expect(mentions.map(mention => [mention.text, mention.date])).toEqual([
			['January 20', '2025-01-20'],
			['Yesterday', '2024-11-07'],
			['on 4 November', '2024-11-04'],
		]);
	});

	it('gives offsets that point at the expression', () => {
		for (const mention of findDates(sentencesOf(text), parseIsoDay('2024-11-08'))) {
			expect(text.slice(mention.start, mention.end)).toBe(mention.text);
		}
	});

	it('invents no year when the article has no reference date', () => {
		const mentions = findDates(sentencesOf(text), null);
		expect(mentions.map(mention => mention.date)).toEqual([null, null, null]);
		expect(mentions.map(mention => mention.text)).toContain('Yesterday');
	});

	it('reads the modal verb "may" as no date', () => {
		expect(findDates(sentencesOf('Ukraine may face a shift in U.S. support on Monday.'), parseIsoDay('2024-11-08')).map(m => m.text)).toEqual([
			'on Monday',
		]);
	});

	it('skips sentences without a date cue', () => {
		expect(hasDateCue('The Russian military has assembled a force of 50.000 troops.')).toBe(false);
		expect(hasDateCue('Ukraine said last Sunday that it had clashes.')).toBe(true);
	});
});

describe('findDates with a part of the day, a date in figures or a tally of the last day', () => {
	const reference = parseIsoDay('2024-11-20');
	const datesOf = (text: string) => findDates(sentencesOf(text), reference).filter(mention => mention.day).map(mention => [mention.text, mention.date]);

	it('dates a part of the day by the day named after it', () => {
		expect(datesOf('Russian forces shelled Kherson on the morning of November 18, wounding seven people.')).toEqual([['morning of November 18', '2024-11-18']]);
		expect(datesOf('Russian forces shelled Nikopol on the evening of 17 November, wounding six people.')).toEqual([['evening of 17 November', '2024-11-17']]);
		expect(datesOf('On the evening of Tuesday, Russian forces shelled Kherson, wounding five people.')).toEqual([['evening of Tuesday,', '2024-11-19']]);
		expect(datesOf('Russian forces shelled the town on the night of 19 November, wounding 11 people.')).toEqual([['night of 19 November', '2024-11-19']]);
	});

	it('dates the night of two days by the second, the morning it ends in', () => {
		expect(datesOf('On the night of 18-19 November, Russian forces attacked Ukraine with 45 drones.')).toEqual([['night of 18-19 November', '2024-11-19']]);
	});

	it('dates "this morning" by the reference day', () => {
		expect(datesOf('Russian troops struck Kherson early this morning, wounding five people.')).toEqual([['this morning', '2024-11-20']]);
	});

	it('reads a dotted date day first', () => {
		expect(datesOf('Russian forces shelled the town on 19.11.2024, wounding 16 people.')).toEqual([['19.11.2024', '2024-11-19']]);
		expect(datesOf('Russian forces shelled the town on 05.11.2024, wounding 16 people.')).toEqual([['05.11.2024', '2024-11-05']]);
		expect(datesOf('The brigade counted 31.02.2024 as its founding day.')).toEqual([]);
	});

	it('dates a tally of the past 24 hours by the reference day, not the day before', () => {
		expect(datesOf('The brigade said on Tuesday that the past 24 hours were calm.')).toEqual([['on Tuesday', '2024-11-19'], ['past 24 hours', '2024-11-20']]);
	});
});

describe('referenceDate', () => {
	it('prefers the publication date', () => {
		expect(referenceDate('2024-11-08', sentencesOf('Talks were held on November 1, 2024.'))).toMatchObject({inferred: false});
	});

	it('infers the latest fully stated date when there is no metadata', () => {
		const reference = referenceDate(null, sentencesOf('Talks began on October 3, 2024. They resumed on November 4, 2024, and again yesterday.'));
		expect(reference?.inferred).toBe(true);
		expect(reference?.date.getDate()).toBe(4);
		expect(reference?.date.getMonth()).toBe(10);
	});

	it('gives articleDates the mentions findDates finds against the reference date, with or without a publication date', () => {
		const texts = ['Talks began on October 3, 2024. They resumed yesterday.', 'Yesterday, the Kremlin dismissed reports. In June, Putin outlined his terms.'];
		for (const published of ['2024-11-08', null]) {
			for (const text of texts) {
				const sentences = sentencesOf(text);
				const mentions = articleDates(published, sentences);
				expect(mentions).toEqual(findDates(sentences, referenceDate(published, sentences)?.date ?? null));
				expect(mentions).toHaveLength(2);
			}
		}
		// Without metadata the first text's own full date is the reference: "yesterday" is 2 October 2024.
		expect(articleDates(null, sentencesOf(texts[0]!)).map(mention => mention.date)).toEqual(['2024-10-03', '2024-10-02']);
	});

	it('is null when the text states no full date', () => {
		expect(referenceDate(null, sentencesOf('Yesterday, the Kremlin dismissed reports. In June, Putin outlined his terms.'))).toBeNull();
	});
});
