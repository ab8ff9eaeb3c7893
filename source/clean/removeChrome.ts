import {isChromeLine, isListItem, isListLabel, isPublisherVoice} from './chrome.js';
import {wordsIn} from './words.js';

/**
 * Sentences glued to chrome when a page was flattened ("...makes all the difference.Donald Trump is")
 * are split at the missing space so the chrome part can be dropped alone.
 */
const gluedSentence = /(?<=[a-z]{2}[.!?])(?=[A-Z][a-z])/g;

function dropChromeSegments(line: string): string {
	if (!/[a-z][.!?][A-Z]/.test(line)) return line;
	const segments = line.split(gluedSentence);
	if (segments.length === 1) return line;
	return segments.filter(segment => !isChromeLine(segment)).join(' ');
}

/**
 * Removes site chrome from a list of lines (paragraphs). Returns the lines kept, in order.
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

	for (let index = 1; index < split.length - 1; index++) {
		if (!chrome[index] && chrome[index - 1] && nextChrome(chrome, index) && isPublisherVoice(split[index]!)) {
			chrome[index] = true;
		}
	}

	for (let index = 0; index < split.length; index++) {
		const line = split[index]!;
		if (!isListLabel(line)) continue;
		let end = index + 1;
		while (end < split.length && isListItem(split[end]!)) end++;
		if (end > index + 1 || end === split.length || chrome[end]) {
			for (let drop = index; drop < end; drop++) chrome[drop] = true;
		}
	}

	const seen = new Set<string>();
	const kept: string[] = [];
	for (const [index, line] of split.entries()) {
		const key = line.trim().toLowerCase();
		if (chrome[index] || key === '' || seen.has(key)) continue;
		seen.add(key);
		kept.push(line.trim());
	}

	return dropTrailingStubs(kept);
}

function nextChrome(chrome: readonly boolean[], index: number): boolean {
	for (let next = index + 1; next < chrome.length; next++) {
		if (chrome[next]) return true;
		return false;
	}
	return false;
}

/** "Explore topics", "Comments", "More articles by X": short unpunctuated leftovers at the very end. */
function dropTrailingStubs(lines: string[]): string[] {
	let end = lines.length;
	while (end > 0) {
		const line = lines[end - 1]!;
		if (wordsIn(line, 6) > 6 || /[.!?"”’]$/.test(line)) break;
		end--;
	}
	return end === lines.length ? lines : lines.slice(0, end);
}
