import type { TableSchema } from '../context/context-schema.js';
import { columnKinds } from './column-kind.js';
import { AnswerKindSchema, type AnswerKind } from './expected-answer-kind.js';

/** Kinds a question names by their own noun ("the most money", "total weight"); a person, a place or a date is a role, not a measure. */
const NAMED_KINDS = new Set<string>(AnswerKindSchema.options.filter((kind) => !['person', 'place', 'date', 'time_of_day', 'postal_address'].includes(kind)));

/**
 * Whether the word is the name of a kind of answer (column-kind.ts) a column of the tables holds: "money" where a fee
 * or price column is, "weight" where a weight_kg is; the column says what it holds by its type, name and comment.
 */
export function namesAnswerKind(word: string, tables: readonly TableSchema[]): boolean {
  const singular = /[^s]s$/.test(word) ? word.slice(0, -1) : word;
  const kind = NAMED_KINDS.has(word) ? word : NAMED_KINDS.has(singular) ? singular : undefined;
  if (kind === undefined) return false;
  return tables.some((table) => table.columns.some((column) => columnKinds(column, table).has(kind as AnswerKind)));
}
