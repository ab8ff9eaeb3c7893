import {describe, expect, it} from 'vitest';
import {articleText, quotesOf, said} from '../fixtures/quotes/article.js';

function body(...paragraphs: string[]) {
	return articleText(['War in Ukraine: the day in brief', ...paragraphs].join('\n'));
}

describe('who said it', () => {
	it('"X said", "said X", "X told", "according to X" and outlets', () => {
		expect(said(body(
			'"The front is stable," Ukrainian army spokesman Nazar Voloshyn said on Monday.',
			'"We expect more attacks," said Voloshyn.',
			'"Russia is regrouping," according to the Institute for the Study of War.',
			'"The sanctions are working," CNN says.',
		))).toEqual([
			{text: 'The front is stable', speaker: 'Nazar Voloshyn'},
			{text: 'We expect more attacks', speaker: 'Nazar Voloshyn'},
			{text: 'Russia is regrouping', speaker: 'the Institute for the Study of War'},
			{text: 'The sanctions are working', speaker: 'CNN'},
		]);
	});

	it('a speaker introduced with a role on either side of the name', () => {
		expect(said(body(
			'"Nobody wants a frozen conflict," Kurt Volker, former US special representative for Ukraine negotiations, said.',
			'The spokesman of the Kremlin, Dmitry Peskov, said: "There is nothing to discuss yet."',
		))).toEqual([
			{text: 'Nobody wants a frozen conflict', speaker: 'Kurt Volker'},
			{text: 'There is nothing to discuss yet.', speaker: 'Dmitry Peskov'},
		]);
	});

	it('resolves titles, lone surnames, roles and pronouns to the person named earlier', () => {
		const quotes = quotesOf(body(
			'Nato secretary general Mark Rutte met Ukrainian defence minister Rustem Umerov in Brussels.',
			'"Our support will not waver," the Nato chief said.',
			'"We need shells, not statements," Mr Umerov told reporters.',
			'He later added: "Time matters."',
		));
		expect(quotes.map(({text, speaker, speakerAsWritten}) => ({text, speaker, speakerAsWritten}))).toEqual([
			{text: 'Our support will not waver', speaker: 'Mark Rutte', speakerAsWritten: 'the Nato chief'},
			{text: 'We need shells, not statements', speaker: 'Rustem Umerov', speakerAsWritten: 'Mr Umerov'},
			{text: 'Time matters.', speaker: 'Rustem Umerov', speakerAsWritten: 'he'},
		]);
	});

	it('a pronoun after a quote points to who is speaking, not to the last name mentioned', () => {
		expect(said(body(
			'Kurt Volker, a former US envoy, said Donald Trump would call Vladimir Putin.',
			'Mr Trump does not want the war to continue, he said, while predicting that Putin would make "demands".',
		))).toEqual([{text: 'demands', speaker: 'Kurt Volker'}]);
	});

	it('a speaker named on the line before, ending with a colon', () => {
		expect(said(body(
			'Meanwhile, Zelenskyy continued to seek bipartisan support, telling reporters on 31 October:',
			'"If Trump just wants to force Ukraine to give up everything, I don\'t think that\'s possible."',
		))).toEqual([{text: "If Trump just wants to force Ukraine to give up everything, I don't think that's possible.", speaker: 'Zelenskyy'}]);
	});

	it('unnamed sources keep their description, and "the official" goes back to it', () => {
		expect(said(body(
			'A senior Ukrainian official told Reuters the next months would be crucial.',
			'"This winter is a critical point," the official said.',
			'Another official, from the defence ministry, was less hopeful.',
			'"We are short of everything," a Reuters source added.',
		))).toEqual([
			{text: 'This winter is a critical point', speaker: 'a senior Ukrainian official'},
			{text: 'We are short of everything', speaker: 'a Reuters source'},
		]);
	});

	it('the same speaker continues in the next paragraph and in an unattributed quote after an attributed one', () => {
		expect(said(body(
			'"The lists are long," Deputy Foreign Minister Sergei Ryabkov said. "They include many names."',
			'"Nothing will happen before the new year."',
		))).toEqual([
			{text: 'The lists are long', speaker: 'Sergei Ryabkov'},
			{text: 'They include many names.', speaker: 'Sergei Ryabkov'},
			{text: 'Nothing will happen before the new year.', speaker: 'Sergei Ryabkov'},
		]);
	});
});

describe('quotations that share a speech act', () => {
	it('a quotation after "and that" or "but" goes on with the one before it in the sentence', () => {
		expect(said(body(
			'Ukraine’s general staff said its forces had repelled "dozens of assaults" near Kupiansk and that "the line is holding."',
			'The Kremlin called the talks "useful" but "premature," and separately accused Kyiv of sabotage.',
			'Analysts described the offensive as "stalled". Ukrainian officials say "the worst is over" and "the spring will be hard."',
		))).toEqual([
			{text: 'dozens of assaults', speaker: 'Ukraine’s general staff'},
			{text: 'the line is holding.', speaker: 'Ukraine’s general staff'},
			{text: 'useful', speaker: 'the Kremlin'},
			{text: 'premature', speaker: 'the Kremlin'},
			{text: 'stalled', speaker: 'Analysts'},
			{text: 'the worst is over', speaker: 'Ukrainian officials'},
			{text: 'the spring will be hard.', speaker: 'Ukrainian officials'},
		]);
	});

	it('never across sentences, nor after a verb of its own', () => {
		expect(said(body(
			'The governor said the fire was "under control". And "nobody was hurt" remains the hope.',
			'Peskov said talks were "possible" and Lavrov warned that "conditions apply".',
		))).toEqual([
			{text: 'under control', speaker: 'the governor'},
			{text: 'possible', speaker: 'Peskov'},
			{text: 'conditions apply', speaker: 'Lavrov'},
		]);
	});
});

describe('scare quotes, slogans, names and terms', () => {
	it('keeps a short phrase only when a speech verb in its sentence attributes it', () => {
		const quotes = quotesOf(body(
			'The administration has explored ways to "Trump-proof" aid to Ukraine.',
			'Nordic nations have endorsed Zelenskyy’s ‘victory plan,’ but support remains limited.',
			'Yoon congratulated Trump on the “Make America Great Again” slogan.',
			'The so-called "coalition of the willing" met in Paris.',
			'The Kremlin dismissed the reports as "pure fiction."',
		));
		expect(quotes.map(({text, speaker, fragment}) => ({text, speaker, fragment}))).toEqual([
			{text: 'pure fiction.', speaker: 'the Kremlin', fragment: true},
		]);
	});

	it('a mantra, a motto, a refrain or a placard’s words are not speech', () => {
		const quotes = quotesOf(body(
			'Chancellor Friedrich Merz repeated the mantra "nothing about Ukraine without Ukraine" and told reporters Europe would pay its share.',
			'Protesters outside the embassy carried placards reading "stop the deportations", organisers said.',
			'The brigade’s motto, "we hold the line", is painted on every vehicle, and its "not one step back" refrain is everywhere, a sergeant said.',
			'"We will not trade land for peace," Merz said.',
		));
		expect(quotes.map(({text, speaker}) => ({text, speaker}))).toEqual([
			{text: 'We will not trade land for peace', speaker: 'Friedrich Merz'},
		]);
	});

	it('leaves quote marks in the title and section headings alone', () => {
		const article = articleText([
			'Trump ‘to call Putin’ as Biden plans aid surge',
			'Donald Trump will tell Vladimir Putin to “stop the war”, a former US diplomat said.',
			'Nato chief warns of ‘deeply dangerous’ moment',
			'Mark Rutte said the moment was "deeply dangerous" for the world.',
		].join('\n'));
		expect(quotesOf(article).map(({text}) => text)).toEqual(['stop the war', 'deeply dangerous']);
	});
});
