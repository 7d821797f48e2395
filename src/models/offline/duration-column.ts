import type { ColumnSchema, TableSchema } from '../../context/context-schema.js';
import { splitIdentifier } from '../../catalog/split-identifier.js';
import { nounAncestors } from '../../lexicon/noun-ancestors.js';
import { isMeasureColumn } from './schema-lookup.js';

/** Whether a column's name says it measures how long: a part WordNet files under a unit of time or a duration ("minutes", "runtime"). */
export function namesDuration(name: string): boolean {
  return splitIdentifier(name.toLowerCase()).some((part) => part.length > 2 && (nounAncestors(part).has('time_unit') || nounAncestors(part).has('duration')));
}

/** The one number column of a table that measures how long each row lasted ("the longest match" over matches.minutes). */
export function durationColumn(table: TableSchema): ColumnSchema | undefined {
  const found = table.columns.filter((column) => isMeasureColumn(column) && namesDuration(column.name));
  return found.length === 1 ? found[0] : undefined;
}
