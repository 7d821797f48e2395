import { cutText } from './cut-text.js';
import { formatValue } from '../src/output/format-value.js';
import { sparklineText } from './sparkline-text.js';

export interface SparklineParts {
  line: string;
  /** First and last label: "2024-01 → 2024-12". */
  ends: string;
  /** "min 3 · max 17". */
  range: string;
}

/** A series as one line of block characters (one or two cells a value), with its ends and range, cut to `width`. */
export function sparklineParts(labels: string[], values: number[], width: number): SparklineParts {
  const cell = Math.max(1, Math.min(2, Math.floor(width / Math.max(1, values.length))));
  const line = [...sparklineText(values, Math.max(1, width))].map((tick) => tick.repeat(cell)).join('');
  const range = `min ${formatValue(Math.min(...values))} · max ${formatValue(Math.max(...values))}`;
  return { line, ends: cutText(`${labels[0] ?? ''} → ${labels.at(-1) ?? ''}`, width), range: cutText(range, width) };
}
