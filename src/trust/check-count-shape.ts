import type { AnswerCheckRule } from './answer-facts.js';

const ASKS_COUNT = /\b(how many|number of|count of|count the|count how)\b|^\s*count\b/i;

/** "How many …" wants a count, not the rows themselves. */
export const checkCountShape: AnswerCheckRule = ({ question, analysis, attempt, sql }) => {
  if (analysis.aggregate?.kind !== 'count' && !ASKS_COUNT.test(question)) return undefined;
  const counted = sql.aggregates.has('count') || sql.aggregates.has('sum');
  if (counted || attempt.row_count <= 1) return { name: 'count_shape', passed: true, detail: counted ? 'the SQL counts' : 'the answer is one value' };
  return { name: 'count_shape', passed: false, detail: `the question asks how many, but the answer lists ${attempt.row_count}${attempt.truncated ? '+' : ''} rows instead of counting them` };
};
