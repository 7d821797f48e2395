import type { Context } from '../context/context-schema.js';

/**
 * What every surface says of a query that ran but does not answer the question (a run that ended unanswerable after
 * its SQL ran: src/trust/unsure-decline.ts), in place of its rows.
 */
export function ranNotAnswering(rowCount: number): string {
  return `The query ran (${rowCount} row${rowCount === 1 ? '' : 's'}), but it does not answer the question, so its rows are not shown as an answer.`;
}

/** Whether the run ended unanswerable after its SQL ran: its rows are no answer, and no surface shows them as one. */
export function declinedAfterRunning(context: Pick<Context, 'sql_attempts'>, status: string): boolean {
  const attempt = context.sql_attempts.at(-1);
  return status === 'unanswerable' && attempt !== undefined && attempt.executed && !attempt.error;
}

/**
 * The rows fields of a JSON answer (`--format json`, batch lines, result.json): the last attempt's rows, or, for a query
 * that ran but does not answer, none, with what it returned kept under `not_an_answer`.
 */
export function answerRowsFields(context: Pick<Context, 'sql_attempts'>, status: string) {
  const attempt = context.sql_attempts.at(-1);
  const rows = { columns: attempt?.columns ?? [], rows: attempt?.rows ?? [], row_count: attempt?.row_count ?? 0, truncated: attempt?.truncated ?? false };
  if (!declinedAfterRunning(context, status)) return rows;
  return { columns: [], rows: [], row_count: 0, truncated: false, not_an_answer: { note: ranNotAnswering(rows.row_count), ...rows } };
}
