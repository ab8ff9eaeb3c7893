/**
 * Spellings readers use interchangeably for one place or person, folded to one form, so a filter typed in
 * one finds the others: "kiev" finds Kyiv, "zelensky" finds Zelenskyy and Zelenskiy. Applied to folded
 * (lowercase, accent-free) text, both the filter and what it searches.
 */
const word = (spellings: string): RegExp => new RegExp(`(?<!\\p{L})(?:${spellings})(?!\\p{L})`, 'gu');

const variants: ReadonlyArray<readonly [RegExp, string]> = [
	// As folded: "київ" has lost its diaeresis.
	[word('kiev|киів|киев'), 'kyiv'],
	[word('kharkov|харків|харьков'), 'kharkiv'],
	[word('odessa|одеса|одесса'), 'odesa'],
	[word('zaporozh(?:ye|ia|e)|zaporizh(?:ia|ya)'), 'zaporizhzhia'],
	[word('nikolaev|nikolayev'), 'mykolaiv'],
	[word('lugansk'), 'luhansk'],
	[word('dnepr'), 'dnipro'],
	// Slavic surnames in -sky: Zelenskyy, Zelenskiy, Zelenski, Syrskyi.
	[/sk(?:yy|iy|yi|i)(?!\p{L})/gu, 'sky'],
];

/** Cyrillic letters or a spelling one of the variants may change: most text has neither and is returned as it is. */
const mayVary = /[а-яіїєґ]|kiev|khark|odess|zapor|nikola|lugansk|dnepr|sk[iy]/u;

export function foldSpellings(folded: string): string {
	if (!mayVary.test(folded)) return folded;
	let text = folded;
	for (const [variant, form] of variants) text = text.replace(variant, form);
	return text;
}
