import {readdirSync, readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {cleanArticle} from '../../source/clean/cleanArticle.js';
import {
	background,
	chromeWord,
	evaluative,
	firstPerson,
	habitual,
	hedgeWords,
	negatedMain,
	nonReport,
	ownTime,
	secondPerson,
	timeCue,
} from '../../source/extract/eventCues.js';
import {narratives} from '../../source/extract/eventNarrative.js';
import {articleSentences} from '../../source/extract/sentences.js';
import {cue, scanWords} from '../../source/extract/sentenceWords.js';
import {buildWordTrie, trieRoot} from '../../source/extract/wordTrie.js';

describe('scanWords', () => {
	it('reads the verbs, the actor and the tense of a sample sentence', () => {
		const text = 'Amid these developments, Russia has reportedly bolstered its manpower with troops from North Korea.';
		const scan = scanWords(text, 0);
		expect(scan.words).toBe(14);
		expect(scan.eventVerb).toBe(true);
		expect(scan.verbs).toBe(1);
		expect(text.slice(scan.firstVerbAt)).toMatch(/^bolstered/);
		expect(scan.actor).toBe(true);
		// "has reportedly bolstered": the present perfect, with an adverb between.
		expect(scan.current).toBe(true);
		expect(scan.digit).toBe(false);
	});

	it('knows every inflection of a listed verb, in any case, and no longer word that starts like one', () => {
		for (const word of ['launch', 'Launched', 'launches', 'LAUNCHING', 'carried', 'denies', 'seized']) expect([word, scanWords(word, 0).eventVerb]).toEqual([word, true]);
		for (const word of ['said', 'says', 'Told', 'quoted']) expect([word, scanWords(word, 0).reporting]).toEqual([word, true]);
		for (const word of ['launchpad', 'settlement', 'carriage', 'sayings']) expect([word, scanWords(word, 0).verbs]).toEqual([word, 0]);
	});

	it('takes a capitalised word for an actor unless it is listed as naming none', () => {
		expect(scanWords('Zelensky', 0).actor).toBe(true);
		expect(scanWords('The', 0).actor).toBe(false);
		// Only the capitalised spelling is listed: in capitals it reads as a name.
		expect(scanWords('THE', 0).actor).toBe(true);
		expect(scanWords('the officials', 0).actor).toBe(true);
		expect(scanWords('Kyiv’s', 0).actor).toBe(true);
		expect(scanWords('Žilina', 0).actor).toBe(true);
	});

	it('tells the tense of the main verb from where the main clause starts', () => {
		const text = 'When asked about the talks, Macron is hosting the leaders in Paris.';
		expect(scanWords(text, text.indexOf('Macron')).current).toBe(true);
		expect(scanWords('The ministry was informed of the strike on Monday.', 0).current).toBe(false);
		expect(scanWords('Trump, who will be sworn in on January 20, has said he will end the war quickly.', 0).futureHint).toBe(true);
	});

	it('counts letters and digits as the quoted share does, and notes digits', () => {
		const scan = scanWords('About 1,500 drones — Shahed-136 × 2 — hit Kyiv’s grid.', 0);
		expect(scan.digit).toBe(true);
		// Letters and digits, × included; the dash, hyphen, apostrophe, commas and spaces are not.
		expect(scan.letters).toBe('About1500dronesShahed1362hitKyivsgrid'.length + 1);
	});
});

/** Every sentence of the sample articles and held-out fixtures, quotations blanked, with sentences written to exercise the cues. */
function sentencesToRead(): string[] {
	const texts: string[] = [];
	for (const directory of ['articles', 'test/fixtures/heldout']) {
		for (const name of readdirSync(directory).filter(file => file.endsWith('.txt'))) {
			const path = `${directory}/${name}`;
			const article = cleanArticle({id: name, path, text: readFileSync(path, 'utf8'), meta: {}});
			for (const narrative of narratives(articleSentences(article))) texts.push(narrative.text);
		}
	}
	return [
		...texts,
		'It’s a question.',
		'It is a question.',
		'The Kremlin did not say whether Putin would attend.',
		'He declined to comment.',
		'He gave no further details.',
		'Officials can’t say.',
		'The army no longer holds the town.',
		'The US and you-know-who met.',
		'They met last Tuesday.',
		'They met earlier this month.',
		'They met in March.',
		'Under the Biden administration, aid flowed.',
		'Aid has long flowed.',
		'We are told you2 and _you are here.',
		'Subscribers get the newsletter.',
		'I may be wrong.',
		'Output fell in the third quarter, weeks ago, and last year too.',
		'Since 2022, aid has flowed.',
	];
}

describe('cue words', () => {
	const patterns = {
		secondPerson,
		firstPerson,
		hedge: hedgeWords,
		background,
		habitual,
		evaluative,
		negation: negatedMain,
		chrome: chromeWord,
		time: timeCue,
		nonReport,
		ownTime,
	} satisfies Record<keyof typeof cue, RegExp>;

	it('are found in every sentence where their pattern matches, so the pattern need not run elsewhere', () => {
		let matches = 0;
		let skipped = 0;
		for (const text of sentencesToRead()) {
			const scan = scanWords(text, 0);
			for (const [kind, pattern] of Object.entries(patterns)) {
				// A year is digits, not a word: the scan notes digits apart.
				const found = kind === 'ownTime' && scan.digit ? 0 : scan.cueAt[cue[kind as keyof typeof cue]]!;
				if (pattern.test(text)) {
					matches++;
					expect({text, kind, found: found >= 0}).toEqual({text, kind, found: true});
				} else if (found < 0) skipped++;
			}
		}
		expect(matches).toBeGreaterThan(50);
		// Most sentences hold no word of most cues: that is what saves running the patterns.
		expect(skipped).toBeGreaterThan(matches * 10);
	});
});

describe('buildWordTrie', () => {
	it('folds case, joins the flags of a word listed twice, and flags no prefix', () => {
		const trie = buildWordTrie([['Kyiv', 1], ['kyiv', 2], ['kyivan', 4]]);
		const walk = (word: string): number => {
			let node = trieRoot;
			for (const char of word) node = trie.next[node * 26 + (char.charCodeAt(0) | 32) - 97]!;
			return trie.flags[node]!;
		};
		expect(walk('KYIV')).toBe(3);
		expect(walk('kyivan')).toBe(4);
		expect(walk('kyi')).toBe(0);
		// Off the trie, a walk stays on the dead node.
		expect(walk('kyivx')).toBe(0);
		expect(walk('kyivxan')).toBe(0);
	});

	it('refuses a word that is not made of ASCII letters', () => {
		expect(() => buildWordTrie([['Kyiv’s', 1]])).toThrow(/ASCII/);
	});

	it('refuses more words than its 16-bit nodes can number', () => {
		// Every word of four letters from a to p: 16^4 = 65,536 leaves.
		const letters = 'abcdefghijklmnop';
		const words = Array.from({length: 16 ** 4}, (_, index) => [...'0123'].map(place => letters[(index >> (4 * Number(place))) & 15]).join(''));
		expect(() => buildWordTrie(words.map(word => [word, 1] as const))).toThrow(/16-bit/);
		expect(() => buildWordTrie(words.slice(0, 4096).map(word => [word, 1] as const))).not.toThrow();
	});
});
