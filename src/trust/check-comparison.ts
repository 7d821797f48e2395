import type { AnswerCheckRule } from './answer-facts.js';

const ASKS_COMPARISON = /\b(vs\.?|versus|compared? (to|with)|comparison of|compare)\b/i;

/** "X vs Y" needs an answer that carries both sides: two rows, or two value columns. */
export const checkComparison: AnswerCheckRule = ({ question, attempt }) => {
  if (!ASKS_COMPARISON.test(question)) return undefined;
  const sides = Math.max(attempt.row_count, attempt.columns.length);
  return sides >= 2
    ? { name: 'comparison', passed: true, detail: 'the answer carries more than one side' }
    : { name: 'comparison', passed: false, detail: 'the question compares two things, but the answer is a single value' };
};
