import type { TableSchema } from '../../context/context-schema.js';
import { REVENUE_WORDS } from './analyze-question.js';
import type { QuestionWord } from './question-words.js';
import type { Mention } from './schema-mentions.js';
import { bareName } from './bare-name.js';
import { findColumn, findTable, isKeyColumn } from './schema-lookup.js';
import { GRAIN_NOUNS, type TimeGrain } from './time-grain.js';

export type PhraseTarget =
  | { kind: 'column'; table: string; column: string }
  | { kind: 'table'; table: string }
  | { kind: 'grain'; grain: TimeGrain }
  | { kind: 'revenue' };

/**
 * What a short phrase ("product category", "state", "month", "revenue") names. Among tables that share a
 * column name, the ones listed in `prefer` win.
 */
export function resolvePhrase(
  words: readonly QuestionWord[],
  mentions: readonly Mention[],
  schemas: readonly TableSchema[],
  prefer: readonly string[] = [],
): PhraseTarget | undefined {
  if (words.length === 0) return undefined;
  if (words.some((w) => REVENUE_WORDS.has(w.text))) return { kind: 'revenue' };
  const first = words[0]!.index;
  const last = words.at(-1)!.index;
  const inside = mentions.filter((m) => m.start >= first && m.end <= last + 1);
  const namesColumn = inside.some((m) => m.column !== undefined && m.full);
  if (words.length === 1 && GRAIN_NOUNS[words[0]!.stem] && !namesColumn) return { kind: 'grain', grain: GRAIN_NOUNS[words[0]!.stem]! };

  const rank = (m: Mention): number => {
    const preferred = prefer.findIndex((t) => bareName(t) === bareName(m.table));
    return (preferred < 0 ? prefer.length : preferred) - m.end * 0.01;
  };
  const byRank = (a: Mention, b: Mention): number => rank(a) - rank(b);

  const columns = (full: boolean): Mention[] => inside.filter((m) => m.column !== undefined && m.full === full).sort(byRank);
  const tables = (full: boolean): Mention[] => inside.filter((m) => m.column === undefined && m.full === full).sort((a, b) => b.end - a.end);

  for (const mention of [...columns(true), ...tables(true), ...columns(false), ...tables(false)]) {
    const table = findTable(schemas, mention.table);
    if (!table) continue;
    if (mention.column === undefined) return { kind: 'table', table: table.name };
    const column = findColumn(table, mention.column)!;
    if (column.references) {
      const target = findTable(schemas, column.references.split('.').slice(0, -1).join('.'));
      if (target) return { kind: 'table', table: target.name };
    }
    if (column.primary_key) return { kind: 'table', table: table.name };
    if (isKeyColumn(column)) continue;
    return { kind: 'column', table: table.name, column: column.name };
  }
  return undefined;
}
