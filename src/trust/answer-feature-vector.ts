import type { AnswerFeatures } from './answer-features.js';

/** The numbers the fitted model weighs, by name (the names bench/trust/fit-confidence.py fits and writes weights for). */
export function answerFeatureVector(features: AnswerFeatures): Record<string, number> {
  return {
    unread_share: features.unread_share,
    unread_column: Math.min(features.unread_column, 3),
    unread_value: Math.min(features.unread_value, 3),
    unread_weak: Math.min(features.unread_weak, 3),
    unread_ungrounded: Math.min(features.unread_ungrounded, 3),
    unread_far: Math.min(features.unread_far, 3),
    asked_unread: features.asked_unread ? 1 : 0,
    read_by_relative: features.read_by_relative,
    select_star: features.select_star ? 1 : 0,
    earlier_attempts: Math.min(features.earlier_attempts, 3),
    rows_none: features.rows === 'none' ? 1 : 0,
    rows_one: features.rows === 'one' ? 1 : 0,
    shape_gaps: Math.min(features.shape_gaps, 3),
    content_words: Math.log1p(features.content_words),
  };
}
