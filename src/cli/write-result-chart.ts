import { chartVerdict } from '../../ui/chart-shape.js';
import { chartText } from '../../ui/chart-text.js';
import type { RunResult } from '../engine/run-handle.js';

const MAX_WIDTH = 72;

/**
 * --chart in plain output: the bars or sparkline after a table (fenced after markdown) on stdout;
 * after json or csv on stderr, so stdout stays data. A result with no chart gets one line on stderr saying why.
 */
export function writeResultChart(result: RunResult, format: 'table' | 'json' | 'csv' | 'markdown', stdout: NodeJS.WritableStream, stderr: NodeJS.WritableStream): void {
  if (result.status === 'cancelled') return;
  const attempt = result.context.sql_attempts.at(-1);
  if (!attempt?.executed || attempt.error) {
    stderr.write('sluice: no chart: the run has no result to chart\n');
    return;
  }
  const { shape, reason } = chartVerdict(attempt);
  if (!shape) {
    stderr.write(`sluice: no chart: ${reason}\n`);
    return;
  }
  const columns = (stdout as NodeJS.WriteStream).columns;
  const text = chartText(shape, Math.min(MAX_WIDTH, columns && columns > 20 ? columns : MAX_WIDTH));
  if (format === 'table') stdout.write(`\n${text}`);
  else if (format === 'markdown') stdout.write(`\n\`\`\`text\n${text}\`\`\`\n`);
  else stderr.write(text);
}
