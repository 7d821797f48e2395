import type { AnswerCheckRule } from './answer-facts.js';

const ASKS_BOTH = /\bboth\b[^.?!;]*\band\b/i;
/** "Show both the name and the id": a request for two attributes, not rows that have two things. */
const SHOW_BOTH = /\b(show|list|give|return|display|print|find|get|tell)(\s+(me|us))?\s+both\b/i;

/**
 * "both A and B" asks for rows with each of the two, which an IN list or an OR (either one) does not give: an
 * INTERSECT, a HAVING or COUNT(DISTINCT) over the two, or one EXISTS per value; a single EXISTS holds one related row,
 * so an IN list (either) or an AND (neither) inside it does not.
 */
export const checkBoth: AnswerCheckRule = ({ question, sql }) => {
  if (!ASKS_BOTH.test(question.replace(new RegExp(`${SHOW_BOTH.source}[^.?!;]*`, 'gi'), ' '))) return undefined;
  const both = /\bintersect\b|\bhaving\b|count\s*\(\s*distinct/i.test(sql.code) || (sql.code.match(/\bexists\b/gi) ?? []).length >= 2;
  return both
    ? { name: 'both', passed: true, detail: 'the SQL requires both' }
    : { name: 'both', passed: false, detail: 'the question asks for both of two things, but the SQL accepts either one' };
};
