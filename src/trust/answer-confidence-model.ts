import type { ConfidenceModel } from './confidence-model-schema.js';

/**
 * The fitted logistic model of whether a `success` answer is right, written by bench/trust/fit-confidence.py (refit
 * there, never by hand).
 */
export const ANSWER_CONFIDENCE_MODEL: ConfidenceModel = {
  intercept: 10,
  weights: {},
  threshold: 0,
  fitted: 'not fitted',
};
