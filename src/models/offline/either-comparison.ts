import type { QuestionWord } from './question-words.js';
import type { RowFilter } from './row-filter.js';

/**
 * "above age 40 or below 30": two comparisons of one column joined by "or" hold either way, so they become one
 * condition, `(age > 40 OR age < 30)`, instead of two that every row must meet.
 */
export function eitherComparison(filters: readonly RowFilter[], words: readonly QuestionWord[]): RowFilter[] {
  const joined: RowFilter[] = [];
  for (const filter of filters) {
    const previous = joined.at(-1);
    const gap = previous ? wordsBetween(previous, filter) : [];
    const or = gap.findIndex((at) => words[at]?.text === 'or');
    if (previous && previous.table === filter.table && previous.column === filter.column && or >= 0 && gap.length <= 3) {
      joined[joined.length - 1] = { ...previous, sql: `(${previous.sql} OR ${filter.sql})`, words: [...previous.words, gap[or]!, ...filter.words] };
    } else {
      joined.push(filter);
    }
  }
  return joined;
}

/**
 * The positions of the words after the first filter's last word and before the second's first word after it (the
 * second may reuse a word of the first: "above age 40 or below 30" compares "age" in both).
 */
function wordsBetween(first: RowFilter, second: RowFilter): number[] {
  const end = Math.max(...first.words);
  const start = Math.min(...second.words.filter((at) => at > end));
  return Array.from({ length: Math.max(0, start - end - 1) }, (_, k) => end + 1 + k);
}
