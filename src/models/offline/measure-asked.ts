import type { QuestionAnalysis } from './analyze-question.js';

/**
 * The question asks to see the measure itself, not only to rank by it: an aggregate word apart from the ranking's own
 * ("the most number of", "the highest total"), as in "how many … the most", "and how many", "with its count".
 */
export function measureAsked(analysis: QuestionAnalysis): boolean {
  const aggregate = analysis.aggregate;
  if (!aggregate) return false;
  return !(analysis.ranking && aggregate.at > analysis.ranking.at && aggregate.at <= analysis.ranking.at + 2);
}
