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

/**
 * What shows a group: its column, or its table's label columns. `byName`: a table labelled by one name column beside
 * its key is shown by the name alone ("Which setter set the most puzzles?" asks for the setter, not setter_key beside
 * pseud_nm); the key still groups it (entityKeys), and a question that asks for ids lists them outright. A person
 * told by first and last names keeps the key in view, as the demo's answers show it.
 */
export function dimensionItems(dim: Dimension, schemas: readonly TableSchema[], byName = false): SelectItem[] {
  if (dim.kind === 'column') return [{ expr: ref(dim.table, dim.column) }];
  const table = findTable(schemas, dim.table);
  if (!table) return [];
  const labels = labelColumns(table);
  if (labels.length === 1 && !labels[0]!.primary_key) return [{ expr: ref(table.name, labels[0]!.name), alias: singular(table.name) }];
  const names = labels.filter((column) => !column.primary_key);
  return (byName && names.length === 1 ? names : labels).map((column) => ({ expr: ref(table.name, column.name) }));
}

export function describeDimension(dim: Dimension): string {
  return dim.kind === 'column' ? `${dim.table}.${dim.column}` : singular(dim.table);
}
