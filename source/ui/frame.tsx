import {Box, Text} from 'ink';
import type {ReactNode} from 'react';
import {type Box as Size, contentBox} from './layout.js';
import {spread} from './text.js';
import {useTone} from './theme.js';

export interface FrameProps {
	readonly title: string;
	/** Right side of the title row: "12/48". */
	readonly status?: string;
	readonly box: Size;
	/** The focused frame has a heavy border and a "›" before its title, not only a colour. */
	readonly focused: boolean;
	readonly children?: ReactNode;
}

/** A bordered pane with a title row; children get `contentBox(box)` below the title. */
export function Frame({title, status = '', box, focused, children}: FrameProps) {
	const tone = useTone();
	const inner = contentBox(box);
	return (
		<Box
			flexDirection="column"
			width={box.width}
			height={box.height}
			borderStyle={focused ? 'bold' : 'round'}
			borderColor={focused ? tone('accent') : tone('muted')}
			paddingX={1}
			// Only rows are clipped: every line inside is already cut to the width (fit, truncate-end), and
			// clipping sideways would have Ink measure and re-slice each of them on every frame.
			overflowY="hidden"
		>
			<Text bold={focused} wrap="truncate-end">
				{spread(`${focused ? '› ' : ''}${title}`, status, inner.width)}
			</Text>
			{children}
		</Box>
	);
}
