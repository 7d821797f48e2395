import type { AnswerCheckRule } from './answer-facts.js';
import { selectItems } from './select-items.js';

/** Words that ask to see a count or an amount: "how many", "the number of", "total", "average". */
const ASKS_MEASURE = /\b(how many|how much|count|counts|total|totals|sum|average|avg|mean|amount|amounts|percent|percentage|share|rate|ratio|frequency|tally)\b/i;
/** "the number of X" asks for it, unless a superlative ranks by it: "has the most number of concerts". */
const NUMBER_OF = /\b(number|numbers) of\b/gi;
const RANKED_BY = /\b(most|least|fewest|greatest|highest|largest|lowest|smallest|maximum|minimum|max|min)\s+(?:total\s+)?$/i;
const ASKS_MOST_COMMON = /\bmost (common|frequent|popular|usual)\b|\bmost often\b/i;

/**
 * "Which year has the most concerts?" asks for the year: a COUNT or SUM the SQL ranks by is a means, and
 * showing it as a column answers more than was asked. Applies to ranked questions that ask for no measure.
 */
export const checkExtraMeasure: AnswerCheckRule = ({ question, analysis, sql }) => {
  if (!analysis.ranking && !ASKS_MOST_COMMON.test(question)) return undefined;
  if (ASKS_MEASURE.test(question)) return undefined;
  for (const match of question.matchAll(NUMBER_OF)) if (!RANKED_BY.test(question.slice(0, match.index))) return undefined;
  const items = selectItems(sql.code);
  if (items.length < 2) return undefined;
  const measures = items.filter((item) => /\b(count|count_star|sum)\s*\(/.test(item));
  if (measures.length === 0 || measures.length === items.length) {
    return { name: 'extra_columns', passed: true, detail: 'the answer shows only what the question asks for' };
  }
  return { name: 'extra_columns', passed: false, detail: `the question asks which one ranks first, but the answer also shows the measure it ranks by (${measures.join(', ')})` };
};
