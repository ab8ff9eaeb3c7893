import {type Binding, type KeyContext, keyLabel, keymap} from './keymap.js';

/** Where each context applies, as a reader of docs/keys.md would say it. */
export const contextNames: Readonly<Record<KeyContext, string>> = {
	always: 'Everywhere',
	global: 'Everywhere except while typing a filter',
	dashboard: 'Dashboard',
	filtered: 'Dashboard with a filter set',
	list: 'Any list (dashboard panes, speakers, sources of a merged item)',
	quotes: 'Quotes',
	detail: 'A view opened from the dashboard',
	source: 'Source view',
	filter: 'While typing a filter',
	help: 'Help overlay',
	'too-small': 'A terminal too small for the dashboard',
};

export function keysCell(binding: Binding): string {
	return binding.keys.map(key => `\`${keyLabel(key)}\``).join(', ');
}

/** docs/keys.md: the keymap as tables, one per context, in keymap order. */
export function keysMarkdown(): string {
	const out = [
		'# Keys',
		'',
		'Generated from `source/ui/keymap.ts`, the table the dashboard itself uses for input, its footer and',
		'its `?` help overlay. Update with `UPDATE_KEYS_DOC=1 npx vitest run test/ui/keymap.test.ts`.',
	];
	for (const context of Object.keys(contextNames) as KeyContext[]) {
		const bindings = keymap.filter(binding => binding.contexts.includes(context));
		if (bindings.length === 0) continue;
		out.push('', `## ${contextNames[context]}`, '', '| Keys | Action |', '| --- | --- |');
		for (const binding of bindings) out.push(`| ${keysCell(binding).replaceAll('|', '\\|')} | ${binding.description} |`);
	}
	return `${out.join('\n')}\n`;
}
