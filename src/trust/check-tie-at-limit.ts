import type { AnswerCheckRule } from './answer-facts.js';

/**
 * "Which customer has rented from us the most times?" answered with `LIMIT 1` while two customers tie: the question
 * asks for the one row that ranks first and the data has several, so the answer shown is one of them picked by the
 * engine. Known only from the output node's probe of the row after the cut.
 */
export const checkTieAtLimit: AnswerCheckRule = ({ tieAtLimit }) =>
  tieAtLimit
    ? { name: 'tie_at_limit', passed: false, detail: `the next row ties the one shown on what the SQL ranks by (${tieAtLimit.key}), so LIMIT 1 kept one of several equal answers` }
    : undefined;
