import {Box, Text} from 'ink';
import {sourceLabel} from '../brief/sourceLabel.js';
import type {SourceGeometry} from './activeView.js';
import {displayLine} from '../text/displayLine.js';
import {Frame} from './frame.js';
import {type Layout, viewBox} from './layout.js';
import {segmentLine, sourceTop} from './sourceLines.js';
import type {View} from './state.js';
import {spread} from './text.js';
import {useTone} from './theme.js';

export interface SourceViewProps {
	readonly view: Extract<View, {kind: 'source'}>;
	readonly geometry: SourceGeometry | null;
	readonly layout: Layout;
}

/**
 * The article, scrolled to the finding: its sentence in bold, the exact span in inverse, and a "›" in
 * the gutter of every line the span is on, so it stands out without colour.
 */
export function SourceView({view, geometry, layout}: SourceViewProps) {
	const tone = useTone();
	const box = viewBox(layout);
	const {mentions, label} = view.target;
	const status = mentions.length > 1 ? `mention ${view.mention + 1}/${mentions.length} · n/N` : '';
	if (geometry === null) {
		return (
			<Frame title={label} box={box} focused>
				<Text>The article is no longer loaded.</Text>
			</Frame>
		);
	}
	const {article, lines, anchorLine, box: textBox} = geometry;
	const mention = mentions[view.mention] ?? mentions[0];
	const sentence = mention?.sentence ?? {start: 0, end: 0};
	const span = mention?.span ?? {start: 0, end: 0};
	const top = sourceTop(anchorLine, view.scroll, lines.length, textBox.height);
	const about = `${sourceLabel(article)} · ${article.title} · ${article.published ?? 'date unknown'}`;
	return (
		<Frame title={label} status={status} box={box} focused>
			<Text wrap="truncate-end" color={tone('muted')}>
				{spread(about, `line ${top + 1}/${lines.length}`, textBox.width + 2)}
			</Text>
			{lines.slice(top, top + textBox.height).map(line => {
				const marked = line.start < span.end && line.end > span.start;
				return (
					<Box key={line.start}>
						<Text color={tone('accent')}>{marked ? '› ' : '  '}</Text>
						<Text wrap="truncate-end">
							{segmentLine(article.text, line, sentence, span).map((segment, i) => (
								<Text key={i} bold={segment.mark !== 'none'} inverse={segment.mark === 'span'}>
									{displayLine(segment.text)}
								</Text>
							))}
						</Text>
					</Box>
				);
			})}
		</Frame>
	);
}
