import { z } from 'zod';
import { logisticProbability } from './logistic-probability.js';

/**
 * A logistic model of whether an answer is right: P(right) = 1 / (1 + e^-(intercept + Σ weight·feature)), features by
 * name (answerFeatureVector); an answer whose probability falls below `threshold` is doubted.
 */
export const ConfidenceModelSchema = z.object({
  intercept: z.number(),
  weights: z.record(z.string(), z.number()),
  threshold: z.number().min(0).max(1),
  /** What the model was fitted on and how it was validated, one line. */
  fitted: z.string(),
});
export type ConfidenceModel = z.infer<typeof ConfidenceModelSchema>;

export function answerProbability(model: ConfidenceModel, vector: Readonly<Record<string, number>>): number {
  return logisticProbability(model.intercept, model.weights, vector);
}
