import { barChartRows } from './bar-chart-rows.js';
import type { ChartShape } from './chart-shape.js';
import { cutText } from './cut-text.js';
import { sparklineParts } from './sparkline-parts.js';

/** The title every chart of a shape carries: "revenue by month". */
export function chartTitle(shape: ChartShape): string {
  return `${shape.measureColumn} by ${shape.labelColumn}`;
}

/** A chart as plain lines, for output that is not a terminal UI: the same bars and sparkline the dashboard draws. */
export function chartText(shape: ChartShape, width: number): string {
  const lines = [cutText(chartTitle(shape), width)];
  if (shape.kind === 'series') {
    const { line, ends, range } = sparklineParts(shape.labels, shape.values, width);
    lines.push(line, ends, range);
  } else {
    const { rows, hidden } = barChartRows(shape.labels, shape.values, width);
    lines.push(...rows.map((row) => `${row.label} ${row.bar} ${row.value}`.trimEnd()));
    if (hidden > 0) lines.push(`+${hidden} more`);
  }
  return `${lines.join('\n')}\n`;
}
