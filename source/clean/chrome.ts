import {isAsciiLetter, isCodeOf, isDigitCode, isSpaceCode} from '../text/charCodes.js';
import {endsWithAny, wordsIn} from './words.js';

/**
 * Site chrome: the text a page wraps around an article (donation appeals, sign-in prompts, link lists,
 * share buttons, cookie notices, video trailers). Found by general rules on the shape and voice of a line,
 * never by a list of known sentences.
 */

const quoteMarks = /["“”«»„]/;

/** Lines that are chrome on their own: calls to act addressed to the reader or the site's own furniture. */
const chromeAnywhere: readonly RegExp[] = [
	// Donation and subscription appeals.
	/\b(?:your (?:support|donation|contribution|subscription)|donat(?:e|ion)s?\b|make a (?:donation|contribution)|support (?:us|our (?:journalism|reporting|work))|become an? (?:[\w-]+ )?(?:member|subscriber|supporter|patron))/i,
	/\bsubscri(?:be|ption)\b.*\b(?:newsletter|inbox|premium|today|our|now|free|insights?)\b/i,
	/\b(?:newsletter|sign up for|delivered (?:straight )?to your inbox)\b/i,
	/\bpaywalls?\b/i,
	// Sign-in, comment and bookmark prompts.
	/\b(?:to (?:view|add|post|read) (?:or \w+ )?(?:a |the )?comments?|sign (?:in|up) to|log ?in to|(?:join|start) (?:the|our|a) (?:\w+ )?(?:conversation|discussion|commenting)|join thought-provoking|bookmark (?:this|your)|comments? (?:are|is) (?:closed|open)|show comments|view comments|leave a comment)\b/i,
	// Cookie notices.
	/\bcookies?\b.*\b(?:accept|consent|policy|settings|preferences|we use)\b|\bwe use cookies\b/i,
	// Appeals that fund the newsroom.
	/\b(?:support|fund|defend)\w* (?:independent |quality |our )?journalism\b|\b(?:funded|supported|paid for) by (?:our )?readers\b|\breaders like you\b/i,
	/\bsubscri\w*\b.*\b(?:a|per) (?:month|year|week)\b/i,
	// Credits, page widgets and live-coverage greetings.
	/\bcontributed (?:to )?(?:this report|reporting)\b|\bopens in (?:a )?new (?:tab|window)\b|\b(?:turn on|enable) javascript\b|\bwelcome to our live coverage\b/i,
];

/**
 * Every match of a pattern above holds one of these phrases, and holds it at the start of a word: one scan for
 * them spares the rest on ordinary article lines, which is most of them. They are as long as the patterns allow
 * ("support us", not "support", which news prose uses all the time), and grouped by their first letters, which
 * lets the scan reject most positions at the first character; the word boundary rejects most of the others.
 */
const chromeKeyword =
	/\b(?:d(?:onat|iscussion)|co(?:ntribut(?:ion|ed )|mment|okie|nversation)|su(?:bscri|pport (?:us|our))|your support|b(?:ecome a|ookmark)|new(?:sletter| tab| window)|sign (?:in|up)|inbox|paywall|log ?in|j(?:oin thought|ournalism|avascript)|readers|live coverage)/i;

/** A quotation mark or a chrome phrase: one scan finds that most lines have neither. */
const quoteOrKeyword = new RegExp(`${quoteMarks.source}|${chromeKeyword.source}`, 'i');

/** One scan for all the patterns of a list (each keeps its own anchors): a line is tried once, not once per pattern. */
function anyOf(patterns: readonly RegExp[]): RegExp {
	return new RegExp(patterns.map(pattern => `(?:${pattern.source})`).join('|'), 'i');
}

const anyChromeAnywhere = anyOf(chromeAnywhere);

/** Furniture recognised by how the line starts. */
const chromeStart: readonly RegExp[] = [	// Share buttons and link furniture.
	/^(?:share(?: (?:this|on|via)\b.*| full article)?|copy link|print|email|tweet|facebook|twitter|whatsapp|linkedin|telegram)(?:[\s,|/·•]+(?:share|copy link|print|email|tweet|facebook|twitter|x|whatsapp|linkedin|telegram|reddit))*\s*$/i,
	/^(?:more (?:articles|stories|news|from|on)\b|explore(?: (?:more|topics))?\b|read (?:more|next|also)\b|see (?:also|more|all)\b|recommended\b|related(?: (?:articles|stories|topics|content|coverage))?\b|most (?:read|popular|viewed)\b|trending\b|advertisement\b|sponsored\b|you may (?:also )?like\b|don'?t miss\b|topics?:|tags?:|subjects?:|image(?: credit)?:|photo(?:graph)?:|credit:|watch:|video:|bonus video:|listen:|(?:follow|like) us\b)/i,
	/^comments?(?: \([\d,.]+\))?$/i,
	// Engagement counters: "42 likes · 7 restacks · 15 comments", "1.2K views".
	/^[\d.,]+[km]?\s+(?:likes?|comments?|shares?|restacks?|reposts?|views?|reactions?|replies)\b/i,
	// Credit and furniture lines that close a story.
	/^(?:(?:additional )?reporting|writing|editing|compiled) by\b/i,
	/^reporting from\b[^.!?]*$/i,
	/^a version of this article appears in print\b/i,
	/^(?:reuse this content|save|key events|show key events only|updates to this page|is this page useful\??|notes? to editors|info)$/i,
	// Picture credits and captions.
	/^(?:image|photo|picture|video)(?: (?:source|caption|credit))?\s*[,:]/i,
	// Reading aids and page widgets.
	/^(?:\d+ ?min(?:ute)?s? read|listen to this article\b.*|click here\b.*|sort by\b.*|show \d+|threads? (?:collapsed|expanded)|help us improve\b.*|subscribe\b.*|(?:type|enter) your email\b.*|become a member\b.*|read the (?:previous|next|latest|full)\b.*|for (?:media|press) enquiries\b.*|follow (?:\S+ ){0,3}coverage\b.*|follow \S+ on (?:telegram|x|twitter|facebook|instagram|youtube|whatsapp)\b.*)$/i,
	/^sources?: .{0,60}$/i,
	// A briefing's header fields, and a live post's byline: "Date: 10 October 2025", "Location: Geneva", "From CNN's Yulia Moroz".
	/^(?:date|location|subject|category|filed under)\s*:\s*\S.{0,60}$/i,
	/^from \S{2,20}['’]s(?: [^\s.,:;!?]+){1,4}$/,
];

// Module-level: the bundler turns a `\p{…}` literal into a `new RegExp`, which a function would build on every call.
const bylineStart = /^by \p{Lu}/iu;

/** Whether `text` starts with one of the ASCII letters `letters` (lower case), either case: a look before an anchored pattern. */
function startsWithLetter(text: string, letters: string): boolean {
	const code = text.charCodeAt(0) | 0x20;
	return code >= 0x61 && code <= 0x7a && isCodeOf(code, letters);
}

// Patterns live at module level, as all here do: a regex literal in a function body is a new RegExp object on every call.
const reportingVerb = /\b(?:said|says|told)\b/;

/** "By Hanna Kovalenko, BBC News, Kyiv", "by A and B", "By Al Jazeera Staff". */
function isByline(text: string): boolean {
	return startsWithLetter(text, 'b') && bylineStart.test(text) && wordsIn(text, 12) <= 12 && !endsWithAny(text, '.!?') && !reportingVerb.test(text);
}

// The words a date or time line is made of: weekdays, months (abbreviated with or without a dot), numbers and clock
// times, dates in figures ("18.11.2024", "2024-11-18T14:14:00+02:00"), zones ("GMT+2"), "at", "on", "updated".
const dateToken =
	/^(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?|jan(?:uary|\.)?|feb(?:ruary|\.)?|mar(?:ch|\.)?|apr(?:il|\.)?|may|june?|july?|aug(?:ust|\.)?|sept?(?:ember|\.)?|oct(?:ober|\.)?|nov(?:ember|\.)?|dec(?:ember|\.)?|\d{1,4}(?:st|nd|rd|th)?|\d{1,2}(?:[.:]\d{2})?(?:[ap]\.?m\.?)?|[ap]\.?m\.?|\d{1,2}\.\d{1,2}\.\d{4}|\d{4}-\d{2}-\d{2}(?:t\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:z|[+-]\d{2}:?\d{2})?)?|(?:gmt|utc)(?:[+-]\d{1,2}(?::?\d{2})?)?|bst|cet|cest|eet|eest|est|edt|et|pt|msk|kyiv|time|at|on|updated)$/i;

const commaOrBracket = /[(),]/g;

/** A word of a date line, with the commas and brackets around it dropped. */
function isDateWord(word: string): boolean {
	const bare = word.replace(commaOrBracket, '');
	return bare === '' || dateToken.test(bare);
}

const dateLineLabel = /^(?:first |last )?(?:published|updated|posted|modified)\b/i;
const digit = /\d/;
const dateWordGap = /[\s,]+/;

/**
 * Whether `text` may end as a line of date tokens does: with a letter or a digit, the dot of "a.m.", a bracket
 * or a separator. Prose ends with a full stop or a quotation mark, so one look at the last character spares
 * counting its words.
 */
function mayEndDateLine(text: string): boolean {
	const code = text.charCodeAt(text.length - 1);
	if (code === 0x2e) return (text.charCodeAt(text.length - 2) | 0x20) === 0x6d;
	return isAsciiLetter(code) || isDigitCode(code) || code === 0x28 || code === 0x29 || code === 0x2c || isSpaceCode(code);
}

/** Where a date line goes on with when the page was updated: "November 18, 2024 2:14 PM GMT+2 Updated 3 hours ago". */
const updatedAfter = /\s(?=(?:last )?updated\b)/i;

/** A line that only dates the page: "Published 3 hours ago", "Updated at 14.41 GMT", "Tue 11 Mar 2025 14.32 GMT". */
export function isDateLine(text: string): boolean {
	if (startsWithLetter(text, 'flpum') && dateLineLabel.test(text)) return wordsIn(text, 10) <= 10 && !endsWithAny(text, '.!?');
	// The word count stops early on a long line; the digit test would scan all of it.
	if (!mayEndDateLine(text)) return false;
	const words = wordsIn(text, 18);
	if (words > 18 || !digit.test(text)) return false;
	if (words <= 8) return text.split(dateWordGap).every(isDateWord);
	// Too long for one date line: perhaps a date line and then its update, each a date line of its own.
	const updated = text.search(updatedAfter);
	return updated > 0 && isDateLine(text.slice(0, updated)) && isDateLine(text.slice(updated + 1));
}

/** A separator after which a date line goes on with other furniture: "17 May 2025 | compiled from …", "March 4, 2025 · 5 min read". */
const furnitureSeparator = /\s[|·•]\s/;
/** How far into a line a date runs before its separator. */
const maxDateLength = 60;
/** A line of furniture is short: a paragraph of prose is not looked into. */
const maxDatedLineLength = 160;

/** The date a line opens with, when furniture follows it after a separator ("Saturday, 17 May 2025 | …"); otherwise null. */
export function dateBeforeSeparator(text: string): string | null {
	// Furniture is short and does not end like a sentence.
	if (text.length > maxDatedLineLength || endsWithAny(text, '.!?"”')) return null;
	const separator = text.slice(0, maxDateLength).search(furnitureSeparator);
	if (separator < 0) return null;
	const date = text.slice(0, separator);
	return isDateLine(date) ? date : null;
}

/** At most this many words stand before the date on a byline or a label line ("Marta Kowalczyk Sep 14, 2025"). */
const maxFurnitureWords = 6;
/** What ends a label or a section name before a date: "Date:", "Explainers ·", "Roman Petrenko, Oleh Pavliuk —". */
const beforeDateMark = /[:—–·|•-]$/;
const bylineWord = /^(?:\p{Lu}[\p{L}'’.-]*,?|by|and|&)$/u;

/**
 * The date a line of furniture ends with, after a byline, a label or a section name: "Marta Kowalczyk Sep 14, 2025",
 * "Date: 10 October 2025", "Explainers · 3:48 pm, October 2, 2025", "Roman Petrenko, Oleh Pavliuk — Thursday, 14 August
 * 2025, 12:18". Null for anything else, a sentence that ends with a date above all.
 */
export function dateAfterFurniture(text: string): string | null {
	if (text.length > maxDatedLineLength || endsWithAny(text, '.!?"”')) return null;
	// Most lines do not end with a date word: one look at the last word spares splitting them.
	if (!isDateWord(text.slice(text.lastIndexOf(' ') + 1))) return null;
	const words = text.split(' ');
	let start = words.length;
	while (start > 0 && isDateWord(words[start - 1]!)) start--;
	if (start === 0 || start === words.length || start > maxFurnitureWords) return null;
	const before = words.slice(0, start);
	const furniture = beforeDateMark.test(before.at(-1)!) || before.every(word => bylineWord.test(word));
	if (!furniture) return null;
	const date = words.slice(start).join(' ');
	return isDateLine(date) ? date : null;
}

const anyChromeStart = anyOf(chromeStart);

/**
 * A chrome start, a quotation mark or a chrome phrase, in one scan. Every start pattern is anchored, so a find past
 * the first character is a quotation mark or a phrase; only a find at the first character needs telling apart.
 */
const startQuoteOrKeyword = new RegExp(`${anyChromeStart.source}|${quoteOrKeyword.source}`, 'i');

function matchesStart(text: string): boolean {
	return anyChromeStart.test(text) || isBylineOrDate(text);
}

/** A byline or a date line, alone or before a separator: furniture told by code, not by a start pattern. */
function isBylineOrDate(text: string): boolean {
	return isByline(text) || isDateLine(text) || dateBeforeSeparator(text) !== null;
}

function matchesAnywhere(text: string): boolean {
	return chromeKeyword.test(text) && anyChromeAnywhere.test(text);
}

/** At most 40 characters and a colon: what `/^[\s\S]{0,40}:$/` matches, without a regex. */
function isShortLabel(text: string): boolean {
	return text.length <= 41 && text.endsWith(':');
}

const listMarker = /^(?:[-*•·–]|\d+[.)])\s+/;

/** Whether `text` starts with a bullet (- * • · –) or a digit, as a list item does: a look at one character. */
function startsLikeListItem(text: string): boolean {
	const code = text.charCodeAt(0);
	return (code >= 0x30 && code <= 0x39) || code === 0x2d || code === 0x2a || code === 0x2022 || code === 0xb7 || code === 0x2013;
}

/** A picture credit in brackets that closes a caption: "(Governor Pavel Malkov/Telegram)". */
const bracketedCredit = /\([^()]{2,60}\/[^()]{2,40}\)$/;

/** A picture credit after a label that closes a caption. */
const creditTail = /(?:^|[.!?]\s)(?:photo(?:graph)?|image|picture|video)(?: by|:)\s[^.!?"“”]{2,80}$/i;

/** A call to act addressed to the reader, with no quotation in it. `line` is trimmed, as paragraph lines are. */
export function isChromeLine(line: string): boolean {
	// A bulleted line is judged by its text: "* For media enquiries, contact ...".
	// A replace costs far more than a look at the first character, and most lines start with a letter.
	const text = startsLikeListItem(line) ? line.replace(listMarker, '') : line;
	if (text === '') return false;
	const cue = text.search(startQuoteOrKeyword);
	// Furniture is recognised by how it starts, quotes or not ("Read also: Zelensky says Russia "dragging out" talks").
	if ((cue === 0 && anyChromeStart.test(text)) || isBylineOrDate(text)) return true;
	// A picture caption ends with its credit: "... in Ryazan, Russia. (Governor Pavel Malkov/Telegram)".
	// (The pattern is tried at every "(" of the line, so only a line that ends with ")" is tried at all.)
	if (endsWithAny(text, ')') && bracketedCredit.test(text) && !quoteMarks.test(text)) return true;
	// So does one that names it after a label: "Oleksandr Syrskyi. Photo: General Staff of the Armed Forces".
	if (!endsWithAny(text, '.!?"”') && creditTail.test(text)) return true;
	// Without a chrome phrase no pattern below can match, and a line without quotation marks gets no further.
	if (cue === -1) return false;
	// A chrome phrase starts with a letter; a quotation mark found first saves looking for one.
	const phraseFound = isAsciiLetter(text.charCodeAt(cue));
	const quoted = !phraseFound || quoteMarks.test(text);
	if (quoted && !isShortLabel(text)) {
		// Article sentences quote people; chrome rarely does. Only the shortest prompts still count.
		return wordsIn(text, 6) <= 6 && matchesAnywhere(text);
	}
	// A phrase already found needs no second scan for one.
	return phraseFound ? anyChromeAnywhere.test(text) : matchesAnywhere(text);
}

/**
 * Where the page's footer begins: everything from such a line to the end is furniture
 * (link lists, comment threads, feedback widgets).
 */
const tailMarker =
	/^(?:related(?: (?:articles|stories|topics|content|coverage))?|more on this (?:story|topic)|more (?:(?:stories|articles|news) (?:from|by|on)|from)\b.*|explore more(?: on these topics)?|reuse this content|share this (?:page|article|story)|is this page useful\??|comments?(?: \([\d,.]+\))?|most (?:read|popular|viewed)|read more|see also|you may also like|recommended(?: for you)?|updates to this page|-?\s?ends\s?-?|#{3}|-\s?30\s?-|_{3,}|[-—–]{3,})$/i;

/** Whether a (trimmed) line starts the footer. */
export function isTailMarker(line: string): boolean {
	return tailMarker.test(line);
}

/** Furniture that introduces a link list, as opposed to a clause that introduces content ("The package includes:"). */
export function isFurnitureLabel(line: string): boolean {
	return matchesStart(line.endsWith(':') ? line.slice(0, -1) : line);
}

/** Quotations closed on the line: what the publisher quotes is not its own voice. */
const closedQuotations = /"[^"]*"|“[^“”]*”|«[^«»]*»|„[^„“”]*[“”]/g;

const ownVoice = /\b(?:[Ww]e|[Oo]ur|us)\b/;

/** The publisher speaking about itself: "we", "our", "us" outside quotation marks (a quote left open hides the rest). */
export function isPublisherVoice(line: string): boolean {
	const own = line.replace(closedQuotations, ' ');
	// Case matters: "US delegations" is the United States, not the publisher.
	return !quoteMarks.test(own) && ownVoice.test(own);
}

/** A short label that introduces a list or an embed: "Related:", "Read more:", "Bonus video:". */
export function isListLabel(line: string): boolean {
	return endsWithAny(line, ':') && wordsIn(line, 4) <= 4;
}

const listItem = /^\s*(?:[-*•·–]|\d+[.)])\s+\S/;

/** An item of a link list: bulleted, or a short line without closing punctuation. */
export function isListItem(line: string): boolean {
	return listItem.test(line);
}
