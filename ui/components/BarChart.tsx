import { Box, Text } from 'ink';
import { cutText, padEnd, padStart, textWidth } from '../cut-text.js';
import { formatValue } from '../../src/output/format-value.js';

export interface BarChartProps {
  title: string;
  labels: string[];
  values: number[];
  width: number;
  maxBars?: number;
}

/** Horizontal bars for a breakdown: one line per category, scaled to the largest value. */
export function BarChart({ title, labels, values, width, maxBars = 12 }: BarChartProps) {
  const count = Math.min(labels.length, maxBars);
  const shownLabels = labels.slice(0, count);
  const shownValues = values.slice(0, count);
  const valueTexts = shownValues.map((value) => formatValue(value));
  const labelWidth = Math.min(14, Math.max(...shownLabels.map(textWidth)));
  const valueWidth = Math.max(...valueTexts.map(textWidth));
  const barWidth = Math.max(4, width - labelWidth - valueWidth - 2);
  const max = Math.max(0, ...shownValues);
  return (
    <Box flexDirection="column">
      <Text dimColor>{cutText(title, width)}</Text>
      {shownLabels.map((label, i) => {
        const length = max > 0 ? Math.max(0, Math.round((shownValues[i]! / max) * barWidth)) : 0;
        return (
          <Text key={i}>
            {padEnd(cutText(label, labelWidth), labelWidth)} <Text color="cyan">{padEnd('█'.repeat(length), barWidth)}</Text>{' '}
            {padStart(valueTexts[i]!, valueWidth)}
          </Text>
        );
      })}
      {labels.length > count && <Text dimColor>{`+${labels.length - count} more`}</Text>}
    </Box>
  );
}
