import { splitIdentifier } from '../../catalog/split-identifier.js';
import { stemWord } from '../../catalog/stem-word.js';
import type { ColumnSchema, TableSchema } from '../../context/context-schema.js';
import { listedExpansion } from '../../lexicon/listed-short-forms.js';
import { isMeasureColumn } from './schema-lookup.js';

/** Whether a column's name says it holds one of the measures: a part of it, or the word a listed short part stands for (ht for height). */
function namesMeasure(column: ColumnSchema, measures: ReadonlySet<string>): boolean {
  return splitIdentifier(column.name).some((raw) => {
    const part = raw.toLowerCase();
    const expanded = listedExpansion(part);
    return measures.has(part) || measures.has(stemWord(part)) || (expanded !== undefined && measures.has(expanded));
  });
}

/**
 * "Which gym has the tallest wall?" over gym.max_wall_ht_m: the one number column named for the measure a superlative
 * adjective gives a value of (measure-pole.ts), on the table asked about, else the one such column of all tables.
 */
export function measureColumn(schemas: readonly TableSchema[], measures: readonly string[], preferred?: TableSchema): { table: TableSchema; column: ColumnSchema } | undefined {
  const wanted = new Set(measures);
  const own = preferred?.columns.filter((c) => isMeasureColumn(c) && namesMeasure(c, wanted)) ?? [];
  if (own.length === 1) return { table: preferred!, column: own[0]! };
  if (own.length > 1) return undefined;
  const all = schemas.flatMap((table) => table.columns.filter((c) => isMeasureColumn(c) && namesMeasure(c, wanted)).map((column) => ({ table, column })));
  return all.length === 1 ? all[0] : undefined;
}

/** Whether any number column is named for one of the measures: else a superlative of it ranks by nothing here. */
export function holdsMeasure(schemas: readonly TableSchema[], measures: readonly string[]): boolean {
  const wanted = new Set(measures);
  return schemas.some((table) => table.columns.some((c) => isMeasureColumn(c) && namesMeasure(c, wanted)));
}
