import { z } from 'zod';
import type { GroundingScore } from '../context/context-schema.js';
import { GroundingFeaturesSchema, type GroundingFeatures } from './grounding-features.js';
import { FITTED_GROUNDING_WEIGHTS } from './grounding-weights.js';
import { logisticProbability } from './logistic-probability.js';

/** A logistic model over the grounding features, fitted by bench/abstention/fit-grounding.py (weights in grounding-weights.ts). */
export const GroundingWeightsSchema = z.object({
  /** When and on what the weights were fitted. */
  fitted: z.string(),
  bias: z.number(),
  /** The probability above which a question is declined. */
  threshold: z.number().min(0).max(1),
  weights: z.record(GroundingFeaturesSchema.keyof(), z.number()),
});
export type GroundingWeights = z.infer<typeof GroundingWeightsSchema>;

export const GROUNDING_WEIGHTS: GroundingWeights = GroundingWeightsSchema.parse(FITTED_GROUNDING_WEIGHTS);

/**
 * The probability that the data cannot answer a question with these features, and whether that declines it.
 * SLUICE_GROUNDING_DECLINE=never records the score but declines nothing on it: a refit's bench runs
 * (bench/abstention/refit.sh) then show what each question ends as when the score lets it through.
 */
export function scoreGrounding(features: GroundingFeatures, model: GroundingWeights = GROUNDING_WEIGHTS): GroundingScore {
  const probability = logisticProbability(model.bias, model.weights, features);
  return { probability, declined: probability >= model.threshold && process.env.SLUICE_GROUNDING_DECLINE !== 'never', features };
}
