import type { AnswerCheckRule } from './answer-facts.js';

const HOW_MUCH = /\bhow\s+much\b/i;
const ASKS_AMOUNT = /\bhow\s+(?:much|often)\b/i;
/** A currency sign standing for its unit ("total £ WS sales", "$ spent"), not before an amount ("£500"): money is asked. */
const MONEY_SIGN = /[£$€¥](?!\s*\d)/;
/** "How much does each plan cost": one amount per row is the answer. */
const PER_ROW = /\b(?:each|every|per|apiece|respectively)\b/i;

/** "How much" and "how often" want an amount: rows listed as they are stored, with nothing added up, are not one. */
export const checkAmountShape: AnswerCheckRule = ({ question, attempt, sql }) => {
  // "total £ WS sales Dec 2025" answered by COUNT(*): the sign names the unit the answer is in, and a count is in rows.
  const sign = MONEY_SIGN.exec(question)?.[0];
  if (sign && sql.aggregates.size === 1 && sql.aggregates.has('count') && !/\bhow\s+(?:many|often)\b/i.test(question)) {
    return { name: 'amount_shape', passed: false, detail: `the question asks for an amount in ${sign}, but the SQL only counts rows` };
  }
  if (!ASKS_AMOUNT.test(question)) return undefined;
  // "How much was the farm paid?" answered by COUNT(DISTINCT price_month): "how much" asks for a quantity of a mass
  // ("much" is the determiner of mass nouns), which a number of rows is not; "how many" and "how often" count.
  if (sql.aggregates.size === 1 && sql.aggregates.has('count') && HOW_MUCH.test(question) && !/\bhow\s+(?:many|often)\b/i.test(question)) {
    return { name: 'amount_shape', passed: false, detail: 'the question asks how much, but the SQL only counts rows' };
  }
  if (sql.aggregates.size > 0) return { name: 'amount_shape', passed: true, detail: 'the SQL adds up, counts or averages' };
  const { everyColumn } = sql;
  if (!everyColumn && (attempt.row_count <= 1 || PER_ROW.test(question))) return { name: 'amount_shape', passed: true, detail: 'the answer is one amount per row asked' };
  const asked = ASKS_AMOUNT.exec(question)![0].toLowerCase().replace(/\s+/g, ' ');
  const listed = everyColumn ? `every column of ${attempt.row_count}${attempt.truncated ? '+' : ''} rows` : `${attempt.row_count}${attempt.truncated ? '+' : ''} rows`;
  return { name: 'amount_shape', passed: false, detail: `the question asks ${asked}, but the answer lists ${listed} with nothing added up or counted` };
};
