import type { Context } from '../context/context-schema.js';

/** Decides the run's status once the plan is empty: answered when the latest SQL ran without error. */
export function concludeRun(context: Context): Context {
  const attempt = context.sql_attempts.at(-1);
  const capped = context.reflections.some((r) => r.capped);
  const capNote = capped ? ` (reflection stopped at max_iterations ${context.task.max_iterations})` : '';
  if (attempt && attempt.executed && !attempt.error) {
    return { ...context, status: 'success', failure: undefined };
  }
  const failure = !attempt
    ? 'no SQL was generated'
    : !attempt.executed
      ? 'the last SQL was never executed'
      : `the last SQL failed: ${attempt.error}`;
  return { ...context, status: 'failed', failure: `${failure}${capNote}` };
}
