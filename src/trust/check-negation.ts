import type { AnswerCheckRule } from './answer-facts.js';

const NEGATION = /\b(never|not|without|except|excluding|exclude|excludes|none|nobody|nothing|no one|neither|nor|other than)\b|\b\w+n['’]t\b|\b(with|has|have|had|having)\s+no\b/i;
/** "do not have a cat", "never placed", "without orders": the rows to keep are those with no related row at all. */
const ABSENCE = /\b(never|without)\b|\b(do|does|did|have|has|had)\s+not\b|\b(don|doesn|didn|haven|hasn|hadn)['’]t\b|\b(with|has|have|had|having)\s+no\b/i;
/** "not more than 5" is a comparison, not an exclusion. */
const NEGATED_COMPARISON = /\b(not|n['’]t)\s+(more|less|over|under|above|below|exceed\w*|greater|fewer|higher|lower|at)\b/i;

/**
 * "never", "not", "without", "excluding": the SQL must exclude something (NOT, <>, EXCEPT, IS NULL, a
 * subtraction); an absence ("students who do not have a cat") needs NOT IN, NOT EXISTS, EXCEPT or an
 * outer join's IS NULL, since "<> 'cat'" keeps every student with some other pet.
 */
export const checkNegation: AnswerCheckRule = ({ question, analysis, sql }) => {
  const match = NEGATION.exec(question);
  if (!match) return undefined;
  const word = match[0].toLowerCase();
  if (NEGATED_COMPARISON.test(question) && /[<>]=?/.test(sql.code)) return { name: 'negation', passed: true, detail: `the SQL compares as "${word}" asks` };
  if (ABSENCE.test(question) && !(analysis.netOfReturns && /\s-\s/.test(sql.code))) {
    const antiJoin = /\bnot\s+(in|exists)\b|\bexcept\b|\bis\s+null\b|\bminus\b|count\s*\([^)]*\)\s*=\s*0/.test(sql.code);
    return antiJoin
      ? { name: 'negation', passed: true, detail: 'the SQL keeps only rows with no matching row' }
      : { name: 'negation', passed: false, detail: `the question asks for what has no match ("${ABSENCE.exec(question)![0].toLowerCase()}"), but the SQL does not exclude matching rows (no NOT IN, NOT EXISTS, EXCEPT or IS NULL)` };
  }
  const excludes = sql.negates || (analysis.netOfReturns && /\s-\s/.test(sql.code));
  return excludes
    ? { name: 'negation', passed: true, detail: `the SQL excludes what "${word}" rules out` }
    : { name: 'negation', passed: false, detail: `the question says "${word}", but the SQL excludes nothing` };
};
