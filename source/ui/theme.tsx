import {createContext, useContext} from 'react';

/** Colours add emphasis only: every meaning they carry is also in the text (markers, words) or in inverse/bold. */
export const palette = {
	accent: 'cyan',
	speaker: 'yellow',
	muted: 'gray',
	fresh: 'green',
	conflict: 'red',
} as const;

export type Tone = keyof typeof palette;

const ColorContext = createContext(true);

/** Turns colour on or off for everything below it (off under NO_COLOR). */
export const ColorProvider = ColorContext.Provider;

/** A colour for Ink's `color` props, or undefined when colour is off. */
export function useTone(): (tone: Tone | undefined) => string | undefined {
	const on = useContext(ColorContext);
	return tone => (on && tone !== undefined ? palette[tone] : undefined);
}
