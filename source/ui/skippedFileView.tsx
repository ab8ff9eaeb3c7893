import {Text} from 'ink';
import {Frame} from './frame.js';
import {type Box, contentBox} from './layout.js';
import type {View} from './state.js';
import {wrapLines} from './text.js';

export interface SkippedFileViewProps {
	readonly view: Extract<View, {kind: 'skipped-file'}>;
	readonly box: Box;
}

export const reasonHeading = 'Why it was skipped:';

/** A skipped file's details in `height` rows of `width` columns: its whole path, then why it was skipped, each wrapped. */
export function skippedFileLines(path: string, reason: string, width: number, height: number): string[] {
	const pathLines = wrapLines(path, width, Math.max(1, Math.min(3, height - 3)));
	// The reason takes every row the path leaves, after a blank line and its heading.
	const reasonLines = wrapLines(reason, width, Math.max(1, height - pathLines.length - 2));
	return [...pathLines, '', reasonHeading, ...reasonLines].slice(0, Math.max(1, height));
}

/** One skipped file: the path and the reason the list cuts to its column, both whole. */
export function SkippedFileView({view, box}: SkippedFileViewProps) {
	const inner = contentBox(box);
	return (
		<Frame title="Skipped file" box={box} focused>
			{skippedFileLines(view.path, view.reason, inner.width, inner.height).map((line, i) => (
				<Text key={i} wrap="truncate-end" bold={line === reasonHeading}>
					{line === '' ? ' ' : line}
				</Text>
			))}
		</Frame>
	);
}
