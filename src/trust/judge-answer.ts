import type { AnswerCheck, Context, RunStatus } from '../context/context-schema.js';
import { answerConfidence } from './answer-confidence.js';
import type { TreeNode } from '../sql-tree/statement-tree.js';
import type { TieAtLimit } from './probe-tie-at-limit.js';
import { runAnswerChecks } from './run-answer-checks.js';
import { scoreAnswer } from './score-answer.js';

export interface AnswerJudgement {
  status: Exclude<RunStatus, 'running'>;
  checks: AnswerCheck[];
  confidence: number;
  /** One line: why the run failed, why the data cannot answer, or which checks the answer failed. */
  reason?: string;
  /** The fitted probability that an answer that passed every check is right (score-answer.ts). */
  probability?: number;
  /** The features that probability was computed from, by name. */
  features?: Record<string, number>;
}

export interface JudgeOptions {
  /** Every table of the namespace, so a table the question names but nobody linked still counts. */
  tableNames?: readonly string[];
  /** Tables probed to hold no rows (probeEmptyTables), so an empty answer read from them is no alarm. */
  emptyTables?: readonly string[];
  /** The row after a `LIMIT 1` ties the kept one on the ranking (probeTieAtLimit). */
  tieAtLimit?: TieAtLimit;
  /** The final SQL's parse tree (parseAnswerSql). */
  statement?: TreeNode;
  /** Checks already run on the final attempt (by the output node), reused so the status agrees with what was shown. */
  checks?: AnswerCheck[];
}

/**
 * The final word on a run: success only when the last SQL ran, its answer passed every check and the fitted
 * confidence model does not doubt it.
 */
export function judgeAnswer(context: Context, options: JudgeOptions = {}): AnswerJudgement {
  if (context.unanswerable) return { status: 'unanswerable', checks: [], confidence: 0, reason: context.unanswerable };
  const attempt = context.sql_attempts.at(-1);
  if (attempt && attempt.executed && !attempt.error) {
    const given = options.checks ?? runAnswerChecks(context, attempt, { names: options.tableNames, empty: options.emptyTables, tieAtLimit: options.tieAtLimit, statement: options.statement });
    // Scored only after every check passed: the same judgement for the offline model's SQL and an LLM's.
    const scored = given.every((check) => check.passed) ? scoreAnswer(context, attempt) : undefined;
    const checks = scored?.doubt ? [...given, scored.doubt] : given;
    const failed = checks.filter((check) => !check.passed);
    const status = failed.length > 0 ? 'unsure' : 'success';
    return {
      status,
      checks,
      confidence: answerConfidence(status, checks, context.reflections),
      ...(failed.length > 0 ? { reason: failed.map((check) => check.detail).join('; ') } : {}),
      ...(scored ? { probability: Math.round(scored.probability * 1000) / 1000, features: scored.vector } : {}),
    };
  }
  const capped = context.reflections.some((r) => r.capped);
  const capNote = capped ? ` (reflection stopped at max_iterations ${context.task.max_iterations})` : '';
  const failure = !attempt ? 'no SQL was generated' : !attempt.executed ? 'the last SQL was never executed' : `the last SQL failed: ${attempt.error}`;
  return { status: 'failed', checks: [], confidence: 0, reason: `${failure}${capNote}` };
}
