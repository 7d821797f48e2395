import { Box, Text } from 'ink';
import { cutText } from '../cut-text.js';
import { sparklineParts } from '../sparkline-parts.js';

export interface SparklineProps {
  title: string;
  labels: string[];
  values: number[];
  width: number;
}

/** A series in one line of block characters, with its range and its ends. */
export function Sparkline({ title, labels, values, width }: SparklineProps) {
  const { line, ends, range } = sparklineParts(labels, values, width);
  return (
    <Box flexDirection="column">
      <Text dimColor>{cutText(title, width)}</Text>
      <Text color="cyan">{line}</Text>
      <Text dimColor>{ends}</Text>
      <Text dimColor>{range}</Text>
    </Box>
  );
}
