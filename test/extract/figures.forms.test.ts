import {describe, expect, it} from 'vitest';
import {articleFigures, figuresIn, loadArticle, paragraphArticle} from '../fixtures/figures/kit.js';

describe('money', () => {
	it.each([
		['The Treasury approved a further $9bn for air defence.', '$9bn', 9e9, 'USD'],
		['Brussels agreed €6 billion in aid for Ukraine.', '€6 billion', 6e9, 'EUR'],
		['The UK will provide £2.26bn in loans backed by Russian assets.', '£2.26bn', 2.26e9, 'GBP'],
		['Congress approved $1.5 billion for munitions.', '$1.5 billion', 1.5e9, 'USD'],
		['Kyiv received US$3m in humanitarian grants.', 'US$3m', 3e6, 'USD'],
		['Germany pledged 5 million euros for demining.', '5 million euros', 5e6, 'EUR'],
		['Moscow set defence spending at 1.2 trillion roubles.', '1.2 trillion roubles', 1.2e12, 'other'],
		['The fund holds EUR 300 million in frozen assets.', 'EUR 300 million', 3e8, 'EUR'],
		['Canada added C$500m for drones.', 'C$500m', 5e8, 'other'],
		['The package is worth three billion dollars.', 'three billion dollars', 3e9, 'USD'],
	])('%s', (sentence, text, value, unit) => {
		expect(figuresIn(sentence)).toEqual([[text, value, unit]]);
	});

	it('takes no value from "tens of billions" or "billions of dollars"', () => {
		expect(figuresIn('The US has contributed tens of billions of dollars in aid.')).toEqual([]);
		expect(figuresIn('The White House plans to rush billions of dollars in security assistance to Ukraine.')).toEqual([]);
	});

	it('reads a converted amount in brackets as part of the first', () => {
		expect(figuresIn('Britain will lend £2.26bn ($2.9bn) to Ukraine.')).toEqual([['£2.26bn', 2.26e9, 'GBP']]);
	});
});

describe('counts', () => {
	it.each([
		['Kyiv says almost 50.000 enemy soldiers are massed in Kursk.', '50.000', 50_000, 'people'],
		['Some 10,000 people fled the city overnight.', '10,000', 10_000, 'people'],
		['The UN says 1.2 million refugees have registered in Poland.', '1.2 million', 1.2e6, 'people'],
		['An 11,000-strong force crossed the border.', '11,000-strong', 11_000, 'people'],
		['Rheinmetall plans to open four new arms plants in Ukraine.', 'four', 4, 'count'],
		['The army formed three brigades from new recruits.', 'three', 3, 'count'],
		['Overnight, a dozen drones struck the port of Odesa.', 'a dozen', 12, 'count'],
		['Debris was found in more than a dozen locations, the police said.', 'a dozen', 12, 'count'],
		['Russia fired 90 missiles at energy facilities.', '90', 90, 'count'],
		['At least 12 civilians were killed in the strike.', '12', 12, 'people'],
		['About 6.5m refugees have left the country.', '6.5m', 6.5e6, 'people'],
	])('%s', (sentence, text, value, unit) => {
		expect(figuresIn(sentence)).toEqual([[text, value, unit]]);
	});

	it('reads a range as one figure with its lower value', () => {
		expect(figuresIn('Estimates put the force at 8,000 to 12,000 troops.')).toEqual([['8,000 to 12,000', 8000, 'people']]);
		expect(figuresIn('Estimates put the force at 8,000-12,000 troops.')).toEqual([['8,000-12,000', 8000, 'people']]);
		expect(figuresIn('Between 10 and 15 per cent of the grid is offline.')).toEqual([['10 and 15 per cent', 10, 'percent']]);
	});

	it('reads numbers in words in a list of counts that leaves their noun out', () => {
		expect(figuresIn('According to the ministry, 47 drones were downed over the Bryansk Region, 11 over the Moscow Region, including nine that were flying toward Moscow, eight over the Tula Region and four over Crimea.'))
			.toEqual([['47', 47, 'count'], ['11', 11, 'count'], ['nine', 9, 'count'], ['eight', 8, 'count'], ['four', 4, 'count']]);
		expect(figuresIn('He met two of them in Kyiv, and three over the weekend.')).toEqual([]);
	});

	it('reads "rose from X to Y" as two figures', () => {
		expect(figuresIn('The number of drones rose from 300 to 500 a month.')).toEqual([['300', 300, 'count'], ['500', 500, 'count']]);
	});

	it('reads any "from X to Y" as a change, the value changed from in the unit of the one changed to, unless it spans a range', () => {
		expect(figuresIn('The government proposes raising the value-added tax from 20 to 22 percent starting in January.'))
			.toEqual([['20', 20, 'percent'], ['22 percent', 22, 'percent']]);
		expect(figuresIn('Mortgage rates range from 20 to 22 percent.')).toEqual([['20 to 22 percent', 20, 'percent']]);
	});

	it('reads a number in words that ends a tally clause as what the clause counts', () => {
		expect(figuresIn('The number of people killed in the overnight drone attack on Odesa has risen to three, the governor said.')).toEqual([['three', 3, 'people']]);
		expect(figuresIn('The death toll rose to seven.')).toEqual([['seven', 7, 'people']]);
		expect(figuresIn('The number of damaged substations has climbed to four.')).toEqual([['four', 4, 'count']]);
		// Without a tally there is nothing a lone number in words counts.
		expect(figuresIn('Officials said the talks had moved on to three.')).toEqual([]);
	});

	it('reads "hundreds" and "dozens" as no figure', () => {
		expect(figuresIn('Hundreds of people gathered and dozens of buildings were damaged.')).toEqual([]);
	});
});

describe('percentages and fractions', () => {
	it.each([
		['Ukraine has received only 10% of the latest US aid package.', '10%', 10],
		['Prices rose 20 per cent in a year.', '20 per cent', 20],
		['Turnout fell 20 percent in the region.', '20 percent', 20],
		['Support for talks rose 5 percentage points.', '5 percentage points', 5],
		['Russia occupies about two-thirds of the region.', 'two-thirds', 200 / 3],
		['Doctors estimate that 1 in 5000', '1 in 5000', 0.02],
		['The risk is 1 in 5,000, engineers say.', '1 in 5,000', 0.02],
	])('%s', (sentence, text, value) => {
		expect(figuresIn(sentence)).toEqual([[text, value, 'percent']]);
	});

	it('takes no year for the whole of a share', () => {
		expect(figuresIn('Russia fired 12 missiles at the plant in 2024 and 40 in 2025.')).toEqual([['12', 12, 'count'], ['40', 40, 'count']]);
	});
});

describe('distances', () => {
	it('reads km with miles in brackets as one figure', () => {
		expect(figuresIn('Troops are spread along the 1,000km (600-mile) frontline.')).toEqual([['1,000km', 1000, 'km']]);
	});

	it('reads miles', () => {
		expect(figuresIn('The missile flew 600 miles before it was intercepted.')).toEqual([['600 miles', 600, 'mi']]);
		expect(figuresIn('Strikes hit targets 30 kilometres from the border.')).toEqual([['30 kilometres', 30, 'km']]);
	});

	it('reads areas as other measures, not distances', () => {
		expect(figuresIn('Russian troops seized 1,000 square kilometres this year.')).toEqual([['1,000 square kilometres', 1000, 'other']]);
	});
});

describe('approximation', () => {
	it.each([
		['as many as 10,000 soldiers', true, 'as many as'],
		['roughly 11.000 troops', true, 'roughly'],
		['about 500 drones', true, 'about'],
		['around 8,000 troops', true, 'around'],
		['almost 50.000 soldiers', true, 'almost'],
		['nearly 300 tanks', true, 'nearly'],
		['up to 15,000 troops', true, 'up to'],
		['More than 600,000 soldiers', true, 'more than'],
		['over €6 billion in aid', true, 'over'],
		['some 200 prisoners', true, 'some'],
		['at least $9bn in aid', true, 'at least'],
		['an estimated 40,000 civilians', true, 'an estimated'],
		['~500 drones', true, null],
		['8,000 to 12,000 troops', true, null],
		['exactly 40,000 civilians', false, null],
		['40,000 civilians', false, null],
	])('"%s" approximate: %s, qualified by %j as written', (phrase, approximate, qualifier) => {
		const [figure] = articleFigures(paragraphArticle(`Officials said ${phrase} were involved.`));
		expect(figure?.approximate).toBe(approximate);
		expect(figure?.qualifier).toBe(qualifier);
	});
});

describe('labels', () => {
	function labelOf(sentence: string): string | undefined {
		return articleFigures(paragraphArticle(sentence))[0]?.label;
	}

	it('takes the counted noun phrase and its qualifier', () => {
		expect(labelOf('U.S. officials estimate that as many as 10,000 North Korean soldiers are stationed in Russia’s Kursk region, with expectations that they may enter combat.'))
			.toBe('North Korean soldiers stationed in Russia’s Kursk region');
		expect(labelOf('According to NATO, more than 600,000 Russian soldiers have been killed or wounded.')).toBe('Russian soldiers killed or wounded');
	});

	it('counts those a clause in -ing acts on as the label\'s participle', () => {
		expect(labelOf('A missile struck an apartment block in Sumy on Sunday night, killing 11 people, officials said.')).toBe('people killed');
		const figures = articleFigures(paragraphArticle('Russian troops shelled Kherson 48 times, killing 2 people and injuring 14.'));
		expect(figures.map(figure => [figure.text, figure.label])).toEqual([['2', 'people killed'], ['14', 'injured']]);
	});

	it('leaves out a place cut short by a list of its modifiers, but keeps a place a comma ends', () => {
		expect(labelOf('A total of 15,000 troops could be deployed along northeastern, eastern and southeastern parts of the front.')).toBe('troops deployed');
		expect(labelOf('About 4,000 troops were deployed along the border, officials said.')).toBe('troops deployed along border');
		expect(labelOf('Some 3,000 civilians were evacuated from Kupiansk, Izium and Balakliia on Monday.')).toBe('civilians evacuated from Kupiansk');
	});

	it('takes the thing an amount pays for', () => {
		expect(labelOf('The administration is rushing military aid worth $9bn to Kyiv before January.')).toBe('military aid to Kyiv');
		expect(labelOf('The US contributed toward a $50 billion G7 loan package for Ukraine, partially funded by frozen assets.')).toBe('G7 loan package for Ukraine');
		expect(labelOf('The EU froze €6 billion in aid for Ukraine.')).toBe('aid for Ukraine');
	});

	it('takes the subject of a verb of level in its base form, a relative clause\'s antecedent, and an abbreviation as a modifier', () => {
		expect(labelOf('Inflation could reach 9% by year end, analysts said.')).toBe('Inflation');
		expect(labelOf('The question is whether Trump will use the leverage of US aid, which has totalled about $175 billion since 2022, to push Kyiv into talks.')).toBe('US aid');
		expect(labelOf('Ukraine has received about $61 billion in U.S. military aid since the full-scale invasion began.')).toBe('U.S. military aid');
	});

	it('labels a count that is the subject of a passive verb by what an earlier count in its sentence counts and the participle', () => {
		const figures = articleFigures(loadArticle('test/fixtures/figures/passive-counts.txt'));
		expect(figures.map(figure => [figure.text, figure.label])).toEqual([
			['87', 'drones launched'],
			['56', 'drones shot down'],
			['31', 'drones lost'],
			['96', 'Shahed-type drones launched'],
			['62', 'Shahed-type drones shot down'],
			['1', 'person killed in Vasylivka district'],
			['4', 'injured'],
			['9%', 'Inflation'],
		]);
		expect(labelOf('Russia had launched 154 drones overnight, of which 103 were shot down and 43 were lost to electronic warfare.')).toBe('drones launched');
		expect(articleFigures(paragraphArticle('Russia had launched 154 drones overnight, of which 103 were shot down and 43 were lost to electronic warfare.')).at(-1)?.label)
			.toBe('drones lost to electronic warfare');
	});

	it('is never empty and never longer than ten words', () => {
		for (const sentence of ['The toll rose to 12.', '12.', 'It was 40%.', 'They sent 5,000 brand new heavy armoured troop carrier vehicles to the eastern front in the Donetsk region near Pokrovsk.']) {
			for (const figure of articleFigures(paragraphArticle(sentence))) {
				expect(figure.label.length).toBeGreaterThan(0);
				expect(figure.label.split(' ').length).toBeLessThanOrEqual(10);
			}
		}
	});
});

describe('partitive counts', () => {
	it.each([
		['Moscow said its gunners had downed nine of their own drones over Belgorod.', 'nine', 9, 'count'],
		['Air defences destroyed four of the missiles before they reached Lviv.', 'four', 4, 'count'],
		['Twelve of the 40 prisoners returned on Saturday were civilians.', 'Twelve', 12, 'people'],
	])('%s', (sentence, text, value, unit) => {
		expect(figuresIn(sentence)[0]).toEqual([text, value, unit]);
	});

	it('reads a part in words of a group counted in digits before it ("four of them")', () => {
		expect(figuresIn('Russia sent 19 drones over Poland; Polish and Dutch jets shot down four of them over Lublin.')).toEqual([['19', 19, 'count'], ['four', 4, 'count']]);
		expect(figuresIn('Of the 40 missiles, all three of these were intercepted near the border.')).toEqual([['40', 40, 'count'], ['three', 3, 'count']]);
	});

	it('still reads "one of the", "one of them", "the two of them" and a part of nothing counted before as no figure', () => {
		expect(figuresIn('Kherson is one of the cities hit hardest by shelling.')).toEqual([]);
		expect(figuresIn('One of them was killed, officials said.')).toEqual([]);
		expect(figuresIn('The two of them met in Kyiv.')).toEqual([]);
		expect(figuresIn('Jets shot down four of them over Lublin.')).toEqual([]);
	});
});

describe('a part of the figure before it', () => {
	it('takes the label of the whole it is part of ("91 of them")', () => {
		const figures = articleFigures(paragraphArticle('Air defences shot down 212 Russian drones overnight, 64 of them over the Kyiv region, the air force said.'));
		expect(figures.map(figure => [figure.text, figure.label])).toEqual([['212', 'Russian drones shot down'], ['64', 'Russian drones shot down']]);
	});

	it('counts a part in words as one in digits ("four of them")', () => {
		const figures = articleFigures(paragraphArticle('Air defences shot down 212 Russian drones overnight, four of them over the Kyiv region, the air force said.'));
		expect(figures.map(figure => [figure.text, figure.value, figure.label])).toEqual([['212', 212, 'Russian drones shot down'], ['four', 4, 'Russian drones shot down']]);
	});
});

describe('counts of weapons named by their designation', () => {
	it.each([
		['Denmark has delivered six F-16s to Ukraine.', 'six', 6],
		['Ukrainian air defences shot down three Su-34 bombers over Kharkiv.', 'three', 3],
		['Germany will send four IRIS-T systems by spring.', 'four', 4],
		['Two Mi-8 helicopters were destroyed at the airfield.', 'Two', 2],
	])('%s', (sentence, text, value) => {
		expect(figuresIn(sentence)).toEqual([[text, value, 'count']]);
	});

	it('reads "pct" as per cent', () => {
		expect(figuresIn('Industrial output fell 4.1 pct in October.')).toEqual([['4.1 pct', 4.1, 'percent']]);
	});
});

describe('words beyond ASCII', () => {
	it('reads an accented modifier as part of the counted phrase', () => {
		expect(figuresIn('Some 40 café workers were evacuated.')).toEqual([['40', 40, 'people']]);
	});

	it('reads a number before a word with letters beyond ASCII', () => {
		expect(figuresIn('He saw 12 Ärzte and 30 soldiers.')).toEqual([['12', 12, 'count'], ['30', 30, 'people']]);
	});
});
