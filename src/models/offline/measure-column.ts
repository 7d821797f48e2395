import { splitIdentifier } from '../../catalog/split-identifier.js';
import { stemWord } from '../../catalog/stem-word.js';
import type { ColumnSchema, TableSchema } from '../../context/context-schema.js';
import { listedExpansion } from '../../lexicon/listed-short-forms.js';
import { isMeasureColumn } from './schema-lookup.js';
import { columnUnits } from './column-units.js';
import { unitQuantities } from '../../lexicon/unit-kind.js';

/**
 * Whether a column's name says it holds one of the measures: a part of it, the word a listed short part stands for (ht
 * for height), or a clipped start of four letters or more (dens for density).
 */
function namesMeasure(column: ColumnSchema, measures: ReadonlySet<string>): boolean {
  return splitIdentifier(column.name).some((raw) => {
    const part = raw.toLowerCase();
    const expanded = listedExpansion(part);
    return measures.has(part) || measures.has(stemWord(part)) || (expanded !== undefined && measures.has(expanded)) || (part.length >= 4 && [...measures].some((m) => m.length > part.length && m.startsWith(part)));
  });
}

/** Whether a column is measured in a unit of one of the measures: "lightest" (weight) over dens 'Air-dry density kg/m3'. */
function inUnitOf(column: ColumnSchema, measures: ReadonlySet<string>): boolean {
  return columnUnits(column).of.some((unit) => unit.senses.some((sense) => [...unitQuantities(sense)].some((q) => measures.has(q))));
}

/**
 * "Which gym has the tallest wall?" over gym.max_wall_ht_m: the one number column named for the measure a superlative
 * adjective gives a value of (measure-pole.ts), on the table asked about, else the one such column of all tables.
 */
export function measureColumn(schemas: readonly TableSchema[], measures: readonly string[], preferred?: TableSchema): { table: TableSchema; column: ColumnSchema } | undefined {
  const wanted = new Set(measures);
  // Named for the measure, else (no column anywhere is) measured in a unit of it.
  const holds = schemas.some((table) => table.columns.some((c) => isMeasureColumn(c) && namesMeasure(c, wanted))) ? namesMeasure : inUnitOf;
  const own = preferred?.columns.filter((c) => isMeasureColumn(c) && holds(c, wanted)) ?? [];
  if (own.length === 1) return { table: preferred!, column: own[0]! };
  if (own.length > 1) return undefined;
  const all = schemas.flatMap((table) => table.columns.filter((c) => isMeasureColumn(c) && holds(c, wanted)).map((column) => ({ table, column })));
  return all.length === 1 ? all[0] : undefined;
}

/** Whether any number column is named for one of the measures, or measured in a unit of one: else a superlative of it ranks by nothing here. */
export function holdsMeasure(schemas: readonly TableSchema[], measures: readonly string[]): boolean {
  const wanted = new Set(measures);
  return schemas.some((table) => table.columns.some((c) => isMeasureColumn(c) && (namesMeasure(c, wanted) || inUnitOf(c, wanted))));
}
