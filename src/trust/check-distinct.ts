import type { AnswerCheckRule } from './answer-facts.js';

const ASKS_DISTINCT = /\b(distinct|different|unique)\b/i;

/** "How many different degrees", "distinct customers": the SQL must deduplicate (DISTINCT or GROUP BY). */
export const checkDistinct: AnswerCheckRule = ({ question, sql }) => {
  if (!ASKS_DISTINCT.test(question)) return undefined;
  const deduplicates = /\bdistinct\b/.test(sql.code) || sql.grouped || /\b(union|intersect|except)\b(?!\s+all)/.test(sql.code);
  return deduplicates
    ? { name: 'distinct', passed: true, detail: 'the SQL deduplicates' }
    : { name: 'distinct', passed: false, detail: 'the question asks for distinct values, but the SQL neither uses DISTINCT nor groups' };
};
