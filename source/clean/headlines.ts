import {clockTime} from '../extract/clockTime.js';
import {splitParagraph} from '../extract/sentences.js';
import {endsClosed, endsWithAny, isLabelLine, wordsIn} from './words.js';

/**
 * Headline structure of a flattened article: which line is its own title and which lines are the
 * section sub-headlines of a live blog or long read. A headline is a short line with no closing
 * punctuation that is followed by body text.
 */

const maxHeadlineWords = 30;
const maxSectionWords = 20;
// Thirty words of news English run to about 200 characters; a longer "word" is a URL, a blob or junk, never a headline.
const maxHeadlineChars = 300;
const maxLedeChars = 160;
/** What a lede headline drops at its end: a pause left by the cut, or the full stop of a whole sentence. */
const trailingPause = /[,;:–-]+$/;
const finalDot = /[.]$/;


/** Ends the way a sentence or a quotation does, not the way a headline does. */
function endsLikeSentence(line: string): boolean {
	return endsWithAny(line, '.!,;:…"”') || (endsWithAny(line, "'’") && endsWithAny(line, '.!?', 2));
}

// Module-level: the bundler turns a `\p{…}` literal into a `new RegExp`, which a function would build on every call.
const wordStart = /^[\p{L}‘'“"]/u;
const whiteSpace = /\s+/;
const capitalStart = /^[‘'“"]?\p{Lu}/u;

/** Share of words that start with a capital letter: headlines are often set in title case. */
function titleCaseRatio(line: string): number {
	const words = line.split(whiteSpace).filter(word => wordStart.test(word));
	if (words.length === 0) return 0;
	return words.filter(word => capitalStart.test(word)).length / words.length;
}

function looksLikeBody(line: string): boolean {
	return endsLikeSentence(line) || endsWithAny(line, '?') || isLongerThanSection(line);
}

/** More words than any section heading has: marked as a heading or not, such a line is a standfirst or a paragraph. */
export function isLongerThanSection(line: string): boolean {
	return wordsIn(line, maxSectionWords) > maxSectionWords;
}

/** A kicker before a headline: "Ukraine war: What …". */
const kickerBefore = /^[^:?]{3,40}: \S/;

/** Whether the first line of an article is its own headline. */
export function isTitleLine(first: string, second: string | undefined): boolean {
	if (second === undefined) return false;
	const words = wordsIn(first, maxHeadlineWords);
	if (words < 2 || words > maxHeadlineWords || first.length > maxHeadlineChars || endsLikeSentence(first)) return false;
	// A question standing alone above the text is a headline when it is short, set in title case or led by a
	// kicker ("Ukraine war: What ...?"); a long one opens the body.
	if (first.endsWith('?')) return words <= 16 || titleCaseRatio(first) >= 0.6 || kickerBefore.test(first);
	return true;
}

const capitalSlug = /^\p{Lu}{3,}$/u;
const bullet = /^[-*•·–]\s/;
const headingStart = /^[\p{Lu}\p{N}‘“"]/u;
const sourceLabel = /^sources?:\s/i;

/** Words in a heading that introduces a list: "Key Takeaways:", "What We Know So Far:". */
const maxListHeadingWords = 6;

/**
 * A short line in title case that ends with a colon and is followed by a bulleted list heads that list. One word
 * ("Background:") is a label, as a one-word line is anywhere else.
 */
function isListHeading(line: string, next: string): boolean {
	if (!endsWithAny(line, ':') || !bullet.test(next) || !headingStart.test(line)) return false;
	const words = wordsIn(line, maxListHeadingWords);
	return words >= 2 && words <= maxListHeadingWords && titleCaseRatio(line) >= 0.6;
}

/**
 * Lines to drop around a headline: a kicker of up to three words above it, and the metadata lines
 * (bylines, "From:", sharing widgets) between it, or its standfirst, and the first body paragraph.
 * Returns the index of the title line and the indexes to drop.
 */
export function headlineFurniture(lines: readonly string[]): {title: number; drop: number[]} {
	const drop: number[] = [];
	let title = 0;
	if (lines.length > 2 && isLabelLine(lines[0]!, 3) && !lines[0]!.endsWith(':') && isTitleLine(lines[1]!, lines[2])) {
		drop.push(0);
		title = 1;
	}
	if (!isTitleLine(lines[title] ?? '', lines[title + 1])) return {title: -1, drop: []};
	let index = title + 1;
	// A long unpunctuated line right under the title is its standfirst, and stays.
	if (lines[index] !== undefined && !isLabelLine(lines[index]!, 8) && !endsClosed(lines[index]!)) index++;
	// A list heading ("Key Takeaways:") or a slug in capitals ("FRONT LINE") opens the body; it is no metadata line.
	while (index < lines.length - 1 && isLabelLine(lines[index]!, 8) && !isListHeading(lines[index]!, lines[index + 1]!) && !isInCapitals(lines[index]!)) {
		drop.push(index);
		index++;
	}
	return {title, drop};
}

/**
 * Indexes of section sub-headlines among `lines`, given the index of the first line that may be one.
 * A standfirst (the unpunctuated line right after the title) is body, not a section.
 */
export function findSections(lines: readonly string[], from: number): number[] {
	const sections: number[] = [];
	const questions: number[] = [];
	for (let index = from; index < lines.length - 1; index++) {
		const line = lines[index]!;
		if (isListHeading(line, lines[index + 1]!)) {
			sections.push(index);
			continue;
		}
		if (isQuestionHeading(line, lines[index + 1]!)) questions.push(index);
		// Most lines are body text that ends like a sentence: a look at its end rules it out before its words are counted.
		if (line.length > maxHeadlineChars || endsLikeSentence(line) || endsWithAny(line, '?')) continue;
		const words = wordsIn(line, maxSectionWords);
		// One word is a heading only as a wire slug in capitals ("SANCTIONS"); otherwise it is a label or a stray word.
		if ((words < 2 && !capitalSlug.test(line)) || words > maxSectionWords) continue;
		// "Source: Roman Mrochko, … on Telegram" says whose words follow: an attribution, not a heading.
		if (bullet.test(line) || !headingStart.test(line) || sourceLabel.test(line)) continue;
		if (!looksLikeBody(lines[index + 1]!)) continue;
		// The last of a run of summary lines ("Ukrainian drones strike…", "Russia has lost…") is one item of the list, not a heading.
		if (index > from && isSummaryLine(lines[index - 1]!)) continue;
		sections.push(index);
	}
	// An explainer asks its way through: several short questions, each over body text, are its sections.
	return questions.length < minQuestionHeadings ? sections : [...sections, ...questions].sort((a, b) => a - b);
}

/** A line that reads like a headline of its own: several words that do not end the way a sentence or a label does. */
function isSummaryLine(line: string): boolean {
	return !looksLikeBody(line) && !line.endsWith(':') && wordsIn(line, minSummaryWords) >= minSummaryWords;
}

const minSummaryWords = 6;

/** Questions that make an explainer's sections: at least this many, each a short line of its own. */
const minQuestionHeadings = 2;
const maxQuestionWords = 12;

/** A sentence ending inside a line: a question heading is one sentence. */
const sentenceBreak = /[.!?]\s/;
/** A transcript's speaker label: "Q: ", "ZELENSKY: ". */
const speakerLabel = /^\S{1,20}:\s/;

/**
 * "What happened?", "Why does this matter?": a short question on its own line, over a paragraph that ends like a
 * sentence; not an interviewer's question ("Q: And Europe?").
 */
function isQuestionHeading(line: string, next: string): boolean {
	return endsWithAny(line, '?') && line.length <= maxHeadlineChars && headingStart.test(line) && !sentenceBreak.test(line) && !speakerLabel.test(line) &&
		wordsIn(line, maxQuestionWords) <= maxQuestionWords && endsLikeSentence(next) && wordsIn(next, maxSectionWords) > 6;
}

/** A live-blog post's time written before its heading: "17:32 ", "9.05am – ", "14.32 GMT: ". */
const postTime = new RegExp(String.raw`^${clockTime}(?:\s?[ap]\.?m\.?)?(?:\s+(?:GMT|BST|CET|CEST|EET|EEST|UTC|ET|EST|EDT|[A-Z]{2,4}T))?(?:\s*[-–—:|])?\s+(?=\S)`, 'i');

const lowercaseLetter = /\p{Ll}/u;
const capitalLetter = /\p{Lu}/u;

/** A line set in capitals ("FRONT LINE AND STRIKES"): a section slug, never a standfirst. */
export function isInCapitals(line: string): boolean {
	return !lowercaseLetter.test(line) && capitalLetter.test(line);
}

/** Whether a line opens with a post time: a live-blog post's heading, never a standfirst. */
export function opensWithPostTime(line: string): boolean {
	return postTime.test(line);
}

/** A section heading without the post time written before it: the time stamps the post, it is not the heading's words. */
export function withoutPostTime(heading: string): string {
	const time = postTime.exec(heading);
	return time === null ? heading : heading.slice(time[0].length);
}

/**
 * A headline for an article that has none: its opening sentence, shortened at a word boundary, and cut
 * inside a word only when one word alone is too long (an opening that is one unbroken string).
 */
export function ledeHeadline(opening: string, maxWords = 16): string {
	// Sentence splitting only needs the start of the opening; a megabyte-long first line costs nothing more.
	const head = opening.slice(0, maxLedeChars * 4);
	const first = splitParagraph(head)[0] ?? {start: 0, end: head.length};
	const sentence = head.slice(first.start, first.end);
	const unfinished = first.end === head.length && head.length < opening.length;
	const words = sentence.split(whiteSpace).filter(Boolean);
	const cut = unfinished || words.length > maxWords;
	const shortened = cut ? words.slice(0, maxWords).join(' ').replace(trailingPause, '') : sentence.replace(finalDot, '');
	if (shortened.length > maxLedeChars) return `${[...shortened].slice(0, maxLedeChars - 1).join('').trimEnd()}…`;
	return cut ? `${shortened}…` : shortened;
}
