import type { Aggregate } from './analyze-question.js';
import type { QuestionWord } from './question-words.js';
import { listedExpansion } from '../../lexicon/listed-short-forms.js';
import { namedNumber } from './named-number.js';

export interface AggregateReading {
  aggregate: { kind: Aggregate; at: number; distinct: boolean };
  /** Word indexes the keyword took. */
  used: number[];
}

/** An aggregate keyword at word `i`: "how many", "number of", "average", "total", "maximum", ... */
export function readAggregate(words: readonly QuestionWord[], i: number): AggregateReading | undefined {
  const at = (k: number): string => words[k]?.text ?? '';
  const word = aggregateKeyword(at(i));
  const next = at(i + 1);
  const found = (kind: Aggregate, used: number[], distinct = false): AggregateReading => ({ aggregate: { kind, at: i, distinct }, used });
  if (word === 'how' && (next === 'many' || next === 'much')) return found(next === 'many' ? 'count' : 'sum', [i, i + 1]);
  // "No. of students per grade": the abbreviation of "number of".
  if ((word === 'number' || word === 'count' || (word === 'no' && words[i]!.clauseEnd)) && next === 'of' && !(word === 'number' && namedNumber(words, i))) return found('count', [i, i + 1], ['distinct', 'unique'].includes(at(i + 2)));
  // "and numbers of friends for each"; "the flight numbers of …" names a column.
  if (word === 'numbers' && next === 'of' && /^(and|the|their|with)$/.test(at(i - 1))) return found('count', [i, i + 1], ['distinct', 'unique'].includes(at(i + 2)));
  if (word === 'count' || word === 'counts') return found('count', [i]);
  if (word === 'average' || word === 'avg' || word === 'mean') return found('avg', [i]);
  if ((word === 'total' || word === 'sum' || word === 'overall') && !(next === 'number' && at(i + 2) === 'of')) return found('sum', [i]);
  // "the combined weight of all the bone": what the parts come to together, a total; "combined with" joins things.
  if (word === 'combined' && /^(the|their|our|its|his|her)$/.test(at(i - 1)) && next !== 'with' && !words[i]!.clauseEnd) return found('sum', [i]);
  const extreme = pairedExtreme(words, i);
  if (extreme) return found(extreme, [i]);
  if (word === 'maximum' || word === 'max') return found('max', [i]);
  if (word === 'minimum' || word === 'min') return found('min', [i]);
  return undefined;
}

const SPELLED_AGGREGATES = new Set(['total', 'average', 'count']);

/**
 * A question word read as the aggregate keyword it is the standard short form of ("tot £ paid", "Tot ltrs diesel sold"
 * → total; "cnt" → count), from the data-naming short-form list the catalog reads names with. Only the three whose
 * expansion is an aggregate keyword; other words stay themselves ("avg", "max", "no." are read as they are).
 */
export function aggregateKeyword(word: string): string {
  const expansion = listedExpansion(word);
  return expansion !== undefined && expansion !== word && SPELLED_AGGREGATES.has(expansion) ? expansion : word;
}

const HIGHEST = new Set(['highest', 'largest', 'biggest', 'greatest', 'latest']);
const LOWEST = new Set(['lowest', 'smallest', 'earliest']);

/**
 * "the lowest and highest contract prices", "the earliest and latest dates": two opposite superlatives joined by "and"
 * or "or" ask for the two extremes of one value (MIN and MAX), not for the rows that rank first.
 */
export function pairedExtreme(words: readonly QuestionWord[], i: number): 'min' | 'max' | undefined {
  const at = (k: number): string => words[k]?.text ?? '';
  const kind = (word: string): 'min' | 'max' | undefined => (HIGHEST.has(word) ? 'max' : LOWEST.has(word) ? 'min' : undefined);
  const own = kind(at(i));
  if (!own) return undefined;
  const joined = (k: number): boolean => /^(and|or)$/.test(at(k));
  const other = joined(i + 1) ? kind(at(i + 2)) : joined(i - 1) ? kind(at(i - 2)) : undefined;
  return other !== undefined && other !== own ? own : undefined;
}
