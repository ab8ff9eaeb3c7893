/**
 * Word lists that tell a sentence reporting an event from background, opinion and chrome.
 * Verbs are listed by stem (see `verbStem`), so one entry covers every inflection.
 */

/** Strips the regular verb endings, so "launches", "launched" and "launching" all become "launch". */
function verbStem(word: string): string {
	if (word.length > 5 && word.endsWith('ing')) return word.slice(0, -3);
	if (word.length > 4 && word.endsWith('ied')) return `${word.slice(0, -3)}y`;
	if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
	if (word.length > 4 && word.endsWith('ed')) return word.slice(0, -2);
	if (word.length > 4 && /(?:ss|sh|ch|x|z)es$/.test(word)) return word.slice(0, -2);
	if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
	return word;
}

// Stems as `verbStem` leaves them: "launch" for launched/launching, "confirm", "sign", and the
// e-dropped forms ("announc" for announced/announcing, "announce" for announce/announces).
const eventStemList = [
	'accept', 'accus', 'accuse', 'acknowledg', 'acknowledge', 'adopt', 'advanc', 'advance', 'agree', 'allocat', 'allocate', 'announc',
	'announce', 'appoint', 'approv', 'approve', 'arrest', 'arriv', 'arrive', 'assembl', 'assemble', 'attack', 'ban', 'bann',
	'begun', 'block', 'taken', 'bolster', 'bomb', 'call', 'captur', 'capture', 'clash', 'condemn', 'confirm', 'congratulat',
	'congratulate', 'contribut', 'contribute', 'criticis', 'criticise', 'criticiz', 'criticize', 'cut', 'declar', 'declare',
	'declin', 'decline', 'deliver', 'demand', 'deny', 'deni', 'deploy', 'destroy', 'detain', 'dial', 'die', 'discuss', 'dismiss',
	'downgrad', 'downgrade', 'elect', 'endors', 'endorse', 'engag', 'engage', 'evacuat', 'evacuate', 'exclud', 'exclude',
	'expel', 'expell', 'expedit', 'expedite', 'explod', 'explode', 'extend', 'fir', 'fire', 'fled', 'freez', 'freeze', 'froze',
	'gather', 'halt', 'held', 'hit', 'impos', 'impose', 'injur', 'injure', 'intercept', 'invad', 'invade', 'invit', 'invite',
	'kill', 'launch', 'liberat', 'liberate', 'lost', 'met', 'mobilis', 'mobilise', 'mobiliz', 'mobilize', 'nominat',
	'nominate', 'occupi', 'occupy', 'open', 'order', 'outlin', 'outline', 'pass', 'pledg', 'pledge', 'promis', 'promise',
	'propos', 'propose', 'provid', 'provide', 'receiv', 'receive', 'recaptur', 'recapture', 'reject', 'releas', 'release',
	'resign', 'resum', 'resume', 'retak', 'retake', 'retook', 'retreat', 'rush', 'seiz', 'seize', 'sent',
	'shell', 'shorten', 'shot', 'sign', 'signal', 'sold', 'spoke', 'spoken', 'start', 'station', 'stop', 'stopp', 'struck',
	'strike', 'summon', 'suspend', 'swor', 'sworn', 'target', 'threaten', 'took', 'train', 'transferr',
	'unveil', 'urg', 'urge', 'veto', 'visit', 'vot', 'vote', 'vow', 'warn', 'withdr', 'withdraw', 'withdrew', 'won', 'wound',
	// Plans and expectations are events that will happen.
	'aim', 'plan', 'plann', 'expect', 'intend', 'prepar', 'prepare', 'set', 'schedul', 'schedule',
	// Verbs of a report's substance: estimates, findings, ongoing military action.
	'estimat', 'estimate', 'fight', 'fought', 'begin', 'began', 'explor', 'explore', 'express', 'voic', 'voice', 'gain', 'seek',
	'sought', 'endur', 'lift', 'rais', 'raise', 'reduc', 'reduce', 'increas', 'increase', 'fell', 'grew', 'rose', 'occur', 'occurr',
	'risen', 'suffer', 'averag', 'average', 'reach', 'rise', 'weaken', 'strengthen', 'climb', 'slump', 'surg', 'surge', 'ask',
	'offer',
	// Operations and front-line movement: "carried out strikes", "pushed Russian troops back".
	'carry', 'push',
] as const;

// Saying is an event when nothing else in the sentence is: "X said that Y".
const reportingStemList = [
	'say', 'said', 'told', 'tell', 'stat', 'state', 'add', 'claim', 'report', 'insist', 'note', 'suggest', 'indicat',
	'indicate', 'maintain', 'reveal', 'write', 'wrote', 'admitt', 'admit', 'quot', 'quote',
] as const;

/**
 * Every word whose `verbStem` is one of `stems`: the stem and its regular endings, kept where `verbStem`
 * takes them back to it. Listing the words themselves lets a scanner recognise them letter by letter.
 */
function inflections(stems: readonly string[]): ReadonlySet<string> {
	const words = new Set<string>();
	for (const stem of stems) {
		const yStem = stem.endsWith('y') ? stem.slice(0, -1) : null;
		const candidates = [stem, `${stem}s`, `${stem}es`, `${stem}ed`, `${stem}ing`, ...(yStem === null ? [] : [`${yStem}ied`, `${yStem}ies`])];
		for (const word of candidates) if (verbStem(word) === stem) words.add(word);
	}
	return words;
}

/**
 * Verbs counted only in the forms that are verbs: the past of those whose other forms are as often nouns ("a border
 * crossing", "the host", "a warm welcome"), not of those read as adjectives ("damaged buildings"); the present of
 * "continue", whose past is as often an adjective ("continued support").
 */
const eventVerbForms = ['crossed', 'crashed', 'hosted', 'greeted', 'welcomed', 'exchanged', 'dropped', 'refused', 'repelled', 'continues'];

/** Event verbs in every inflection, in lower case. */
export const eventVerbs: ReadonlySet<string> = new Set([...inflections(eventStemList), ...eventVerbForms]);
/** Verbs of saying in every inflection, in lower case. */
export const reportingVerbs = inflections(reportingStemList);

/** Who acts in the news without being named: "officials said", "the army launched". */
export const actorNouns: ReadonlySet<string> = new Set([
	'official', 'officials', 'minister', 'ministry', 'president', 'spokesman', 'spokeswoman', 'spokesperson', 'army',
	'military', 'forces', 'troops', 'soldiers', 'government', 'administration', 'authorities', 'governor', 'mayor',
	'commander', 'parliament', 'lawmakers', 'senate', 'congress', 'prosecutors', 'police', 'court', 'leaders', 'leader',
	'allies', 'diplomat', 'diplomats', 'envoy', 'ambassador', 'general', 'chief', 'secretary', 'council', 'agency', 'navy',
	'units', 'brigade', 'analysts', 'experts', 'observers', 'monitors', 'investigators', 'nations', 'countries', 'personnel', 'sources', 'source', 'residents', 'rescuers', 'operators', 'chancellor', 'premier',
]);

/**
 * Connectives and scene-setters that open a sentence without adding to the event ("Meanwhile, ..."), matched
 * where `lastIndex` says: sticky, the pattern is tried there alone, where one anchored with ^ was tried along
 * the whole sentence.
 */
export const leadingClutter =
	/(?:(?:update|updated|breaking|latest|analysis|details|background|context|reminder)\s*:\s*|(?:(?:and|but|so|yet|also)\s+)|(?:meanwhile|however|additionally|moreover|furthermore|nevertheless|nonetheless|still|separately|elsewhere|in addition|in response|in turn|at the same time|on another front|on the other hand|as a result|amid (?:these|the|this) \w+|despite (?:these|this|the) \w+|earlier|later|overall|indeed|notably|importantly|instead|then),\s+)+/iy;

/** An outlet's label for what the story recalls, not reports ("Background: On 19 November, …"). */
export const backgroundLabel = /^(?:background|context|reminder)\s*:\s/i;

/** Words that open a sentence by pointing back instead of naming who acted. */
export const anaphoricStart =
	/^(?:he|she|they|it|this|that|these|those|there|both the|the (?:officials?|report|statement|move|decision|comments?|remarks?|two|leaders)|one of (?:the|them)\b[^,]*)\b/i;

/** Speculation and editorial voice: the sentence is about what might be, or what the writer thinks. */
export const hedgeWords = /\b(?:may|might|could|would|should|perhaps|possibly|arguably)\b/i;
export const firstPerson = /\b(?:I|we|We|our|Our|us|my|My)\b/;
export const secondPerson = /\b(?:you|your|You|Your)\b/;
export const evaluative =
	/\b(?:underscores?|illustrates?|(?:is|are|was|were|be|remains?|seems?|looks?) (?:\w+ )?(?:clear|unclear|critical|crucial|vital|dire|precarious|limited|tangled|open|hopeful|uncertain|skeptical|sceptical|optimistic|pessimistic|worried|concerned)|it(?:['’]s| is) an? |hopeful sign|appears? (?:willing|to be)|seems?)\b/i;
/** Speech reported of someone named only by a pronoun: a continuation of the paragraph before. */
export const pronounAttribution = /\b(?:he|she|they)\s+(?:said|says|added|told|noted|stated|wrote|insisted)\b/i;
/** Reporting that something was not said: "did not say whether", "declined to comment". */
export const nonReport = /\b(?:did not (?:say|provide|comment|specify|elaborate)|declined to (?:comment|elaborate|say)|would not (?:say|comment)|no further details)\b/i;
/** Site chrome that survived cleaning and opens the sentence: calls to action, credits. */
export const chromeOpening =
	/^(?:(?:subscribe|sign (?:up|in)|read more|click|follow us|watch|listen|related|share|advertisement|download|join|log in|register|welcome (?:back )?to)\b|note\s*:|\(?(?:additional )?(?:reporting|writing|editing) by\b)/i;
/** Site chrome that survived cleaning, anywhere in the sentence. */
export const chromeWord = /\b(?:newsletter|cookies?|inbox|paywall|subscription|bookmark)\b/i;
/**
 * A main clause that says what did not happen or is not known ("Reuters could not verify", "ISW has not
 * observed", "Ukraine has not commented") reports no event of its own.
 */
export const negatedMain = /(?:\b(?:not|never|no longer)|n['’]t)\b(?! (?:rul(?:e|ed|ing) out|just|only|merely)\b)/i;
/** Background: the sentence tells of the past in general, not of one event. */
export const background = /\b(?:previously|has long|have long|for years|for decades|under the \w+ administration|historically|traditionally)\b/i;
/** History and habit: "has long insisted", "have repeatedly said" tell of no particular day. */
export const habitual = /\b(?:(?:has|have|had) long|repeatedly|consistently|always|never|often|previously)\b/i;
/** A time of its own that is no day ("since 2022", "in the third quarter", "weeks ago"): the sentence is not dated by the publication day or the report before. */
export const ownTime = /\b(?:(?:19|20)\d\d|quarter|ago|earlier|previously|last)\b/;
/** Words that name the time of the event: "yesterday", "last week", "on Monday", "in June" (but not "in February 2022", a time in history). */
export const timeCue =
	/\b(?:yesterday|today|tonight|overnight|this (?:morning|afternoon|evening|week)|last (?:night|week|month|year|\w+day)|on (?:mon|tues|wednes|thurs|fri|satur|sun)day|earlier this \w+|recently|in (?:january|february|march|april|may|june|july|august|september|october|november|december)(?!,? \d{4}))\b/i;

/**
 * For each cue pattern run word by word, the words one of which every match holds, in lower case: a
 * pattern need only run on a sentence that has one of them as a run of ASCII letters of its own (the
 * patterns' words are ASCII, and `\b` holds only where a run of letters starts or ends). The patterns stay
 * the judges: these words only tell where they cannot match.
 */
export const cueWords = {
	secondPerson: ['you', 'your'],
	firstPerson: ['i', 'we', 'our', 'us', 'my'],
	hedge: ['may', 'might', 'could', 'would', 'should', 'perhaps', 'possibly', 'arguably'],
	background: ['previously', 'long', 'years', 'decades', 'administration', 'historically', 'traditionally'],
	habitual: ['long', 'repeatedly', 'consistently', 'always', 'never', 'often', 'previously'],
	evaluative: [
		'underscore', 'underscores', 'illustrate', 'illustrates', 'seem', 'seems', 'appear', 'appears', 'clear', 'unclear', 'critical', 'crucial', 'vital',
		'dire', 'precarious', 'limited', 'tangled', 'open', 'hopeful', 'uncertain', 'skeptical', 'sceptical', 'optimistic', 'pessimistic',
		'worried', 'concerned',
	],
	// "n't" holds the run "t".
	negation: ['not', 'never', 'longer', 't'],
	chrome: ['newsletter', 'cookie', 'cookies', 'inbox', 'paywall', 'subscription', 'bookmark'],
	time: [
		'yesterday', 'today', 'tonight', 'overnight', 'recently', 'last', 'earlier', 'morning', 'afternoon', 'evening', 'week', 'monday',
		'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july',
		'august', 'september', 'october', 'november', 'december',
	],
	// Its years are digits, which the scan notes apart from words.
	ownTime: ['quarter', 'ago', 'earlier', 'previously', 'last'],
} as const satisfies Record<string, readonly string[]>;

/** Cues whose every match also holds two runs of letters in a row, one of `leads` and then one of `follows` ("did not", "it is"). */
export const cuePairs = {
	evaluative: {leads: ['it'], follows: ['is', 's']},
	nonReport: {leads: ['did', 'would', 'declined', 'no'], follows: ['not', 'to', 'further']},
} as const;
