import { Box, Text } from 'ink';
import { barChartRows } from '../bar-chart-rows.js';
import { cutText } from '../cut-text.js';

export interface BarChartProps {
  title: string;
  labels: string[];
  values: number[];
  width: number;
  maxBars?: number;
}

/** Horizontal bars for a breakdown: one line per category, scaled to the largest value. */
export function BarChart({ title, labels, values, width, maxBars = 12 }: BarChartProps) {
  const { rows, hidden } = barChartRows(labels, values, width, maxBars);
  return (
    <Box flexDirection="column">
      <Text dimColor>{cutText(title, width)}</Text>
      {rows.map((row, i) => (
        <Text key={i}>
          {row.label} <Text color="cyan">{row.bar}</Text> {row.value}
        </Text>
      ))}
      {hidden > 0 && <Text dimColor>{`+${hidden} more`}</Text>}
    </Box>
  );
}
