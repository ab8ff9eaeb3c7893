/**
 * Articles that carry a payload in every place text reaches the screen from: the title line, a front-matter
 * title, a quotation, a speaker's name, a figure, a dated development, and the file name itself.
 */
import {mkdirSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import type {Payload} from './payloads.js';

export const placements = ['title line', 'front matter title', 'quote', 'speaker', 'figure', 'development', 'JSON title and body', 'file name'] as const;
export type Placement = (typeof placements)[number];

/** A plain-text article with `payload` in its title line, a quote, a speaker's name, a figure and a dated event. */
export function hostileText(payload: Payload, placementsUsed: readonly Placement[] = placements): string {
	const at = (placement: Placement) => (placementsUsed.includes(placement) ? payload.text : '');
	return [
		`Kyiv ${at('title line')}braces for winter as strikes hit the grid`,
		`“We will not ${at('quote')}give up our land,” Ukrainian President Volodymyr ${at('speaker')}Zelensky said on Tuesday.`,
		`Officials said as many as 10,${at('figure')}000 North Korean soldiers were stationed in Russia’s Kursk region.`,
		`On 4 November 2024, Russian forces ${at('development')}launched 90 drones at Kharkiv, the regional governor said.`,
		'The attack damaged power lines and left 40,000 homes without electricity, according to the energy ministry.',
	].join('\n');
}

/** A Markdown article whose front-matter title smuggles the payload in through a YAML escape. */
export function hostileMarkdown(payload: Payload): string {
	return `---\ntitle: ${escapedString(`Front line ${payload.text}holds near Pokrovsk`)}\nsource: Kyiv Wire\npublished: 2024-11-05\n---\n\n${hostileText(payload, [])}\n`;
}

/** A double-quoted string every control of which is a `\\u` escape: valid as JSON and as YAML. */
function escapedString(text: string): string {
	return JSON.stringify(text).replace(/[\u007F-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069\u061C]/g, char => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** A JSON export whose escapes decode to the payload in the title and the body. */
export function hostileJson(payload: Payload): string {
	return `{"title": ${escapedString(`Drone attack ${payload.text}on Odesa`)}, "source": "Wire", "content": ${escapedString(hostileText(payload, ['quote', 'figure']))}}`;
}

/** File names with the payload in them: as UTF-8, and (for C1 controls) as the raw invalid byte. */
export function hostileFileName(payload: Payload, index: number): Buffer {
	const stem = Buffer.from(`name-${index}-${payload.text.replaceAll('/', '∕').replaceAll('\u0000', '')}`, 'utf8');
	return Buffer.concat([stem, Buffer.from('.txt')]);
}

/** The folder `writeHostileCorpus` puts one payload's articles in. */
export function payloadFolder(index: number): string {
	return `p-${String(index).padStart(2, '0')}`;
}

/** Writes every payload in every placement, one folder per payload; returns how many payload placements it holds. */
export function writeHostileCorpus(root: string, payloads: readonly Payload[]): number {
	for (const [index, payload] of payloads.entries()) {
		const folder = join(root, payloadFolder(index));
		mkdirSync(folder);
		writeFileSync(join(folder, 'text.txt'), hostileText(payload));
		writeFileSync(join(folder, 'front.md'), hostileMarkdown(payload));
		writeFileSync(join(folder, 'export.json'), hostileJson(payload));
		writeFileSync(Buffer.concat([Buffer.from(`${folder}/`), hostileFileName(payload, index)]), hostileText(payload, []));
	}
	// A file name with raw 8-bit CSI and OSC bytes: invalid UTF-8, as a Latin-1 scraper would write it.
	writeFileSync(Buffer.concat([Buffer.from(`${root}/raw-c1-`), Buffer.from([0x9b, 0x32, 0x4a, 0x9d]), Buffer.from('0;pwned.txt')]), hostileText(payloads[0]!, []));
	// A path with a newline and a bidi override, in a directory whose name has an ESC and a C1 CSI.
	const directory = join(root, 'dir-\u001B[31m-\u009B2J');
	mkdirSync(directory);
	writeFileSync(join(directory, 'line\nbreak-\u202Etxt.exe.txt'), hostileText(payloads[0]!, []));
	return payloads.length * placements.length + 2;
}
