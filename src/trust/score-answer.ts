import type { AnswerCheck, Context, SqlAttempt } from '../context/context-schema.js';
import { answerFacts } from './answer-facts.js';
import { answerFeatureVector } from './answer-feature-vector.js';
import { answerFeatures } from './answer-features.js';
import { ANSWER_CONFIDENCE_MODEL } from './answer-confidence-model.js';
import { answerProbability, type ConfidenceModel } from './confidence-model-schema.js';

export interface ScoredAnswer {
  /** The fitted probability that the answer is right. */
  probability: number;
  /** The features it was computed from, by name. */
  vector: Record<string, number>;
  /** The question's words the SQL never uses. */
  unread: string[];
  /** A failed check naming what is doubted, when the probability is below the model's threshold. */
  doubt?: AnswerCheck;
}

const quoted = (words: readonly string[]): string => words.map((word) => `'${word}'`).join(', ');

/** Scores by attempt: the output node, the run's conclusion and a bench line all judge the same final attempt. */
const scoredAttempts = new WeakMap<SqlAttempt, { question: string; scored: ScoredAnswer | undefined }>();

/**
 * Scores an executed answer with the fitted confidence model; undefined when the run has no grounding to read
 * features from (an answer replayed from a gold file).
 */
export function scoreAnswer(context: Context, attempt: SqlAttempt, model: ConfidenceModel = ANSWER_CONFIDENCE_MODEL): ScoredAnswer | undefined {
  if (model !== ANSWER_CONFIDENCE_MODEL) return score(context, attempt, model);
  const known = scoredAttempts.get(attempt);
  if (known && known.question === context.task.text) return known.scored;
  const scored = score(context, attempt, model);
  scoredAttempts.set(attempt, { question: context.task.text, scored });
  return scored;
}

function score(context: Context, attempt: SqlAttempt, model: ConfidenceModel): ScoredAnswer | undefined {
  if (!context.grounding) return undefined;
  const report = answerFeatures(answerFacts(context, attempt));
  if (!report) return undefined;
  const vector = answerFeatureVector(report.features);
  const probability = answerProbability(model, vector);
  if (probability >= model.threshold) return { probability, vector, unread: report.unread };
  const doubts: string[] = [];
  if (report.unread.length > 0) doubts.push(`the SQL never uses ${quoted(report.unread)} from the question`);
  doubts.push(...report.gaps);
  if (report.features.select_star) doubts.push('it returns every column of a table instead of what the question asks for');
  if (report.features.rows === 'none') doubts.push('it returned no rows');
  if (report.features.earlier_attempts > 0) doubts.push(`it was written after ${report.features.earlier_attempts} earlier attempt${report.features.earlier_attempts === 1 ? '' : 's'}`);
  const detail = `${doubts.length > 0 ? doubts.join('; ') : 'the answer resembles wrong ones'} (confidence score ${probability.toFixed(2)}, below ${model.threshold.toFixed(2)})`;
  return { probability, vector, unread: report.unread, doubt: { name: 'scored_confidence', passed: false, detail } };
}
