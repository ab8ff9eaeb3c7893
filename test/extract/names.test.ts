import {describe, expect, it} from 'vitest';
import {nameKey, parsePhrase, sameSurname, subjectAfter, subjectBefore} from '../../source/extract/names.js';

describe('parsePhrase', () => {
	it('strips titles and nationality from a name and keeps them as the role', () => {
		expect(parsePhrase('Ukrainian President Volodymyr Zelensky')).toMatchObject({kind: 'person', name: 'Volodymyr Zelensky', role: 'Ukrainian President'});
		expect(parsePhrase('Nato secretary general Mark Rutte')).toMatchObject({kind: 'person', name: 'Mark Rutte', role: 'Nato secretary general'});
		expect(parsePhrase('Republican US Senator Bill Hagerty')).toMatchObject({kind: 'person', name: 'Bill Hagerty'});
		expect(parsePhrase('Mr Umerov')).toMatchObject({kind: 'person', name: 'Umerov', text: 'Mr Umerov'});
		expect(parsePhrase("NATO's Mark Rutte")).toMatchObject({kind: 'person', name: 'Mark Rutte'});
		expect(parsePhrase('Ursula von der Leyen')).toMatchObject({kind: 'person', name: 'Ursula von der Leyen'});
	});

	it('splits hyphenated titles, drops letters after a name and reads a post with its portfolio', () => {
		expect(parsePhrase('NATO Secretary-General Mark Rutte')).toMatchObject({kind: 'person', name: 'Mark Rutte', role: 'NATO Secretary-General'});
		expect(parsePhrase('Vice-Chancellor Robert Habeck')).toMatchObject({kind: 'person', name: 'Robert Habeck'});
		expect(parsePhrase('Foreign Secretary David Lammy MP')).toMatchObject({kind: 'person', name: 'David Lammy'});
		expect(parsePhrase('Sir Keir Starmer KC')).toMatchObject({kind: 'person', name: 'Keir Starmer'});
		expect(parsePhrase('The Rt Hon Grant Shapps MP')).toMatchObject({kind: 'person', name: 'Grant Shapps'});
		expect(parsePhrase('Ukraine’s Minister of Defence Rustem Umerov')).toMatchObject({kind: 'person', name: 'Rustem Umerov', role: 'Ukraine’s Minister of Defence'});
		expect(parsePhrase('Lithuania’s Minister of Foreign Affairs Kęstutis Budrys')).toMatchObject({kind: 'person', name: 'Kęstutis Budrys'});
		expect(parsePhrase('US Secretary of State Marco Rubio')).toMatchObject({kind: 'person', name: 'Marco Rubio'});
		expect(parsePhrase('Commander-in-Chief of the Armed Forces of Ukraine Oleksandr Syrskyi')).toMatchObject({kind: 'person', name: 'Oleksandr Syrskyi', role: 'Commander-in-Chief of the Armed Forces of Ukraine'});
		expect(parsePhrase('Head of the Sumy RMA Volodymyr Artiukh')).toMatchObject({kind: 'person', name: 'Volodymyr Artiukh', role: 'Head of the Sumy RMA'});
		expect(parsePhrase('Head of the Main Intelligence Directorate of Ukraine Kyrylo Budanov')).toMatchObject({kind: 'person', name: 'Kyrylo Budanov'});
		expect(parsePhrase('a spokesman for President Volodymyr Zelensky')).not.toMatchObject({kind: 'person'});
		expect(parsePhrase('Russia’s Ministry of Foreign Affairs')).not.toMatchObject({kind: 'person'});
	});

	it('tells unnamed sources, organisations and pronouns apart from people', () => {
		expect(parsePhrase('A senior Ukrainian official')).toMatchObject({kind: 'description', text: 'a senior Ukrainian official'});
		expect(parsePhrase('An official from Kiev')).toMatchObject({kind: 'description', text: 'an official from Kiev'});
		expect(parsePhrase('his defence minister')).toMatchObject({kind: 'description'});
		expect(parsePhrase('the author of the Telegram channel Frontline Bookkeeping')).toMatchObject({kind: 'description', text: 'the author of the Telegram channel Frontline Bookkeeping'});
		expect(parsePhrase('a pro-war blogger')).toMatchObject({kind: 'description'});
		expect(parsePhrase('the Kremlin')).toMatchObject({kind: 'group', text: 'the Kremlin'});
		expect(parsePhrase('CNN')).toMatchObject({kind: 'group'});
		expect(parsePhrase('he')).toMatchObject({kind: 'pronoun'});
		expect(parsePhrase('North Korean troops were expected')).toBeNull();
		expect(parsePhrase('Nov 12 (Reuters)')).toBeNull();
	});
});

describe('finding the subject of a speech verb', () => {
	it('reads appositives on either side of the name and skips what opens the clause', () => {
		expect(subjectBefore('When asked about the call, Stephen Chung, Trump\'s communications director,')?.phrase)
			.toMatchObject({kind: 'person', name: 'Stephen Chung', role: "Trump's communications director"});
		expect(subjectBefore("Yoon’s deputy national security adviser, Kim Tae-hyo,")?.phrase).toMatchObject({name: 'Kim Tae-hyo'});
		expect(subjectBefore('the first battles opened a new page after his defence minister')?.phrase).toMatchObject({kind: 'description', text: 'his defence minister'});
		expect(subjectBefore('Trump, who will be sworn in on January 20,')?.phrase).toMatchObject({name: 'Trump'});
		expect(subjectBefore('KYIV, Nov 12 (Reuters) - Russia\'s foreign ministry')?.phrase).toMatchObject({kind: 'description', text: "Russia's foreign ministry"});
	});

	it('leaves a transcript’s label out of the name', () => {
		expect(subjectBefore('Q: Sergei Lavrov')?.phrase).toMatchObject({kind: 'person', name: 'Sergei Lavrov'});
		expect(subjectBefore('A: Ms Kallas')?.phrase).toMatchObject({kind: 'person', name: 'Kallas'});
	});

	it('reads the speaker after an inverted verb', () => {
		expect(subjectAfter(' Zelenski.')).toMatchObject({kind: 'person', name: 'Zelenski'});
		expect(subjectAfter(' Anton Grushetsky, executive director of the KIIS polling agency.')).toMatchObject({name: 'Anton Grushetsky', role: 'executive director of the KIIS polling agency'});
		expect(subjectAfter(' yesterday that it was over')).toBeNull();
	});
});

describe('spelling-tolerant surnames', () => {
	it('folds transliteration endings and y/i', () => {
		expect(new Set(['Zelensky', 'Zelenskyy', 'Zelenskiy', 'Zelenski', 'Zelenskij'].map(nameKey)).size).toBe(1);
		expect(nameKey('Hagerty')).toBe(nameKey('Hagerti'));
		expect(nameKey('Vučić')).toBe(nameKey('Vucic'));
	});

	it('accepts one edit in a long surname but not different short names', () => {
		expect(sameSurname('Umerov', 'Umierov')).toBe(true);
		expect(sameSurname('Biden', 'Bidan')).toBe(true);
		expect(sameSurname('Kim', 'Kin')).toBe(false);
		expect(sameSurname('Putin', 'Zelensky')).toBe(false);
	});
});
