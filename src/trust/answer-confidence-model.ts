import type { ConfidenceModel } from './confidence-model-schema.js';

/**
 * The fitted logistic model of whether a `success` answer is right, written by bench/trust/fit-confidence.py (refit
 * there, never by hand).
 */
export const ANSWER_CONFIDENCE_MODEL: ConfidenceModel = {
  intercept: 2.5331,
  weights: {
    unread_share: -1.4643,
    unread_far: -0.9317,
    unread_column: 0.2557,
    unread_value: 0.3627,
    unread_ungrounded: -0.0742,
    asked_unread: 0.0152,
    read_by_relative: 0.1796,
    select_star: -3.0530,
    earlier_attempts: 0.4953,
    rows_none: 0.5583,
    shape_gaps: -1.3225,
  },
  threshold: 0.6965,
  fitted: 'executed answers / success answers of spider-dev 520/304, abstention 77/19, held_out_3 50/10, held_out_4 42/12, dev_a 33/5, dev_b 37/7; L2 1.0; the threshold doubts 2% of right success answers',
};
