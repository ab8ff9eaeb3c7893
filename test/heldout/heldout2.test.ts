import {describe, expect, it} from 'vitest';
import {buildBrief} from '../../source/brief/buildBrief.js';
import {loadArticles} from '../../source/load/loadArticles.js';

/**
 * A second held-out pair: a Reuters-style wire with capitalised section slugs and credits, and an
 * ISW-style daily assessment with bullet lists and methodology notes.
 */
const folder = 'test/fixtures/heldout2';
const loaded = await loadArticles([`${folder}/k01_reuters_wire.txt`, `${folder}/k02_isw_update.txt`]);
const brief = buildBrief(loaded);

function developmentsOf(file: string): string[] {
	const id = brief.articles.find(article => article.path.endsWith(`/${file}`))?.id;
	if (id === undefined) throw new Error(`${file} was not loaded`);
	return brief.developments.filter(development => development.articleIds.includes(id)).map(development => development.text);
}

describe('held-out styles 2: developments', () => {
	it('wire: reports strikes, sanctions and front-line claims, not what could not be verified or the credits', () => {
		const texts = developmentsOf('k01_reuters_wire.txt');
		for (const start of ['European Union ambassadors agreed a 17th package', 'Britain separately sanctioned 100 more tankers', 'State energy company Naftogaz said']) {
			expect(texts.some(text => text.startsWith(start)), start).toBe(true);
		}
		expect(texts.filter(text => /could not independently verify|Reporting by|Trust Principles/.test(text))).toEqual([]);
	});

	it('daily assessment: reports bullet takeaways and advances, not the methodology notes or what was not observed', () => {
		const texts = developmentsOf('k02_isw_update.txt');
		for (const start of ['Ukrainian forces struck an ammunition depot in Belgorod Oblast', 'Belarusian President Alexander Lukashenko met']) {
			expect(texts.some(text => text.startsWith(start)), start).toBe(true);
		}
		expect(texts.filter(text => /does not receive|has not observed|do not report/.test(text))).toEqual([]);
	});
});

describe('held-out styles 2: headlines', () => {
	it('takes the wire slugs and the assessment’s list heading as sections', () => {
		const sections = (file: string) => {
			const id = brief.articles.find(article => article.path.endsWith(`/${file}`))?.id;
			return brief.headlines.filter(headline => headline.articleId === id && headline.kind === 'section').map(headline => headline.text);
		};
		expect(sections('k01_reuters_wire.txt').length).toBe(4);
		expect(sections('k02_isw_update.txt')).toEqual(['Key Takeaways:']);
	});
});
