import {describe, expect, it} from 'vitest';
import {speechActs, SpeechVerbs} from '../../source/extract/attribution.js';
import type {Span} from '../../source/model.js';

/** The verbs of the acts found in `stretches` of a one-sentence text. */
function verbs(text: string, stretches: readonly Span[], found = new SpeechVerbs(text)): string[] {
	return speechActs(text, {start: 0, end: text.length}, stretches, found).map(act => /^[a-z]+(?: to)?/.exec(text.slice(act.at))![0]);
}

describe('speech verbs found stretch by stretch', () => {
	it('reads only the stretches outside quotation marks', () => {
		const text = 'Peskov said “Kyiv said no” and Lavrov added that the talks were over.';
		expect(verbs(text, [{start: 0, end: text.indexOf('“')}, {start: text.indexOf('”') + 1, end: text.length}])).toEqual(['said', 'added']);
	});

	it('reads a stretch on its own at its edges: a hyphen beyond its end does not count', () => {
		const text = 'Officials said-so, the ministry said.';
		expect(verbs(text, [{start: 0, end: text.length}])).toEqual(['said']);
		expect(verbs(text, [{start: 0, end: text.indexOf('-')}])).toEqual(['said']);
	});

	it('finds "according to" whole, and one text\'s verbs sentence after sentence', () => {
		const text = 'According to officials, the strike hit a depot. Nothing moved, according to Reuters.';
		const second = text.indexOf('Nothing');
		const found = new SpeechVerbs(text);
		expect(verbs(text, [{start: 0, end: second - 1}], found)).toEqual([]);
		expect(speechActs(text, {start: second, end: text.length}, [{start: second, end: text.length}], found).map(act => act.speaker.text)).toEqual(['Reuters']);
	});
});
