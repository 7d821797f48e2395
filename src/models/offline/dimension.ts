import type { TableSchema } from '../../context/context-schema.js';
import { ref, type SelectItem } from './query-spec.js';
import type { PhraseTarget } from './resolve-phrase.js';
import { singular } from './singular.js';
import { findTable, labelColumns } from './schema-lookup.js';

/** A GROUP BY target: one column, or a table shown by its label columns (name, or key and names). */
export type Dimension = { kind: 'column'; table: string; column: string } | { kind: 'table'; table: string };

export function asDimension(target: PhraseTarget | undefined): Dimension | undefined {
  if (target?.kind === 'column' || target?.kind === 'table') return target;
  return undefined;
}

export function dimensionItems(dim: Dimension, schemas: readonly TableSchema[]): SelectItem[] {
  if (dim.kind === 'column') return [{ expr: ref(dim.table, dim.column) }];
  const table = findTable(schemas, dim.table);
  if (!table) return [];
  const labels = labelColumns(table);
  if (labels.length === 1 && !labels[0]!.primary_key) return [{ expr: ref(table.name, labels[0]!.name), alias: singular(table.name) }];
  return labels.map((column) => ({ expr: ref(table.name, column.name) }));
}

export function describeDimension(dim: Dimension): string {
  return dim.kind === 'column' ? `${dim.table}.${dim.column}` : singular(dim.table);
}
