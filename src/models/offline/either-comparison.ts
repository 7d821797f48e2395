import type { QuestionWord } from './question-words.js';
import type { RowFilter } from './row-filter.js';

/**
 * "above age 40 or below 30": two comparisons of one column joined by "or" hold either way, so they become one
 * condition, `(age > 40 OR age < 30)`, instead of two that every row must meet. Joined by "and", two comparisons
 * that no value meets together ("above 40 and below 30") are the same either-or: each row meets one of them.
 */
export function eitherComparison(filters: readonly RowFilter[], words: readonly QuestionWord[]): RowFilter[] {
  const joined: RowFilter[] = [];
  for (const filter of filters) {
    const previous = joined.at(-1);
    const gap = previous ? wordsBetween(previous, filter) : [];
    const or = gap.findIndex((at) => words[at]?.text === 'or' || (words[at]?.text === 'and' && apart(previous!.sql, filter.sql)));
    if (previous && previous.table === filter.table && previous.column === filter.column && or >= 0 && gap.length <= 4) {
      joined[joined.length - 1] = { ...previous, sql: `(${previous.sql} OR ${filter.sql})`, words: [...previous.words, gap[or]!, ...filter.words] };
    } else {
      joined.push(filter);
    }
  }
  return joined;
}

/** `{t.c} > 40`, `TRY_CAST({t.c} AS DOUBLE) <= 1944`: what is compared, how, and with which number. */
const COMPARISON = /^(.+) (>=|<=|>|<) (-?\d+(?:\.\d+)?)$/;

/** Two comparisons of the same thing, one from below and one from above, that leave no value between them. */
export function apart(first: string, second: string): boolean {
  const a = COMPARISON.exec(first);
  const b = COMPARISON.exec(second);
  if (!a || !b || a[1] !== b[1]) return false;
  const [low, high] = a[2]!.startsWith('>') && b[2]!.startsWith('<') ? [a, b] : b[2]!.startsWith('>') && a[2]!.startsWith('<') ? [b, a] : [];
  if (!low || !high) return false;
  const lowValue = Number(low[3]);
  const highValue = Number(high[3]);
  return low[2] === '>=' && high[2] === '<=' ? lowValue > highValue : lowValue >= highValue;
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
