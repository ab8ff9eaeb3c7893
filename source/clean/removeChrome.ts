import {isChromeLine, isFurnitureLabel, isListItem, isListLabel, isPublisherVoice, isTailMarker} from './chrome.js';
import {repeatedLineTest} from './repeatedLines.js';
import {endsWithAny, isLabelLine, wordsIn} from './words.js';

/**
 * Sentences glued to chrome when a page was flattened ("...makes all the difference.Donald Trump is")
 * are split at the missing space so the chrome part can be dropped alone.
 */
const gluedSentence = /(?<=[a-z]{2}[.!?])(?=[A-Z][a-z])/g;

/** What `gluedSentence` splits at, as one scan: most lines have none. */
const gluedSentenceEnd = /[a-z][.!?][A-Z]/;

function dropChromeSegments(line: string): string {
	if (!gluedSentenceEnd.test(line)) return line;
	const segments = line.split(gluedSentence);
	if (segments.length === 1) return line;
	return segments.filter(segment => !isChromeLine(segment)).join(' ');
}

/**
 * Removes site chrome from a list of lines (paragraphs, trimmed as `paragraphs` gives them). Returns the lines kept, in order.
 *
 * Rules, all general:
 * - a line that is a call to act (see `isChromeLine`) goes;
 * - a line in the publisher's own voice between two chrome lines goes (appeals run over several paragraphs);
 * - a short label ending in ":" followed by a link list goes with its list; one with nothing after it goes too;
 * - a line that repeats an earlier line (a title printed twice) goes;
 * - after the last body paragraph, trailing short lines without closing punctuation go.
 */
export function removeChrome(lines: readonly string[]): string[] {
	const split = lines.map(dropChromeSegments);
	const chrome = split.map(line => isChromeLine(line));

	// An appeal in the publisher's own voice runs over several paragraphs: between two chrome lines, or
	// just before or after two of them. Most lines have no chrome next to them and are not looked at further.
	// (An index outside the list is a named property, slow to look up: it is ruled out first.)
	const isChrome = (index: number) => index >= 0 && index < chrome.length && chrome[index]!;
	for (let index = 0; index < split.length; index++) {
		if (chrome[index]) continue;
		const before = isChrome(index - 1);
		const after = isChrome(index + 1);
		if (!before && !after) continue;
		const between = before && after;
		const beside = (after && isChrome(index + 2)) || (before && isChrome(index - 2));
		if ((between || beside) && isPublisherVoice(split[index]!)) chrome[index] = true;
	}

	for (let index = 0; index < split.length; index++) {
		const line = split[index]!;
		if (!isListLabel(line)) continue;
		let end = index + 1;
		while (end < split.length && isListItem(split[end]!)) end++;
		// "Related:" and its links go; "The package includes:" introduces content and stays.
		if ((end > index + 1 && isFurnitureLabel(line)) || end === split.length || (end === index + 1 && chrome[end])) {
			for (let drop = index; drop < end; drop++) chrome[drop] = true;
		}
	}

	// A metadata field exported as two lines: "From:" then "Ministry of Defence", "Published:" then a date.
	for (let index = 0; index < split.length - 1; index++) {
		const label = split[index]!;
		const value = split[index + 1]!;
		if (endsWithAny(label, ':') && wordsIn(label, 2) <= 2 && isLabelLine(value, 12) && !isListItem(value)) {
			chrome[index] = true;
			chrome[index + 1] = true;
		}
	}

	// "Most Read from Bloomberg" and the headlines it lists; a chart's title lines above its "Source:" line.
	for (let index = 0; index < split.length; index++) {
		if (isLinkListHeading(split[index]!)) {
			for (let item = index + 1; item < split.length && isStub(split[item]!, 16); item++) chrome[item] = true;
		} else if (split[index]!.length <= maxChartSourceLength && chartSource.test(split[index]!)) {
			for (let caption = index - 1; caption >= Math.max(0, index - 2) && isStub(split[caption]!, 12); caption--) chrome[caption] = true;
		}
	}

	// The footer: from a marker such as "Related" or "Comments (1,284)" in the back half, or from a run of
	// three label-like stubs (topic tags, an author box), everything goes.
	for (let index = Math.ceil(split.length / 2); index < split.length; index++) {
		if (!isTailMarker(split[index]!) && !startsStubRun(split, index)) continue;
		for (let drop = index; drop < split.length; drop++) chrome[drop] = true;
		break;
	}

	const isRepeat = repeatedLineTest();
	const kept: string[] = [];
	for (let index = 0; index < split.length; index++) {
		const line = split[index]!;
		if (chrome[index] || line === '' || isRepeat(line)) continue;
		kept.push(line);
	}

	return dropTrailingStubs(kept);
}

/** A short label-like line: a handful of words (`words` at most) and no closing punctuation. */
function isStub(line: string, words = 4): boolean {
	return isLabelLine(line, words) && !endsWithAny(line, ':') && !isListItem(line);
}

/** The heading of a list of links to other stories, without a colon: "Most Read from Bloomberg", "Related stories". */
const linkListHeading = /^(?:most (?:read|popular|viewed)|related(?: (?:stories|articles|coverage))?|more (?:stories|articles) from|recommended(?: for you)?|you may (?:also )?like)\b[^.:!?]{0,30}$/i;

function isLinkListHeading(line: string): boolean {
	return line.length < 60 && linkListHeading.test(line);
}

/** The line that credits a chart's data, under the chart's title lines: "Source: National Bank of Ukraine". */
const chartSource = /^sources?: [^.!?]{2,60}$/i;
/** The longest line `chartSource` matches: a paragraph is not tried. */
const maxChartSourceLength = 'sources: '.length + 60;

/** Three stubs in a row from `index`. */
function startsStubRun(lines: readonly string[], index: number): boolean {
	if (index + 3 > lines.length) return false;
	return isStub(lines[index]!) && isStub(lines[index + 1]!) && isStub(lines[index + 2]!);
}

/** "Explore topics", "Comments", "More articles by X": short unpunctuated leftovers at the very end. */
function dropTrailingStubs(lines: string[]): string[] {
	let end = lines.length;
	while (end > 0) {
		const line = lines[end - 1]!;
		if (!isLabelLine(line, 6)) break;
		end--;
	}
	return end === lines.length ? lines : lines.slice(0, end);
}
