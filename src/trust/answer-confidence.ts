import type { AnswerCheck, Reflection, RunStatus } from '../context/context-schema.js';

const PER_FAILED_CHECK = 0.5;
const PER_EXTRA_ROUND = 0.9;
const WHEN_CAPPED = 0.8;

/**
 * 0–1: 1 for an answer that passed every check on the first try; halved for each failed check,
 * ×0.9 for each reflection round that asked for another try, ×0.8 when reflection was stopped at
 * max_iterations; 0 when there is no answer (failed, unanswerable).
 */
export function answerConfidence(status: RunStatus, checks: readonly AnswerCheck[], reflections: readonly Reflection[]): number {
  if (status === 'failed' || status === 'unanswerable' || status === 'running') return 0;
  const failed = checks.filter((check) => !check.passed).length;
  const rounds = reflections.filter((r) => r.inserted.length > 0).length;
  const capped = reflections.some((r) => r.capped);
  const value = PER_FAILED_CHECK ** failed * PER_EXTRA_ROUND ** rounds * (capped ? WHEN_CAPPED : 1);
  return Math.round(value * 100) / 100;
}
