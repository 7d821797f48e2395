import type { AnswerCheckRule } from './answer-facts.js';

/** "unit price" is money per unit, not a count of units. */
const ASKS_UNITS = /\b(units?(?!\s+(?:price|cost|value|rate)s?\b)|quantity|quantities|pieces|volume)\b|\bitems? sold\b/i;
const MONEY = /(price|amount|cost|revenue|value|fee|salary|total_due|charge)/;
const QUANTITY = /(qty|quantit|units?\b|_units|count|number|num_|pieces|volume)/;

/** "units sold", "quantity": a count of things, which adding up prices or amounts does not give. */
export const checkUnitsMeasure: AnswerCheckRule = ({ question, sql }) => {
  if (!ASKS_UNITS.test(question) || !(sql.aggregates.has('sum') || sql.aggregates.has('avg'))) return undefined;
  const summed = [...sql.code.matchAll(/\b(?:sum|avg)\s*\(([^()]*(?:\([^()]*\)[^()]*)*)\)/g)].map((m) => m[1]!);
  const moneyOnly = summed.length > 0 && summed.every((arg) => MONEY.test(arg) && !QUANTITY.test(arg.replace(/unit_?price/g, '')));
  if (moneyOnly && !sql.aggregates.has('count')) {
    return { name: 'units_measure', passed: false, detail: `the question counts units, but the SQL adds up ${summed.map((arg) => arg.trim()).join(', ')}, an amount of money` };
  }
  return { name: 'units_measure', passed: true, detail: 'the SQL measures quantities' };
};
