import {describe, expect, it} from 'vitest';
import {isBareNonFigure} from '../../source/extract/figureGuards.js';
import {figuresIn} from '../fixtures/figures/kit.js';

describe('not figures', () => {
	it.each([
		['years', 'Russia invaded Ukraine in 2022 and has occupied Crimea since 2014.'],
		['a year as an adjective', 'The 2022 invasion changed European security.'],
		['a year range and a season', 'The 2014-2022 war in Donbas shaped the 2022-23 winter campaign.'],
		['a decade', 'Relations had soured in the 1990s.'],
		['dates', 'Trump, who will be sworn in on January 20, spoke to Zelensky on 4 November.'],
		['a date with a year', 'The summit ends on 31 October 2024.'],
		['the end of a range of days', 'Russia struck Kyiv on the night of May 21 to 22 and again on June 3-4.'],
		['clock times', 'The alert sounded at 14:30 and again at 2pm, then at 6 a.m. local time.'],
		['a clock time with a dot', 'Sirens sounded in Kyiv at 14.30 on the day.'],
		['ages', 'The soldier, aged 45, was wounded; a 19-year-old conscript and a man 60 years old were unhurt.'],
		['an age after a name', 'Olena Kovalenko, 34, said the shelling lasted all night.'],
		['page numbers', 'The figures appear on page 12 of the report.'],
		['ordinals', 'It was the first attack on the 2nd floor since the 21st brigade arrived.'],
		['names with numbers', 'The G7 agreed to send F-16 jets and Su-34 wreckage was found near the S-300 site.'],
		['more names', 'Covid-19 delayed the Boeing 737 deliveries, Downing Street said from No 10.'],
		['a named tank', 'Germany delivered Leopard 2 tanks to the front.'],
		['a resolution number', 'The council adopted resolution 2231 unanimously.'],
		['list numbering', '1. Troops will withdraw from the border.'],
		['phone numbers', 'For help call +380 44 123 4567 or 0800 505 170 today.'],
		['durations', 'The next four to five months will be crucial, after two weeks of talks and a month of training.'],
		['digit durations', 'The 30-day ceasefire lasted 48 hours, after 1,000 days of war.'],
		['idioms with one', 'He is one of the main candidates and could end the war in one day in a one-on-one meeting.'],
		['both and the two', 'Both sides met; the two leaders agreed to meet again.'],
		['sources counted in words', 'Two U.S. officials told Reuters and three people familiar with the matter confirmed it.'],
		['multiplicatives and compounds', 'Drone use rose three times, a 10-point plan and a three-way deal were discussed.'],
		['a score', 'Shakhtar won the match 3-1.'],
		['a house number', 'Protesters gathered at 10 Downing Street.'],
		['note markers', 'The command counted violations over roughly seven hours.[1] Tusk spoke to parliament later.[2]'],
	])('%s', (_kind, sentence) => {
		expect(figuresIn(sentence)).toEqual([]);
	});

	it('keeps a real count next to a year', () => {
		expect(figuresIn('In 2023, 2,500 soldiers were trained in Britain.')).toEqual([['2,500', 2500, 'people']]);
	});

	it('keeps the tank count before a named tank', () => {
		expect(figuresIn('Germany delivered 14 Leopard 2 tanks.')).toEqual([['14', 14, 'count']]);
	});
});

describe('not figures in other styles', () => {
	it.each([
		['a live blog time stamp', '14.30 Russian forces shelled the city again.'],
		['a reading time', 'By Olena Harmash, 5 min read.'],
		['a numbered day', 'It was day 1,000 of the war.'],
	])('%s', (_kind, sentence) => {
		expect(figuresIn(sentence)).toEqual([]);
	});

	it('reads hyphenated multipliers and "-plus"', () => {
		expect(figuresIn('Congress passed a $61-billion aid package.')).toEqual([['$61-billion', 61e9, 'USD']]);
		expect(figuresIn('A 1,000-plus convoy crossed the border.')).toEqual([['1,000-plus', 1000, 'count']]);
	});
});

describe('isBareNonFigure', () => {
	it('reads a capitalised weekday before a number as no name ("Monday 12 people")', () => {
		const sentence = 'Officials said on Monday 12 people died.';
		const start = sentence.indexOf('12');
		expect(isBareNonFigure(sentence, {start, end: start + 2, written: '12', value: 12, counted: true})).toBe(false);
		const named = 'Officials said the Leopard 12 arrived.';
		const at = named.indexOf('12');
		expect(isBareNonFigure(named, {start: at, end: at + 2, written: '12', value: 12, counted: false})).toBe(true);
	});
});

describe('hours of the day', () => {
	it.each([
		['o’clock with a curly apostrophe', 'Air raid sirens wailed over Zaporizhzhia from 4 o’clock until dawn.'],
		['o\'clock with a straight one', "The curfew in Odesa now starts at 11 o'clock."],
		['an hour and the part of the day', 'The first explosions were heard at 3 in the morning, residents said.'],
		['an hour at night', 'Repair crews had been out since about 2 at night.'],
	])('%s', (_kind, sentence) => {
		expect(figuresIn(sentence)).toEqual([]);
	});

	it('keeps the count beside an hour', () => {
		expect(figuresIn('By 6 in the evening, air defences had shot down 41 drones.')).toEqual([['41', 41, 'count']]);
	});
});

describe('a guard governs the numbers coordinated with its own', () => {
	it.each([
		['ages', 'A boy and a girl aged 9 and 14 were pulled from the rubble in Kharkiv.'],
		['ages named after the run', 'Her sons, 6, 11 and 15 years old, were evacuated to Lviv.'],
		['plural articles', 'The treaty, in articles 5 and 42, binds the allies to respond.'],
		['plural paragraphs and clauses', 'Paragraphs 3 and 7 were struck out, as were clauses 12, 14 or 19.'],
		['plural points', 'Points 2 and 9 of the peace formula concern nuclear safety.'],
		['pages', 'The casualty tables are on pages 14 and 15 of the annex.'],
		['house numbers with No', 'Aides shuttled between No 10 and No 11 all morning.'],
	])('%s', (_kind, sentence) => {
		expect(figuresIn(sentence)).toEqual([]);
	});

	it('keeps coordinated counts that nothing governs', () => {
		expect(figuresIn('The brigades lost 12 and 15 tanks in two weeks.')).toEqual([['12', 12, 'count'], ['15', 15, 'count']]);
		expect(figuresIn('The plan has 12 points; points 3 and 4 cover security.')).toEqual([['12', 12, 'count']]);
	});
});

describe('more ages, parts and names', () => {
	it.each([
		['an age range with between', 'Men aged between 18 and 60 may not leave Ukraine under martial law.'],
		['an age range with to', 'Volunteers aged 18 to 24 can now sign one-year contracts.'],
		['ages after kin and person words', 'A woman, 67, died in the strike; her grandson, 9, and a neighbour were hurt.'],
		['a part of a series', 'In part 3 of this series we travel to Pokrovsk.'],
		['a photo caption number', 'Photo 4: rescuers search the rubble of the dormitory.'],
	])('%s', (_kind, sentence) => {
		expect(figuresIn(sentence)).toEqual([]);
	});

	it('reads a model name glued to digits as no noun ("3 M1A1 Abrams" counts, it measures nothing)', () => {
		expect(figuresIn('Ukraine has lost 5 M1A1 Abrams tanks near Avdiivka.')).toEqual([['5', 5, 'count']]);
	});

	it('keeps a count after a person word without an age comma', () => {
		expect(figuresIn('Rescuers pulled a man, 2 women and a child from the rubble.')).toEqual([['2', 2, 'people']]);
	});
});
