import {memoised} from '../memo.js';

/**
 * What a number counts, judged from the noun after it: people, things, lengths of time, measures.
 */

function wordSet(words: string): ReadonlySet<string> {
	return new Set(words.toLowerCase().split(/\s+/).filter(Boolean));
}

/** Nouns (and noun-like participles) that count people: the figure's unit is then `people`. */
export const peopleNouns = wordSet(`
	people persons individuals troops soldiers servicemen servicemembers servicewomen personnel fighters militants
	mercenaries conscripts recruits reservists volunteers draftees combatants forces guards commandos paratroopers
	marines sailors pilots officers commanders generals crew crews civilians residents inhabitants citizens refugees
	evacuees migrants displaced asylum-seekers casualties killed dead wounded injured missing deaths fatalities
	victims survivors bodies lives prisoners detainees hostages captives deserters pows inmates men women children
	boys girls babies infants minors adults elderly pensioners workers employees staff miners doctors nurses medics
	journalists reporters students pupils patients voters protesters demonstrators Ukrainians Russians Koreans
	Belarusians Americans Britons Europeans Poles Georgians Chechens foreigners nationals
	officials sources diplomats experts analysts lawmakers legislators senators MPs deputies ministers leaders
	spokespeople negotiators observers inspectors monitors investigators
`);

/** People who report rather than who are counted: "two officials told Reuters" is attribution, not a figure. */
export const reportingNouns = wordSet(`
	officials sources diplomats experts analysts lawmakers legislators senators MPs deputies ministers leaders
	spokespeople negotiators observers inspectors monitors investigators journalists reporters
`);

/** Countable things that make a figure worth reporting: weapons, units, places, infrastructure, events. */
export const thingNouns = wordSet(`
	drones uavs missiles rockets shells rounds bombs munitions warheads projectiles grenades mines interceptors
	weapons arms guns howitzers cannons mortars launchers systems batteries tanks vehicles apcs ifvs armoured
	jets aircraft planes warplanes fighters bombers helicopters ships vessels warships boats submarines frigates
	brigades battalions divisions regiments companies units corps squads platoons armies
	regions oblasts provinces districts territories countries nations states members allies cities towns villages
	settlements communities hamlets municipalities neighbourhoods neighborhoods front fronts frontlines positions
	buildings homes houses apartments flats schools hospitals clinics churches bridges roads railways dams
	plants factories facilities sites substations reactors stations depots warehouses airfields airports ports
	bases refineries pipelines lines networks grids locations
	attacks strikes airstrikes raids assaults offensives explosions blasts shelling clashes battles skirmishes
	incidents violations crimes cases charges sanctions packages tranches deals agreements contracts
	pledges loans grants resolutions votes seats
	tonnes tons barrels containers trucks lorries trains wagons convoys shipments consignments parcels
	projects programmes programs measures steps points proposals demands conditions
`);

/** Lengths of time: "two weeks", "30 days" are durations, not key figures. */
export const timeNouns = wordSet(`
	second seconds minute minutes hour hours day days night nights week weeks weekend weekends fortnight fortnights
	month months year years decade decades century centuries term terms times min mins hrs secs
`);

/** Measures that are neither money, people, counts nor distances: the unit is then `other`. */
export const measureNouns = wordSet(`
	tonnes tons tonne ton kilograms kg kilogrammes pounds lbs barrels litres liters gallons megawatts gigawatts mw gw
	kw kwh mwh gwh twh hectares acres metres meters m feet ft yards bcm degrees
`);

const modifierStops = wordSet(`
	the a an of in on at to for from with by about over under into onto across along against among between through
	toward towards near inside outside within without per via after before since until during despite and or but nor
	so yet as than that which who whom whose when where while if because is are was were be been being am has have
	had do does did will would shall should can could may might must it its they he she we you i them their his her
	our not no more less also now already still only just said says say told more most times time
`);

/** `word` in lower case; a word already in lower case ASCII, as most are, is returned without a copy. */
export function lowerCase(word: string): string {
	for (let index = 0; index < word.length; index++) {
		const code = word.charCodeAt(index);
		if ((code >= 65 && code <= 90) || code >= 0x80) return word.toLowerCase();
	}
	return word;
}

export type NounKind = 'people' | 'thing' | 'time' | 'measure';

function kindOf(lower: string): NounKind | undefined {
	if (timeNouns.has(lower)) return 'time';
	if (measureNouns.has(lower)) return 'measure';
	if (peopleNouns.has(lower)) return 'people';
	if (thingNouns.has(lower)) return 'thing';
	return undefined;
}

/** What the noun lists say of one spelling; a figure's neighbours are asked both questions, often several times. */
const wordFacts = memoised((word: string): {readonly kind: NounKind | undefined; readonly modifier: boolean} => {
	const lower = word.toLowerCase();
	return {kind: kindOf(lower), modifier: /^[\p{L}][\p{L}\p{N}'’-]*$/u.test(word) && !modifierStops.has(lower)};
});

/** The kind of a noun, from its lower-case form, or undefined for a noun not on any list. */
export function nounKind(word: string): NounKind | undefined {
	return wordFacts(word).kind;
}

/** Words that can sit between a number and the noun it counts: "four new arms plants", "10,000 North Korean soldiers". */
export function isModifierWord(word: string): boolean {
	return wordFacts(word).modifier;
}
