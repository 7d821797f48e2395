import type { Context } from '../context/context-schema.js';
import { periodAfter } from './future-period.js';

/**
 * Why an answer that ran still cannot answer the question, judged after execution: the question names a period after
 * the current date ("How many orders were placed in 2031?") and the data holds nothing then (no rows, or only zeros
 * and nulls). Spoken of in the past tense, such a period is answerable where the data reaches it (a run whose current
 * date is behind its data); where it does not, a zero is not a fact about that period but the absence of any record.
 */
export function judgeNothingYet(context: Context): string | undefined {
  const attempt = context.sql_attempts.at(-1);
  if (attempt?.executed !== true || !holdsNothing(attempt.rows, attempt.row_count)) return undefined;
  const phrase = periodAfter(context.task.text, context.task.current_date);
  if (phrase === undefined) return undefined;
  return `"${phrase}" is after ${context.task.current_date} and ${context.task.namespace} holds nothing then, so the data cannot answer this question`;
}

function holdsNothing(rows: readonly (readonly unknown[])[], rowCount: number): boolean {
  if (rowCount === 0) return true;
  return rows.length === rowCount && rows.every((row) => row.every((value) => value === null || value === 0 || value === '0'));
}
