import type { Aggregate } from './analyze-question.js';
import type { QuestionWord } from './question-words.js';

export interface AggregateReading {
  aggregate: { kind: Aggregate; at: number; distinct: boolean };
  /** Word indexes the keyword took. */
  used: number[];
}

/** An aggregate keyword at word `i`: "how many", "number of", "average", "total", "maximum", ... */
export function readAggregate(words: readonly QuestionWord[], i: number): AggregateReading | undefined {
  const at = (k: number): string => words[k]?.text ?? '';
  const word = at(i);
  const next = at(i + 1);
  const found = (kind: Aggregate, used: number[], distinct = false): AggregateReading => ({ aggregate: { kind, at: i, distinct }, used });
  if (word === 'how' && (next === 'many' || next === 'much')) return found(next === 'many' ? 'count' : 'sum', [i, i + 1]);
  // "No. of students per grade": the abbreviation of "number of".
  if ((word === 'number' || word === 'count' || (word === 'no' && words[i]!.clauseEnd)) && next === 'of') return found('count', [i, i + 1], ['distinct', 'unique'].includes(at(i + 2)));
  // "and numbers of friends for each"; "the flight numbers of …" names a column.
  if (word === 'numbers' && next === 'of' && /^(and|the|their|with)$/.test(at(i - 1))) return found('count', [i, i + 1], ['distinct', 'unique'].includes(at(i + 2)));
  if (word === 'count' || word === 'counts') return found('count', [i]);
  if (word === 'average' || word === 'avg' || word === 'mean') return found('avg', [i]);
  if ((word === 'total' || word === 'sum' || word === 'overall') && !(next === 'number' && at(i + 2) === 'of')) return found('sum', [i]);
  if (word === 'maximum' || word === 'max') return found('max', [i]);
  if (word === 'minimum' || word === 'min') return found('min', [i]);
  return undefined;
}
