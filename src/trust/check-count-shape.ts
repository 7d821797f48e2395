import type { AnswerCheckRule } from './answer-facts.js';

const ASKS_COUNT = /\b(how many|number of|count of|count the|count how)\b|^\s*count\b/i;
/** "the match with the greatest number of minutes" picks a row by a count; it does not ask for the count. */
const RANKS_BY_COUNT = /\b(greatest|largest|highest|biggest|most|smallest|lowest|least|fewest|maximum|minimum|max|min)\s+(?:total\s+)?(?:number|count)\s+of\b/i;

/** "How many …" wants a count, not the rows themselves: one row of several columns is a listing, not a number. */
export const checkCountShape: AnswerCheckRule = ({ question, analysis, attempt, sql }) => {
  if (analysis.aggregate?.kind !== 'count' && !ASKS_COUNT.test(question)) return undefined;
  if (RANKS_BY_COUNT.test(question) && !/\bhow many\b/i.test(question)) return undefined;
  const counted = sql.aggregates.has('count') || sql.aggregates.has('sum');
  // "How many times were bikes rented": occurrences, which counting distinct things undercounts.
  if (/\bhow many times\b/i.test(question) && /\bcount\s*\(\s*distinct\b/.test(sql.code)) {
    return { name: 'count_shape', passed: false, detail: 'the question asks how many times, but the SQL counts distinct things instead of the occurrences' };
  }
  if (counted) return { name: 'count_shape', passed: true, detail: 'the SQL counts' };
  if (attempt.row_count === 0 || (attempt.row_count === 1 && attempt.columns.length === 1)) return { name: 'count_shape', passed: true, detail: 'the answer is one value' };
  const listed = attempt.row_count === 1 ? `a row of ${attempt.columns.length} columns` : `${attempt.row_count}${attempt.truncated ? '+' : ''} rows`;
  return { name: 'count_shape', passed: false, detail: `the question asks how many, but the answer lists ${listed} instead of counting them` };
};
