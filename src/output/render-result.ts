import type { Context } from '../context/context-schema.js';
import { judgeAnswer, type AnswerJudgement } from '../trust/judge-answer.js';
import { renderCsv } from './render-csv.js';
import { renderMarkdown } from './render-markdown.js';
import { renderTable } from './render-table.js';
import { statusNote } from './status-note.js';
import { answerRowsFields, declinedAfterRunning, ranNotAnswering } from './declined-after-running.js';

/** The formats rendered as text; an html run's page is written from the finished run (followRunToHtml). */
export type OutputFormat = Exclude<Context['task']['format'], 'html'>;

const NOT_RUN = 'The SQL was not run, so there are no rows.';

/**
 * The final SQL and result in the requested format, followed by a note when the answer is unsure or the
 * question unanswerable (json is built by the caller, which knows the run's status).
 */
export function renderResult(context: Context, format: OutputFormat, judgement: AnswerJudgement = judgeAnswer(context, { checks: context.status === 'running' ? undefined : context.checks })): string {
  const attempt = context.sql_attempts.at(-1);
  if (format === 'json') {
    if (!attempt) return 'No SQL was generated.\n';
    return `${JSON.stringify({ sql: attempt.sql, ...answerRowsFields(context, judgement.status), status: judgement.status, checks: judgement.checks, confidence: judgement.confidence })}\n`;
  }
  const note = statusNote(judgement, format);
  if (!attempt) return note || 'No SQL was generated.\n';
  const sql = `${explanationComment(attempt.explanation)}${attempt.sql}`;
  // SQL that never reached the database (the plan runs no execute_sql, or the run stopped first) has no rows to show:
  // "0 rows" would read as an empty answer.
  const notRun = !attempt.executed && !attempt.error;
  // A query that ran but does not answer the question: what it is, in place of rows that would read as the answer.
  const notAnswer = declinedAfterRunning(context, judgement.status) ? ranNotAnswering(attempt.row_count) : undefined;
  if (format === 'csv') return `${notAnswer ? `# ${notAnswer}\n` : notRun ? '' : renderRows(attempt, 'csv')}${note}`;
  if (format === 'markdown') {
    const body = attempt.error ? `**Error:** ${attempt.error}\n` : notAnswer ? `_${notAnswer}_\n` : notRun ? `_${NOT_RUN}_\n` : renderRows(attempt, 'markdown');
    return `\`\`\`sql\n${sql}\n\`\`\`\n\n${body}${note}`;
  }
  const body = attempt.error ? `Error: ${attempt.error}\n` : notAnswer ? `${notAnswer}\n` : notRun ? `${NOT_RUN}\n` : renderRows(attempt, 'table');
  return `${sql}\n\n${body}${note}`;
}

export interface RowsToRender {
  columns: string[];
  rows: unknown[][];
  row_count: number;
  truncated: boolean;
  column_types?: string[];
}

/** Just the rows (with their count line for table and markdown): what `sluice sql` prints, and the body of a run's result. */
export function renderRows(result: RowsToRender, format: Exclude<OutputFormat, 'json'>): string {
  if (format === 'csv') return renderCsv(result.columns, result.rows);
  const more = result.truncated ? ` (truncated at ${result.row_count})` : '';
  const count = `${result.row_count} row${result.row_count === 1 ? '' : 's'}${more}`;
  if (format === 'markdown') return `${renderMarkdown(result.columns, result.rows)}\n_${count}_\n`;
  return `${renderTable(result.columns, result.rows, undefined, result.column_types)}${count}\n`;
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
