import { cutText, padEnd, padStart, textWidth } from './cut-text.js';
import { formatValue } from '../src/output/format-value.js';

export interface BarChartRow {
  /** Padded to the widest shown label (at most 14 columns). */
  label: string;
  /** Block characters padded to the bar width. */
  bar: string;
  /** Right-aligned to the widest value. */
  value: string;
}

export interface BarChartRows {
  rows: BarChartRow[];
  /** Categories past maxBars, left out. */
  hidden: number;
}

/** One line per category, bars scaled to the largest value, everything fitting `width` columns. */
export function barChartRows(labels: string[], values: number[], width: number, maxBars = 12): BarChartRows {
  const count = Math.min(labels.length, maxBars);
  const shownLabels = labels.slice(0, count);
  const shownValues = values.slice(0, count);
  const valueTexts = shownValues.map((value) => formatValue(value));
  const labelWidth = Math.min(14, Math.max(...shownLabels.map(textWidth)));
  const valueWidth = Math.max(...valueTexts.map(textWidth));
  const barWidth = Math.max(4, width - labelWidth - valueWidth - 2);
  const max = Math.max(0, ...shownValues);
  const rows = shownLabels.map((label, i) => {
    // A value above zero always shows, however small beside the largest.
    const length = max > 0 && shownValues[i]! > 0 ? Math.max(1, Math.round((shownValues[i]! / max) * barWidth)) : 0;
    return { label: padEnd(cutText(label, labelWidth), labelWidth), bar: padEnd('█'.repeat(length), barWidth), value: padStart(valueTexts[i]!, valueWidth) };
  });
  return { rows, hidden: labels.length - count };
}
