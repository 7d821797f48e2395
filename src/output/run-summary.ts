import type { Context } from '../context/context-schema.js';
import type { RunOutcomeStatus } from '../engine/run-handle.js';
import { judgeAnswer } from '../trust/judge-answer.js';
import { answerRowsFields } from './declined-after-running.js';

/**
 * The fields of `--format json`: one object per run. `checks` are the answer's shape checks, `confidence`
 * 0–1 comes from them and the reflection history; `reason` says why an answer is unsure or unanswerable. A query that
 * ran but does not answer shows no rows: what it returned is under `not_an_answer`.
 */
export function runSummary(context: Context, nodesRun: string[], status: RunOutcomeStatus) {
  const attempt = context.sql_attempts.at(-1);
  const judged = context.status === 'running' ? judgeAnswer(context) : undefined;
  const checks = judged?.checks ?? context.checks;
  const confidence = status === 'success' || status === 'unsure' ? (judged?.confidence ?? context.confidence ?? 0) : 0;
  const reason = status === 'unsure' ? checks.filter((check) => !check.passed).map((check) => check.detail).join('; ') : status === 'unanswerable' ? context.failure : undefined;
  return {
    run_id: context.run_id,
    status,
    sql: attempt?.sql ?? null,
    ...answerRowsFields(context, status),
    checks,
    confidence,
    iterations: context.iteration,
    nodes: nodesRun,
    usage: context.usage,
    ...(reason ? { reason } : {}),
    ...(context.failure && status !== 'success' && status !== 'unsure' && status !== 'unanswerable' ? { error: context.failure } : {}),
  };
}
export type RunSummary = ReturnType<typeof runSummary>;
