import {describe, expect, it} from 'vitest';
import {articleFile, articleText, quotesOf, said} from '../fixtures/quotes/article.js';

const fixture = (name: string) => articleFile(`test/fixtures/quotes/${name}`);

describe('extractQuotes in other house styles', () => {
	it('wire copy with straight quotes, "said X" inversions and "according to"', () => {
		expect(said(fixture('wire-straight.txt'))).toEqual([
			{text: 'constructive', speaker: "Russia's foreign ministry"},
			{text: 'We are not going to negotiate through the media', speaker: 'Sergei Ryabkov'},
			{text: 'Any agreement will be announced when it is ready.', speaker: 'Sergei Ryabkov'},
			{text: 'The lists are long', speaker: 'Sergei Ryabkov'},
			{text: 'They include people who were sentenced years ago.', speaker: 'Sergei Ryabkov'},
			{text: 'The enemy is throwing everything it has at Pokrovsk', speaker: 'Andriy Yusov'},
			{text: 'But the line is holding.', speaker: 'Andriy Yusov'},
			{text: 'for as long as it takes', speaker: 'Jake Sullivan'},
			{text: 'brutal and futile.', speaker: 'Jake Sullivan'},
			{text: 'Nobody should expect anything before the new year', speaker: 'a Western diplomat'},
			{text: 'We have seen this before', speaker: 'Oleksandr Merezhko'},
			{text: 'never accept', speaker: 'Oleksandr Merezhko'},
		]);
	});

	it('a quotation repeated by its page is given once, but the same words from two speakers are two quotations', () => {
		const article = articleText([
			'Kremlin rejects truce',
			'',
			'The proposal was "dead on arrival", a senior Russian diplomat said on Monday.',
			'',
			'Earlier version: The proposal was "dead on arrival", a senior Russian diplomat in Geneva said.',
			'',
			'Asked about the same plan, Finnish President Alexander Stubb said it was "dead on arrival" too.',
		].join('\n'));
		expect(said(article)).toEqual([
			{text: 'dead on arrival', speaker: 'a senior Russian diplomat'},
			{text: 'dead on arrival', speaker: 'Alexander Stubb'},
		]);
	});

	it('reads CRLF copy exactly like LF copy', () => {
		const lf = fixture('wire-straight.txt');
		const crlf = articleText(lf.text.replace(/\n/g, '\r\n'), lf.id);
		expect(said(crlf)).toEqual(said(lf));
	});

	it('a live blog: colon lead-ins, roles resolved to names, multi-paragraph quotes, unnamed officials', () => {
		expect(said(fixture('live-blog.txt'))).toEqual([
			{text: 'Every night Russia launches dozens of drones at our cities. We need air defence now, not in spring. Every day of delay costs lives.', speaker: 'Volodymyr Zelenskiy'},
			{text: 'in the coming weeks.', speaker: 'Mette Frederiksen'},
			{text: 'Denmark stands with Ukraine', speaker: 'Mette Frederiksen'},
			{text: 'We will keep doing so for as long as it takes.', speaker: 'Mette Frederiksen'},
			{text: 'There are no such plans', speaker: 'Dmitry Peskov'},
			{text: 'open to dialogue', speaker: 'Dmitry Peskov'},
			{text: 'take into account the realities on the ground', speaker: 'Dmitry Peskov'},
			{text: 'These are not just aircraft, this is our security', speaker: 'Volodymyr Zelenskiy'},
			{text: 'Each plane means fewer Russian bombs falling on Kharkiv and Zaporizhzhia. We are grateful to every partner who has kept their word.', speaker: 'Volodymyr Zelenskiy'},
			{text: 'a conflict that cannot be won on the battlefield.', speaker: 'Viktor Orbán'},
			{text: 'disappointed but not surprised', speaker: 'a senior EU official'},
			{text: 'Hungary is isolated on this.', speaker: 'a senior EU official'},
		]);
	});

	it('an analysis piece: present-tense "says", terms and titles in quote marks left out', () => {
		const quotes = quotesOf(fixture('analysis.txt'));
		expect(quotes.map(({text, speaker, fragment}) => ({text, speaker, fragment}))).toEqual([
			{text: 'Putin believes he can outlast us', speaker: 'Michael Kofman', fragment: false},
			{text: 'He thinks Western democracies have short attention spans and that the costs of the war are bearable for Russia.', speaker: 'Michael Kofman', fragment: false},
			{text: 'existential', speaker: 'Tatiana Stanovaya', fragment: true},
			{text: 'For Putin, it is not about territory alone', speaker: 'Tatiana Stanovaya', fragment: false},
			{text: 'It is about proving that Russia cannot be ignored.', speaker: 'Tatiana Stanovaya', fragment: false},
			{text: 'The war economy is running on borrowed time', speaker: 'Alexandra Prokopenko', fragment: false},
			{text: 'We have no choice', speaker: 'a senior Ukrainian official', fragment: false},
			{text: 'If we stop fighting, there will be no Ukraine.', speaker: 'a senior Ukrainian official', fragment: false},
			{text: 'We are running out of shells, and we are running out of patience.', speaker: 'one European defence minister', fragment: false},
		]);
	});

	it('British single quotes with apostrophes, ’90s and a split quotation', () => {
		expect(said(fixture('single-quotes.txt'))).toEqual([
			{text: 'We’re not going anywhere', speaker: 'Ihor Terekhov'},
			{text: 'People here have been through the ’90s, through the occupation threat of 2022, and we’re still standing.', speaker: 'Ihor Terekhov'},
			{text: 'We will not give the Russians the satisfaction of an empty city.', speaker: 'Ihor Terekhov'},
			{text: 'It’s hard', speaker: 'Olena'},
			{text: 'But where would I go?', speaker: 'Olena'},
		]);
	});

	it('Ukrainian outlets\' labels: "Quote from X:" names the speaker, a bare "Quote:" goes on with the paragraph before', () => {
		expect(said(articleText([
			'Syrskyi: situation near Pokrovsk stabilised',
			'Commander-in-Chief of the Armed Forces of Ukraine Oleksandr Syrskyi has said that Ukrainian forces have halted the Russian advance north of Pokrovsk.',
			'Syrskyi wrote on Telegram after visiting the command posts of the brigades holding the line.',
			'Quote: "We have stabilised the situation near Pokrovsk. The enemy groups that got through are being destroyed."',
			'He described Russian claims of a breakthrough as "an information operation" before the talks.',
			'Meanwhile, President Volodymyr Zelenskyy said in his evening address that the Russian army was trying to show progress.',
			'Quote from Zelenskyy: "Putin wants to go to Alaska with a map, not with a ceasefire."',
		].join('\n')))).toEqual([
			{text: 'We have stabilised the situation near Pokrovsk. The enemy groups that got through are being destroyed.', speaker: 'Oleksandr Syrskyi'},
			{text: 'an information operation', speaker: 'Oleksandr Syrskyi'},
			{text: 'Putin wants to go to Alaska with a map, not with a ceasefire.', speaker: 'Volodymyr Zelenskyy'},
		]);
	});

	it('"called off" is no saying, and "he said" never goes back to a woman the article called "she" but to the son named after her', () => {
		expect(said(articleText([
			'Trump calls off Budapest summit',
			'Swedish Prime Minister Ulf Kristersson said Sweden was ready to supply Gripen jets.',
			'UPDATE 17:30 – US President Donald Trump said he had called off a planned summit with Vladimir Putin because he did not want "a wasted meeting."',
			'"He forgot how to be with other children," Tetyana Kravets said. "The first week he talked for two hours," she said.',
			'Her son, Maksym, put it more simply. "Down here I only listen to the teacher," he said.',
		].join('\n')))).toEqual([
			{text: 'a wasted meeting.', speaker: 'Donald Trump'},
			{text: 'He forgot how to be with other children', speaker: 'Tetyana Kravets'},
			{text: 'The first week he talked for two hours', speaker: 'Tetyana Kravets'},
			{text: 'Down here I only listen to the teacher', speaker: 'Maksym'},
		]);
	});

	it('a line that introduces a quotation without a verb of saying gives it its subject as the speaker', () => {
		expect(said(articleText([
			'Kremlin warns over frozen assets',
			'Kremlin spokesman Dmitry Peskov said on Thursday that the talks had not yet been scheduled.',
			'Peskov reserved his sharpest language for the European Union and its plan for the frozen assets.',
			'Asked about the proposal, the Kremlin spokesman was blunt:',
			'"Any use of Russian assets without Russia\'s consent is theft."',
		].join('\n')))).toEqual([
			{text: 'Any use of Russian assets without Russia\'s consent is theft.', speaker: 'Dmitry Peskov'},
		]);
	});

	it('a person named in full before a colon speaks the quotation after it; a lone label word names nobody', () => {
		expect(said(articleText([
			'Morning digest: drone hits evacuation bus',
			'🔴 06:52 Sumy Oblast: A Russian drone struck a civilian bus near Bilopillia, the regional administration reported.',
			'Head of the Sumy RMA Volodymyr Artiukh: "This is a deliberate strike on civilians who were trying to leave."',
			'Update: "All passengers have been identified," the police said.',
			'Reminder: "Air raid alerts remain in force across the region until further notice."',
		].join('\n')))).toEqual([
			{text: 'This is a deliberate strike on civilians who were trying to leave.', speaker: 'Volodymyr Artiukh'},
			{text: 'All passengers have been identified', speaker: 'the police'},
			{text: 'Air raid alerts remain in force across the region until further notice.', speaker: null},
		]);
	});

	it('a quotation with no attribution of its own goes on with whoever its paragraph reports', () => {
		expect(said(articleText([
			'Russia says strikes hit gas facilities',
			'Russian forces struck gas infrastructure facilities overnight, the Russian Defence Ministry said on Saturday.',
			'The strike used long-range weapons and attack drones, the ministry said. "The goals of the strike have been achieved. All targets were hit."',
			'"Ukraine will answer," a Ukrainian air force spokesman said. Kyiv said the attack damaged two plants.',
		].join('\n')))).toEqual([
			{text: 'The goals of the strike have been achieved. All targets were hit.', speaker: 'the Russian Defence Ministry'},
			{text: 'Ukraine will answer', speaker: 'a Ukrainian air force spokesman'},
		]);
	});

	it('a body such as "Ukraine\'s General Staff" is never the person whose post holds its words', () => {
		expect(said(articleText([
			'Russia claims gains as budget strains',
			'Chief of the General Staff Valery Gerasimov claimed that Russian troops had taken 205 settlements this year. "The enemy is retreating along the entire line of contact," Gerasimov said. Ukraine\'s General Staff dismissed the figures as "fantasies."',
		].join('\n')))).toEqual([
			{text: 'The enemy is retreating along the entire line of contact', speaker: 'Valery Gerasimov'},
			{text: 'fantasies.', speaker: 'Ukraine\'s General Staff'},
		]);
	});

	it('a lone name before a colon that the article only ever writes alone speaks when its prose writes it as a name', () => {
		expect(said(articleText([
			'Evening digest',
			'Kremlin spokesman Dmitry Peskov says a meeting between Putin and Zelenskyy is possible.',
			'Three days of mourning were declared in Sumy. Zelenskyy: "This was a deliberate killing of civilians."',
		].join('\n')))).toEqual([
			{text: 'This was a deliberate killing of civilians.', speaker: 'Zelenskyy'},
		]);
	});

	it('a label may name its speaker before a topic ("X on …:"), or by a lone name of someone the article names in full; another lone word gives none', () => {
		expect(said(articleText([
			'Evening digest: prisoner exchange agreed',
			'⚡️ 11:10 Istanbul: Head of the Ukrainian delegation Rustem Umerov on the results of the talks: "We agreed on an exchange of 1,000 for 1,000."',
			'President Volodymyr Zelenskyy thanked the mediators in a video address on Friday evening.',
			'⚡️ 14:35 Sumy Oblast: Three days of mourning were declared. Zelenskyy: "This was a deliberate killing of civilians."',
			'Governor Oleh Syniehubov said two districts were hit. Klymenko: "Explosions were heard in the city centre and air defence is working."',
		].join('\n')))).toEqual([
			{text: 'We agreed on an exchange of 1,000 for 1,000.', speaker: 'Rustem Umerov'},
			{text: 'This was a deliberate killing of civilians.', speaker: 'Volodymyr Zelenskyy'},
			{text: 'Explosions were heard in the city centre and air defence is working.', speaker: null},
		]);
	});

	it('a speaker named with an age and a description between commas "told" a news outlet: the outlet only listens', () => {
		expect(said(fixture('bbc-live.txt'))).toEqual([
			{text: 'The windows shook all night. My children did not sleep.', speaker: 'Olena'},
			{text: 'We counted the explosions until we lost count.', speaker: 'Iryna Koval'},
			{text: 'Air defence worked all night over the capital.', speaker: 'Vitali Klitschko'},
			{text: 'I have lived here all my life and never seen anything like it.', speaker: 'Mykola'},
		]);
	});

	it('the one named after "told" listens, but the one named after another verb in t ("tweeted", "threatened") speaks', () => {
		const article = articleText([
			'Kyiv overnight',
			'',
			'“We will not give up this fight,” tweeted Volodymyr Zelensky on Sunday.',
			'',
			'“The enemy is retreating from the city,” threatened Dmitry Medvedev, without evidence.',
			'',
			'“Air defence worked all night,” told Reuters a city official, who asked not to be named.',
		].join('\n'));
		expect(said(article).slice(0, 2)).toEqual([
			{text: 'We will not give up this fight', speaker: 'Volodymyr Zelensky'},
			{text: 'The enemy is retreating from the city', speaker: 'Dmitry Medvedev'},
		]);
		expect(said(article)[2]?.speaker).not.toBe('Reuters');
	});

	it('a "Source: NAME, ROLE, on CHANNEL" line names the speaker of the "Quote:" after it and is no section heading', () => {
		const article = fixture('up-source.txt');
		expect(said(article)).toEqual([
			{text: 'At around 08:00, the Russians dropped explosives from a drone on a man in the Dniprovskyi district. The 64-year-old victim died of his injuries at the scene.', speaker: 'Roman Mrochko'},
			{text: 'The situation in the region remains difficult.', speaker: 'Oleksandr Prokudin'},
		]);
		expect(article.blocks.filter(block => block.kind === 'section')).toEqual([]);
	});
});
