import {describe, expect, it} from 'vitest';
import {articleText, said} from '../fixtures/quotes/article.js';

function body(...paragraphs: string[]) {
	return articleText(['Ukraine talks: allies weigh their next steps', ...paragraphs].join('\n'));
}

describe('speakers traced through the article', () => {
	it('a post with no name attached is the person the sentence before is about', () => {
		expect(said(body(
			'Mette Frederiksen travelled to Odesa on Thursday to inspect the port’s air defences. "Denmark will pay for what Ukraine builds," the Danish prime minister said.',
			'Pedro Sánchez, meanwhile, is due in Kyiv next week. The Spanish premier said Madrid would "do its part" on demining.',
		))).toEqual([
			{text: 'Denmark will pay for what Ukraine builds', speaker: 'Mette Frederiksen'},
			{text: 'do its part', speaker: 'Pedro Sánchez'},
		]);
	});

	it('never hands a post to someone the article gives another post, nor to a street', () => {
		expect(said(body(
			'Defence Minister Rustem Umerov met Nato envoys in Brussels on Friday. "There will be no shortcuts," the prime minister said.',
			'Keir Starmer will chair the call on Saturday, Downing Street said. A spokeswoman said the prime minister told leaders “the next move is Moscow’s”.',
		))).toEqual([
			{text: 'There will be no shortcuts', speaker: 'the prime minister'},
			{text: 'the next move is Moscow’s', speaker: 'Keir Starmer'},
		]);
	});

	it('what someone would say, inside a report of what was said, belongs to the one reporting it', () => {
		expect(said(body(
			'A government spokeswoman said about 20 leaders would join and that the chancellor would tell them “time is not on Russia’s side”.',
			'Kurt Volker, a former US envoy, said Donald Trump would call Vladimir Putin within days. "It will be quick," he said.',
		))).toEqual([
			{text: 'time is not on Russia’s side', speaker: 'a government spokeswoman'},
			{text: 'It will be quick', speaker: 'Kurt Volker'},
		]);
	});

	it('a word that opens a sentence is not a speaker, and a pronoun before "are asking" is its subject', () => {
		expect(said(body(
			'Kira Rudik has spent the week lobbying in Washington. Now they are asking how fast Congress can move. "We cannot wait for spring," she said.',
		))).toEqual([{text: 'We cannot wait for spring', speaker: 'Kira Rudik'}]);
	});

	it('a lone word the article also writes in lowercase is nobody a pronoun can point to', () => {
		expect(said(body(
			'Olena Shulyak chairs the parliamentary committee on reconstruction.',
			'Everyone in the chamber agrees on the goal. Europeans say "the money must arrive this year". "And it must arrive in towns, not ministries," she said.',
			'Most europeans polled by the council back the plan.',
		))).toEqual([
			{text: 'the money must arrive this year', speaker: 'Europeans'},
			{text: 'And it must arrive in towns, not ministries', speaker: 'Olena Shulyak'},
		]);
	});

	it('a pronoun after a quote points to a person who became the subject after the last speaker', () => {
		expect(said(body(
			'"We dig every night," said Taras, a sapper near Pokrovsk. "The mines come back by morning."',
			'General Valerii Zaluzhnyi faced the same problem as commander in 2023. "Demining will take a generation," he told the BBC.',
			'"Nobody will farm these fields soon," he added.',
		))).toEqual([
			{text: 'We dig every night', speaker: 'Taras'},
			{text: 'The mines come back by morning.', speaker: 'Taras'},
			{text: 'Demining will take a generation', speaker: 'Valerii Zaluzhnyi'},
			{text: 'Nobody will farm these fields soon', speaker: 'Valerii Zaluzhnyi'},
		]);
	});

	it('a pronoun after a quote points to someone quoted by first name only who became the subject again', () => {
		expect(said(body(
			'"We sleep in shifts," said Maksym, a 41-year-old medic who asked that his surname not be used.',
			'Kyiv’s mayor, Vitali Klitschko, said on Monday that "every shelter must stay open".',
			'At the stabilisation point, Maksym shrugged when asked about leave. "Leave is for after," he said.',
		))).toEqual([
			{text: 'We sleep in shifts', speaker: 'Maksym'},
			{text: 'every shelter must stay open', speaker: 'Vitali Klitschko'},
			{text: 'Leave is for after', speaker: 'Maksym'},
		]);
	});

	it('"her deputy" is not the person the sentence before is about', () => {
		expect(said(body(
			'"The depot stays open," said Iryna Bohdan, who runs it. Her deputy said "nobody has asked us to leave".',
		))).toEqual([
			{text: 'The depot stays open', speaker: 'Iryna Bohdan'},
			{text: 'nobody has asked us to leave', speaker: 'her deputy'},
		]);
	});

	it('a paragraph that is all quotation belongs to the person the paragraph before introduces as speaking', () => {
		expect(said(body(
			'Oleksandra Matviichuk spoke to us by video link from Kyiv. The conversation has been condensed.',
			'Matviichuk has documented war crimes since 2014, and her organisation shared the Nobel peace prize in 2022. She looked tired but was precise.',
			'“Every case we record is a name, not a number. We owe them the truth.',
			'“Justice is slow, but it is not optional.”',
			'The interview took place a day after a missile strike on the city centre.',
			'“Nobody here believes in a quick peace.”',
		))).toEqual([
			{text: 'Every case we record is a name, not a number. We owe them the truth. Justice is slow, but it is not optional.', speaker: 'Oleksandra Matviichuk'},
			{text: 'Nobody here believes in a quick peace.', speaker: null},
		]);
	});

	it('"the source" is the nearest source the article described, not an earlier person with that word in their role', () => {
		expect(said(body(
			'Taras Berezovets, a former government source turned analyst, has long argued that Kyiv needs more air defence.',
			'A diplomatic source in Brussels told reporters that only a handful of countries had offered troops. "Everyone supports the idea until you ask them for soldiers," the source said.',
			'"The air defence gap is the real story," the analyst said.',
		))).toEqual([
			{text: 'Everyone supports the idea until you ask them for soldiers', speaker: 'a diplomatic source in Brussels'},
			{text: 'The air defence gap is the real story', speaker: 'Taras Berezovets'},
		]);
	});
});
