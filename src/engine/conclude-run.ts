import type { Context } from '../context/context-schema.js';
import { judgeAnswer } from '../trust/judge-answer.js';
import { copyContext } from './copy-context.js';

/**
 * Decides the run's status once the plan is empty: success when the latest SQL ran and its answer passed
 * every shape check, unsure when it failed one, unanswerable when nothing in the data grounds the question.
 */
export function concludeRun(context: Context): Context {
  const judgement = judgeAnswer(context, { checks: context.output ? context.checks : undefined });
  const failure = judgement.status === 'failed' || judgement.status === 'unanswerable' ? judgement.reason : undefined;
  const concluded = copyContext(context);
  concluded.status = judgement.status;
  concluded.failure = failure;
  concluded.checks = judgement.checks;
  concluded.confidence = judgement.confidence;
  return concluded;
}
