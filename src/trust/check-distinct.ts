import type { AnswerCheckRule } from './answer-facts.js';

/** "different from" and "different than" compare two things; they ask for no deduplication. */
const ASKS_DISTINCT = /\b(distinct|different|unique)\b(?!\s+(?:from|than|to)\b)/i;

/**
 * "How many different degrees", "distinct customers": the SQL must deduplicate (DISTINCT or GROUP BY), or, for a
 * listing that aggregates nothing, the whole answer must hold no repeated row.
 */
export const checkDistinct: AnswerCheckRule = ({ question, sql, attempt }) => {
  if (!ASKS_DISTINCT.test(question)) return undefined;
  const deduplicates = /\bdistinct\b/.test(sql.code) || sql.grouped || /\b(union|intersect|except)\b(?!\s+all)/.test(sql.code);
  if (deduplicates) return { name: 'distinct', passed: true, detail: 'the SQL deduplicates' };
  if (sql.aggregates.size === 0 && !attempt.truncated && new Set(attempt.rows.map((row) => JSON.stringify(row))).size === attempt.rows.length) {
    return { name: 'distinct', passed: true, detail: 'no row of the answer repeats another' };
  }
  return { name: 'distinct', passed: false, detail: 'the question asks for distinct values, but the SQL neither uses DISTINCT nor groups' };
};
