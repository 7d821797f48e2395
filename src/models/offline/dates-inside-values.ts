import type { DateRange } from '../../context/context-schema.js';
import type { RowFilter } from './row-filter.js';
import type { QuestionWord } from './question-words.js';

/** "in the Thursday" of "in the Thursday Mixed league": the words before the date are the sentence's, not the value's. */
const LEAD_IN = /^(?:(?:in|on|at|during|for|from|of|the|a|an)\s+)+/;

/**
 * The date ranges that are not part of a stored value the question names: "Thursday" of a league called 'Thursday
 * Mixed', "May" of 'May Day Parade' name the value, not a day or month to filter on.
 */
export function datesOutsideValues(ranges: readonly DateRange[], values: readonly RowFilter[], words: readonly QuestionWord[]): DateRange[] {
  const named = values.filter((f) => f.words.length > 1).map((f) => ` ${f.words.map((w) => words[w]?.text ?? '').join(' ')} `);
  if (named.length === 0) return [...ranges];
  return ranges.filter((range) => {
    const phrase = ` ${range.phrase.toLowerCase().replace(/\s+/g, ' ').replace(LEAD_IN, '')} `;
    return !named.some((text) => text.includes(phrase));
  });
}
