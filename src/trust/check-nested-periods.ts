import type { AnswerCheckRule } from './answer-facts.js';

const BOUND = String.raw`(?:date|timestamp)\s*'([0-9][0-9: -]*)'`;
const RANGE = String.raw`\(\s*([a-z_."]+)\s*>=\s*${BOUND}\s+and\s+\1\s*<\s*${BOUND}\s*\)`;
/** Two periods of one column joined by OR: `(d >= DATE 'a' AND d < DATE 'b') OR (d >= DATE 'c' AND d < DATE 'e')`. */
const OR_RANGES = new RegExp(`${RANGE}\\s+or\\s+${RANGE.replace('([a-z_."]+)', '\\1')}`, 'g');

/**
 * "avg qtd amt by work type for 2026 quotes" answered with `(quote_date >= DATE '2026-10-01' AND quote_date < DATE
 * '2026-12-02') OR (quote_date >= DATE '2026-01-01' AND quote_date < DATE '2027-01-01')`: a disjunction of two periods
 * of one column, one inside the other, is just the larger one. Periods a question asks for side by side ("2024 versus
 * 2025", "Oct vs Nov") do not overlap; nested ones mean one phrase was read as a period twice (here the shorthand "qtd",
 * quoted, as quarter-to-date), so the SQL's filter is not the question's.
 */
export const checkNestedPeriods: AnswerCheckRule = ({ sql }) => {
  if (!/\bor\b/.test(sql.code)) return undefined;
  for (const match of sql.text.matchAll(OR_RANGES)) {
    const [, column, from1, to1, from2, to2] = match;
    const inside = (a: string, b: string, c: string, d: string) => a >= c && b <= d;
    if (!inside(from1!, to1!, from2!, to2!) && !inside(from2!, to2!, from1!, to1!)) continue;
    return {
      name: 'nested_periods',
      passed: false,
      detail: `the SQL takes ${column} from ${from1} to ${to1} or from ${from2} to ${to2}, one period inside the other, so one of them filters nothing: a phrase of the question was read as a period twice`,
    };
  }
  return undefined;
};
