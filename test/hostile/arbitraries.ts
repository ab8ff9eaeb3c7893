/**
 * fast-check generators for hostile articles: news prose broken in the ways scraped pages break,
 * shared by the property tests and the long fuzz run (`npm run fuzz`).
 */
import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import fc from 'fast-check';
import {escapePayloads} from './payloads.js';

const articlesDir = join(import.meta.dirname, '../../articles');

/** The bundled sample articles: real prose to mutate. */
export const sampleArticles: readonly string[] = readdirSync(articlesDir)
	.sort()
	.map(name => readFileSync(join(articlesDir, name), 'utf8'));

const sampleSentences: readonly string[] = sampleArticles.flatMap(text => text.split(/(?<=[.!?”"])\s+/)).filter(line => line.length > 20);

const quoteMarks = ['"', '“', '”', '‘', '’', "'", '«', '»', '„', '‹', '›', '「', '」', '＂'];

const fragments: readonly string[] = [
	'$9bn', '€6 billion', '£1.2m', '50.000', '1,000,000', '3.5%', 'as many as 10,000 troops', 'up to 40 km', 'some 1.5 million people',
	'on 4 November', 'last Sunday', 'yesterday', '2024-11-21', '24/02/2022', '12:30', 'aged 34', 'page 12', 'no. 7',
	'Zelensky', 'Zelenskyy', 'Volodymyr Zelensky said', 'a senior Ukrainian official said', 'according to the ministry',
	'Україна', 'Зеленський заявив', 'Россия', 'Kyiv/Київ', '乌克兰', 'ウクライナ', '우크라이나', 'أوكرانيا', 'אוקראינה', 'यूक्रेन',
	'🇺🇦', '👨‍👩‍👧‍👦', '🔥🔥🔥', '\u0301\u0301\u0301', 'e\u0301', '\uFEFF', '\u200B', '\u00A0', '\u2028', '\u2029', '\uD800', '\uDFFF',
	'Mr.', 'U.S.', 'e.g.', '...', '…', '—', '–', '(', ')', '[', ']', '{', '}', '<b>', '&amp;', '#', '*', '_', '`', '|', '\\',
];

const words = fc.constantFrom(...fragments, ...quoteMarks, ...escapePayloads.map(payload => payload.text));

/** Short strings dense in controls, escapes, bidi marks and broken surrogates, plus ordinary text. */
export function controlHeavyString(): fc.Arbitrary<string> {
	const piece = fc.oneof(
		{weight: 3, arbitrary: fc.string({unit: 'binary-ascii', maxLength: 8})},
		{weight: 3, arbitrary: fc.constantFrom(...escapePayloads.map(payload => payload.text))},
		{weight: 2, arbitrary: fc.constantFrom('\u001B', '\u001B[', '\u001B]', '\u001BP', '\u009B', '\u009D', '\u009C', '\u0007', '\u001B\\', '\n', '\r', '\t')},
		{weight: 2, arbitrary: fc.string({unit: 'binary', maxLength: 8})},
		{weight: 1, arbitrary: fc.constantFrom(...fragments)},
	);
	return fc.array(piece, {maxLength: 30}).map(pieces => pieces.join(''));
}

const quoted = fc
	.tuple(fc.constantFrom(...quoteMarks), fc.constantFrom(...sampleSentences), fc.constantFrom(...quoteMarks, ''), fc.constantFrom(...fragments))
	.map(([open, inner, close, after]) => `${open}${inner}${close} ${after}`);

const nestedQuotes = fc
	.tuple(fc.integer({min: 1, max: 30}), fc.constantFrom(...sampleSentences))
	.map(([depth, inner]) => `${'“‘«'.repeat(depth)}${inner}${'»’”'.repeat(Math.floor(depth / 2))}`);

const line = fc.oneof(
	{weight: 5, arbitrary: fc.constantFrom(...sampleSentences)},
	{weight: 3, arbitrary: fc.array(words, {maxLength: 25}).map(parts => parts.join(' '))},
	{weight: 2, arbitrary: quoted},
	{weight: 1, arbitrary: nestedQuotes},
	{weight: 1, arbitrary: fc.string({unit: 'grapheme', maxLength: 120})},
	{weight: 1, arbitrary: fc.string({unit: 'binary', maxLength: 80})},
	{weight: 1, arbitrary: fc.stringMatching(/^[0-9 .,]{1,200}$/)},
	{weight: 1, arbitrary: fc.stringMatching(/^[!-/:-@[-`{-~ ]{1,200}$/)},
	{weight: 1, arbitrary: fc.constant('')},
);

/** A whole synthetic article: lines of prose, quotes, figures, scripts, payloads and junk. */
export function hostileArticle(): fc.Arbitrary<string> {
	return fc.array(line, {minLength: 1, maxLength: 40}).map(lines => lines.join('\n'));
}

type Mutation = (text: string, at: number, length: number, extra: string) => string;

const mutations: readonly Mutation[] = [
	(text, at, length) => text.slice(0, at) + text.slice(at + length),
	(text, at, _length, extra) => text.slice(0, at) + extra + text.slice(at),
	(text, at, length) => text.slice(0, at) + text.slice(at, at + length).repeat(4) + text.slice(at),
	(text, at, length) => text.slice(0, at) + text.slice(at, at + length).split('').reverse().join('') + text.slice(at + length),
	(text, at) => text.slice(0, at) + '\n\n' + text.slice(at),
	(text, at) => text.slice(0, at) + '"' + text.slice(at),
	(text, at) => text.slice(0, at) + text.slice(at).replace(/\n/, ' '),
];

/** A sample article with a handful of random cuts, insertions, repeats and stray quote marks. */
export function mutatedArticle(): fc.Arbitrary<string> {
	const step = fc.tuple(fc.nat({max: mutations.length - 1}), fc.double({min: 0, max: 1, noNaN: true}), fc.nat({max: 400}), controlHeavyString());
	return fc.tuple(fc.constantFrom(...sampleArticles), fc.array(step, {minLength: 1, maxLength: 12})).map(([text, steps]) =>
		steps.reduce((current, [which, where, length, extra]) => mutations[which]!(current, Math.floor(where * current.length), length, extra), text),
	);
}

/** Raw bytes as a file might hold them: random, or a sample article re-encoded and damaged. */
export function hostileBytes(): fc.Arbitrary<Uint8Array> {
	const damaged = fc
		.tuple(fc.constantFrom(...sampleArticles), fc.constantFrom('utf8', 'utf16le', 'latin1'), fc.array(fc.tuple(fc.nat(), fc.nat({max: 255})), {maxLength: 20}))
		.map(([text, encoding, flips]) => {
			const bytes = Uint8Array.from(Buffer.from(text, encoding as BufferEncoding));
			for (const [at, value] of flips) bytes[at % bytes.length] = value;
			return bytes;
		});
	return fc.oneof(fc.uint8Array({maxLength: 2000}), damaged);
}
