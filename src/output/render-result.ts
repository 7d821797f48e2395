import type { Context } from '../context/context-schema.js';
import { renderCsv } from './render-csv.js';
import { renderMarkdown } from './render-markdown.js';
import { renderTable } from './render-table.js';

export type OutputFormat = Context['task']['format'];

/** The final SQL and result in the requested format (json is built by the caller, which knows the run's status). */
export function renderResult(context: Context, format: OutputFormat): string {
  const attempt = context.sql_attempts.at(-1);
  if (!attempt) return 'No SQL was generated.\n';
  const { columns, rows } = attempt;
  if (format === 'csv') return renderCsv(columns, rows);
  if (format === 'json') return `${JSON.stringify({ sql: attempt.sql, columns, rows, row_count: attempt.row_count, truncated: attempt.truncated })}\n`;
  const more = attempt.truncated ? ` (truncated at ${attempt.row_count})` : '';
  const count = `${attempt.row_count} row${attempt.row_count === 1 ? '' : 's'}${more}`;
  if (format === 'markdown') {
    const body = attempt.error ? `**Error:** ${attempt.error}\n` : `${renderMarkdown(columns, rows)}\n_${count}_\n`;
    return `\`\`\`sql\n${attempt.sql}\n\`\`\`\n\n${body}`;
  }
  const body = attempt.error ? `Error: ${attempt.error}\n` : `${renderTable(columns, rows)}${count}\n`;
  return `${attempt.sql}\n\n${body}`;
}
