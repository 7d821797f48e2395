import type { Context } from '../context/context-schema.js';
import { renderCsv } from './render-csv.js';
import { renderMarkdown } from './render-markdown.js';
import { renderTable } from './render-table.js';

export type OutputFormat = Context['task']['format'];

/** The final SQL and result in the requested format (json is built by the caller, which knows the run's status). */
export function renderResult(context: Context, format: OutputFormat): string {
  const attempt = context.sql_attempts.at(-1);
  if (!attempt) return 'No SQL was generated.\n';
  const sql = `${explanationComment(attempt.explanation)}${attempt.sql}`;
  const { columns, rows } = attempt;
  if (format === 'csv') return renderCsv(columns, rows);
  if (format === 'json') return `${JSON.stringify({ sql: attempt.sql, columns, rows, row_count: attempt.row_count, truncated: attempt.truncated })}\n`;
  const more = attempt.truncated ? ` (truncated at ${attempt.row_count})` : '';
  const count = `${attempt.row_count} row${attempt.row_count === 1 ? '' : 's'}${more}`;
  if (format === 'markdown') {
    const body = attempt.error ? `**Error:** ${attempt.error}\n` : `${renderMarkdown(columns, rows)}\n_${count}_\n`;
    return `\`\`\`sql\n${sql}\n\`\`\`\n\n${body}`;
  }
  const body = attempt.error ? `Error: ${attempt.error}\n` : `${renderTable(columns, rows)}${count}\n`;
  return `${sql}\n\n${body}`;
}

/** The model's explanation as SQL comment lines of at most ~100 characters, so the SQL stays runnable when copied. */
function explanationComment(explanation: string): string {
  const words = explanation.replace(/\s+/g, ' ').trim().split(' ').filter(Boolean);
  if (words.length === 0) return '';
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    if (line && line.length + word.length + 1 > 100) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  lines.push(line);
  return lines.map((text) => `-- ${text}\n`).join('');
}
