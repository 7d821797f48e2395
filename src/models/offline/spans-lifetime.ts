import type { TableSchema } from '../../context/context-schema.js';
import { isDateColumn } from './schema-lookup.js';

/**
 * A table's dates span a lifespan when one opens it and another, empty while it lasts, closes it (joined_on and
 * lapsed_on, a start and a leaving date): they date the row's own standing, not something that happened to it.
 */
export function spansLifetime(table: TableSchema): boolean {
  const dates = table.columns.filter(isDateColumn);
  return dates.some((c) => !c.nullable) && dates.some((c) => c.nullable);
}
