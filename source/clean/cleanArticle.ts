import type {Article, Block, BlockKind, RawArticle} from '../model.js';
import {stripControls} from './controls.js';
import {withoutInvisibleChars} from './invisibleChars.js';
import {findSections, headlineFurniture, isInCapitals, isLongerThanSection, ledeHeadline, opensWithPostTime, withoutPostTime} from './headlines.js';
import {pageDate} from './pageDate.js';
import {removeChrome} from './removeChrome.js';
import {settling} from './settledText.js';
import {endsWithAny, fileStem, spacesIn} from './words.js';

/**
 * White space that folding changes: a run of two or more, or one that is not a plain space. A lone
 * space between words (nearly every match of a plain `[^\S\n]+`) is left alone, which makes the
 * fold about thirty times faster and gives the same text.
 */
const foldableSpace = /[^\S\n]{2,}|[^\S\n ]/g;

const markedHeading = /^#{2,6} (.+)$/;

/** Bold set in plain text as Markdown writes it: "**Death toll in Kyiv rises to 6**". */
const boldMarks = /\*\*(?=\S)([^*\n]+?)\*\*/g;

/**
 * Paragraph lines of a text: trimmed, spaces folded, Unicode composed, invisible characters removed, bold marks
 * dropped, empty lines dropped.
 */
export function paragraphs(text: string): string[] {
	const state = settling(text);
	// Raw text is composed and stripped of controls and invisible characters first; then one pass folds every run of
	// white space but newlines (NBSP included) into a space.
	const composed = state === 'raw' ? withoutInvisibleChars(stripControls(text.normalize('NFC'))) : text;
	const folded = state === 'settled' ? text : composed.replace(foldableSpace, ' ');
	return nonEmptyLines(folded.includes('**') ? folded.replace(boldMarks, '$1') : folded, state !== 'settled');
}

/**
 * The lines of `text` that are not empty, trimmed first when `trim` says so. Slicing at each newline found costs a
 * third of what `split` does, and builds no array of the empty lines.
 */
function nonEmptyLines(text: string, trim: boolean): string[] {
	const kept: string[] = [];
	for (let start = 0; start <= text.length; ) {
		const newline = text.indexOf('\n', start);
		const end = newline === -1 ? text.length : newline;
		if (end > start) {
			const line = trim ? text.slice(start, end).trim() : text.slice(start, end);
			if (line !== '') kept.push(line);
		}
		start = end + 1;
	}
	return kept;
}

function sameHeadline(a: string, b: string): boolean {
	const fold = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
	return fold(a) === fold(b);
}

/**
 * Turns a decoded file into an Article: chrome removed, title and section headlines found,
 * blocks laid out in one text that all provenance offsets point into.
 */
export function cleanArticle(raw: RawArticle): Article {
	let lines = paragraphs(raw.text);
	// Without a date in the metadata, the one the page prints under its title is the publication date.
	const published = raw.meta.published ?? (raw.preCleaned ? null : pageDate(lines));
	if (!raw.preCleaned) lines = removeChrome(lines);
	// Lines the source marked as sub-headings (`## Heading`, as Markdown writes them) are sections whatever their shape,
	// unless they run longer than any heading: a newsletter's "### What the incursion tells us about …" is its standfirst.
	const marked = new Set<string>();
	for (let index = 0; index < lines.length; index++) {
		const heading = lines[index]!.startsWith('##') ? markedHeading.exec(lines[index]!) : null;
		if (heading === null) continue;
		if (!isLongerThanSection(heading[1]!)) marked.add(heading[1]!);
		lines[index] = heading[1]!;
	}

	const metaTitle = raw.meta.title === undefined ? '' : paragraphs(raw.meta.title).join(' ');
	let hasTitle: boolean;
	if (metaTitle !== '') {
		if (lines[0] !== undefined && sameHeadline(lines[0], metaTitle)) lines = lines.slice(1);
		lines = [metaTitle, ...lines];
		hasTitle = true;
	} else {
		const furniture = headlineFurniture(lines);
		hasTitle = furniture.title >= 0;
		if (furniture.drop.length > 0) {
			const drop = new Set(furniture.drop);
			lines = lines.filter((_, index) => !drop.has(index));
		}
	}

	// A standfirst directly under the title belongs to the body, so sections start after it; a line ending in a
	// colon there is no standfirst but introduces what follows ("Key Takeaways:"), nor is a post's timed heading or a
	// slug in capitals.
	const firstBody = hasTitle ? 1 : 0;
	const second = lines[1];
	const standfirst = hasTitle && second !== undefined && !endsWithAny(second, '.!?"”:') && !opensWithPostTime(second) && !isInCapitals(second);
	const sectionFrom = standfirst ? 2 : firstBody;
	const sections = new Set(findSections(lines, sectionFrom));
	// Looking a line up hashes all of it: a text without marked headings skips the loop.
	if (marked.size > 0) {
		for (let index = firstBody; index < lines.length; index++) {
			if (marked.has(lines[index]!)) sections.add(index);
		}
	}

	for (const index of sections) lines[index] = withoutPostTime(lines[index]!);

	const blocks: Block[] = [];
	let offset = 0;
	// The words of the paragraphs: the spaces of the whole text, less those of the headings, and one more per
	// paragraph. Counted in the joined text, a flat string, as it is faster to search than each line.
	let words = 0;
	for (let index = 0; index < lines.length; index++) {
		const line = lines[index]!;
		const kind: BlockKind = hasTitle && index === 0 ? 'title' : sections.has(index) ? 'section' : 'paragraph';
		blocks.push({kind, start: offset, end: offset + line.length});
		offset += line.length + 1;
		words += kind === 'paragraph' ? 1 : -spacesIn(line);
	}
	const text = lines.join('\n');
	words += spacesIn(text);

	const firstParagraph = blocks.find(block => block.kind === 'paragraph');
	const opening = firstParagraph === undefined ? '' : text.slice(firstParagraph.start, firstParagraph.end);
	const title = hasTitle ? lines[0]! : ledeHeadline(opening) || fileStem(raw.path);

	return {
		id: raw.id,
		path: raw.path,
		title,
		titleKind: hasTitle ? 'title' : 'lede',
		source: raw.meta.source ?? null,
		published,
		text,
		blocks,
		words,
	};
}
