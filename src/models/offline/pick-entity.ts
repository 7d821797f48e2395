import type { TableSchema } from '../../context/context-schema.js';
import type { Mention } from './schema-mentions.js';
import type { QuestionWord } from './question-words.js';
import { isCompoundModifier } from './compound-modifier.js';
import { findTable } from './schema-lookup.js';

/**
 * The table the question is about: the first table it names outside group phrases and filters, full names before
 * head words. "excluding returns" names the returns table only to subtract it.
 */
export function pickEntity(
  mentions: readonly Mention[],
  blocked: ReadonlySet<number>,
  schemas: readonly TableSchema[],
  netOfReturns: boolean,
  words: readonly QuestionWord[] = [],
): string | undefined {
  const named = mentions.filter((m) => m.column === undefined && !blocked.has(m.start)).filter((m) => !(netOfReturns && /(return|refund)/i.test(m.table)));
  const tables = named.filter((m) => !isCompoundModifier(m, named, words)).sort((a, b) => Number(b.full) - Number(a.full) || a.start - b.start);
  return tables[0] ? findTable(schemas, tables[0].table)?.name : undefined;
}
