import {wordsIn} from './words.js';

/**
 * Site chrome: the text a page wraps around an article (donation appeals, sign-in prompts, link lists,
 * share buttons, cookie notices, video trailers). Found by general rules on the shape and voice of a line,
 * never by a list of known sentences.
 */

const quoteMarks = /["“”«»„]/;

/** Lines that are chrome on their own: calls to act addressed to the reader or the site's own furniture. */
const chromeAnywhere: readonly RegExp[] = [
	// Donation and subscription appeals.
	/\b(?:your (?:support|donation|contribution|subscription)|donat(?:e|ion)s?\b|make a (?:donation|contribution)|support (?:us|our (?:journalism|reporting|work))|become a (?:member|subscriber|supporter))/i,
	/\bsubscri(?:be|ption)\b.*\b(?:newsletter|inbox|premium|today|our|now|free|insights?)\b/i,
	/\b(?:newsletter|sign up for|delivered (?:straight )?to your inbox)\b/i,
	/\bpaywalls?\b/i,
	// Sign-in, comment and bookmark prompts.
	/\b(?:to (?:view|add|post|read) (?:or \w+ )?(?:a |the )?comments?|sign (?:in|up) to|log ?in to|(?:join|start) (?:the|our|a) (?:\w+ )?(?:conversation|discussion|commenting)|join thought-provoking|bookmark (?:this|your)|comments? (?:are|is) (?:closed|open)|show comments|view comments|leave a comment)\b/i,
	// Cookie notices.
	/\bcookies?\b.*\b(?:accept|consent|policy|settings|preferences|we use)\b|\bwe use cookies\b/i,
];

/**
 * Every pattern above needs one of these words: one scan for them spares the rest on ordinary
 * article lines, which is most of them.
 */
const chromeKeyword = /donat|contribut|support|become a|subscri|newsletter|sign (?:in|up)|inbox|paywall|comment|log ?in|join|bookmark|cookie|convers|discuss/i;

/** Furniture recognised by how the line starts. */
const chromeStart: readonly RegExp[] = [	// Share buttons and link furniture.
	/^(?:share(?: (?:this|on|via)\b.*)?|copy link|print|email|tweet|facebook|twitter|whatsapp|linkedin|telegram)(?:[\s,|/·•]+(?:share|copy link|print|email|tweet|facebook|twitter|x|whatsapp|linkedin|telegram|reddit))*\s*$/i,
	/^(?:more (?:articles|stories|news|from|on)\b|explore(?: (?:more|topics))?\b|read (?:more|next|also)\b|see (?:also|more)\b|recommended\b|related(?: (?:articles|stories|topics|content|coverage))?\b|most (?:read|popular|viewed)\b|trending\b|advertisement\b|sponsored\b|you may (?:also )?like\b|don'?t miss\b|topics?:|tags?:|image(?: credit)?:|photo(?:graph)?:|credit:|watch:|video:|bonus video:|listen:|(?:follow|like) us\b)/i,
	/^comments?(?: \(\d+\))?$/i,
	// Credit and furniture lines that close a story.
	/^(?:(?:additional )?reporting|writing|editing|compiled) by\b/i,
	/^reuse this content$/i,
];

function matchesChrome(text: string): boolean {
	return chromeStart.some(pattern => pattern.test(text)) || (chromeKeyword.test(text) && chromeAnywhere.some(pattern => pattern.test(text)));
}

/** A call to act addressed to the reader, with no quotation in it. */
export function isChromeLine(line: string): boolean {
	const text = line.trim();
	if (text === '') return false;
	if (quoteMarks.test(text) && !/^[\s\S]{0,40}:\s*$/.test(text)) {
		// Article sentences quote people; chrome rarely does. Only the shortest prompts still count.
		return wordsIn(text, 6) <= 6 && matchesChrome(text);
	}
	return matchesChrome(text);
}

/** The publisher speaking about itself: "we", "our", "us" outside quotation marks. */
export function isPublisherVoice(line: string): boolean {
	return !quoteMarks.test(line) && /\b(?:we|our|us)\b/i.test(line);
}

/** A short label that introduces a list or an embed: "Related:", "Read more:", "Bonus video:". */
export function isListLabel(line: string): boolean {
	const text = line.trim();
	return text.endsWith(':') && wordsIn(text, 4) <= 4;
}

/** An item of a link list: bulleted, or a short line without closing punctuation. */
export function isListItem(line: string): boolean {
	return /^\s*(?:[-*•·–]|\d+[.)])\s+\S/.test(line);
}
