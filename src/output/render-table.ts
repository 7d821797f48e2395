import { formatTypedValue } from './format-typed-value.js';

/** A plain-text table for terminals and logs, values shown by column type; cells longer than maxCell are cut with an ellipsis. */
export function renderTable(columns: string[], rows: unknown[][], maxCell = 40, columnTypes: string[] = []): string {
  const cut = (text: string) => (text.length > maxCell ? `${text.slice(0, maxCell - 1)}…` : text);
  const cells = rows.map((row) => row.map((value, i) => cut(formatTypedValue(value, columnTypes[i]).replace(/\r\n|\r|\n/g, '↵'))));
  const widths = columns.map((column, i) => Math.max(cut(column).length, ...cells.map((row) => (row[i] ?? '').length)));
  const numeric = columns.map((_, i) => rows.length > 0 && rows.every((row) => row[i] === null || typeof row[i] === 'number'));
  const line = (values: string[]) =>
    values.map((value, i) => (numeric[i] ? value.padStart(widths[i]!) : value.padEnd(widths[i]!))).join(' │ ').trimEnd();
  const rule = widths.map((w) => '─'.repeat(w)).join('─┼─');
  return [line(columns.map(cut)), rule, ...cells.map(line)].join('\n') + '\n';
}
