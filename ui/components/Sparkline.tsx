import { Box, Text } from 'ink';
import { cutText } from '../cut-text.js';
import { formatValue } from '../../src/output/format-value.js';
import { sparklineText } from '../sparkline-text.js';

export interface SparklineProps {
  title: string;
  labels: string[];
  values: number[];
  width: number;
}

/** A series in one line of block characters, with its range and its ends. */
export function Sparkline({ title, labels, values, width }: SparklineProps) {
  const cell = Math.max(1, Math.min(2, Math.floor(width / Math.max(1, values.length))));
  const line = [...sparklineText(values, Math.max(1, width))].map((tick) => tick.repeat(cell)).join('');
  const range = `min ${formatValue(Math.min(...values))} · max ${formatValue(Math.max(...values))}`;
  const ends = `${labels[0] ?? ''} → ${labels.at(-1) ?? ''}`;
  return (
    <Box flexDirection="column">
      <Text dimColor>{cutText(title, width)}</Text>
      <Text color="cyan">{line}</Text>
      <Text dimColor>{cutText(ends, width)}</Text>
      <Text dimColor>{cutText(range, width)}</Text>
    </Box>
  );
}
