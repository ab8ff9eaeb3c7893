/**
 * Inputs shaped to make a backtracking regular expression or a nested scan blow up. Each takes a target
 * length in characters, so the same shape can be timed at n and 4n.
 */

const fill = (unit: string, length: number) => unit.repeat(Math.max(1, Math.ceil(length / unit.length))).slice(0, length);

export const pathologicalInputs: Record<string, (length: number) => string> = {
	'straight double quotes': length => fill('"', length),
	'curly quotes, all opening': length => fill('“', length),
	'alternating curly quotes': length => fill('“”', length),
	'nested quotes of every kind': length => fill('“‘«„‹「', length),
	'quote marks between words': length => fill('" said "Zelensky', length),
	'unclosed quote before prose': length => `“${fill('We will not give up our land and we will fight on ', length)}`,
	'one line of prose, no newline': length => fill('Officials said 10,000 troops had moved to Kursk on 4 November, according to Kyiv. ', length),
	'one word, no spaces': length => fill('a', length),
	'only digits': length => fill('1234567890', length),
	'digits and separators': length => fill('1,000.000 ', length),
	'currency soup': length => fill('$9bn €6 ', length),
	'only punctuation': length => fill('.,;:!?-—()[]{}', length),
	'only dots': length => fill('.', length),
	'abbreviations': length => fill('U.S. Mr. e.g. ', length),
	'capitalised names': length => fill('Volodymyr Zelensky Vladimir Putin ', length),
	'speech verbs': length => fill('said told added warned ', length),
	'dates without end': length => fill('on 4 November last Sunday yesterday ', length),
	'whitespace runs': length => `${fill(' \t\u00A0', length)}x`,
	'one paragraph per character': length => fill('a\n', length),
	'CSI introducers without finals': length => fill('\u001B[0;1;2;', length),
	'OSC introducers without terminators': length => fill('\u001B]0;', length),
	'C1 OSC introducers': length => fill('\u009D', length),
	'emoji and wide CJK': length => fill('🇺🇦乌克兰👨‍👩‍👧 ', length),
	'combining marks': length => `e${fill('\u0301', length)}`,
};
