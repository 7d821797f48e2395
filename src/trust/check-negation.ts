import type { AnswerCheckRule } from './answer-facts.js';

const NEGATION = /\b(never|not|without|except|excluding|exclude|excludes|none|nobody|neither|nor|other than)\b|\b\w+n['’]t\b/i;
/** "not more than 5" is a comparison, not an exclusion. */
const NEGATED_COMPARISON = /\b(not|n['’]t)\s+(more|less|over|under|above|below|exceed\w*|greater|fewer|higher|lower|at)\b/i;

/** "never", "not", "without", "excluding": the SQL must exclude something (NOT, <>, EXCEPT, IS NULL, a subtraction). */
export const checkNegation: AnswerCheckRule = ({ question, analysis, sql }) => {
  const match = NEGATION.exec(question);
  if (!match) return undefined;
  const excludes = sql.negates || (analysis.netOfReturns && /\s-\s/.test(sql.code)) || (NEGATED_COMPARISON.test(question) && /[<>]=?/.test(sql.code));
  return excludes
    ? { name: 'negation', passed: true, detail: `the SQL excludes what "${match[0].toLowerCase()}" rules out` }
    : { name: 'negation', passed: false, detail: `the question says "${match[0].toLowerCase()}", but the SQL excludes nothing` };
};
