import type { Context } from '../context/context-schema.js';
import { bareName } from '../models/offline/bare-name.js';
import type { TreeTable } from '../sql-tree/outer-select-tree.js';

/** The catalog schemas of the tables an answer's SQL reads, matched by bare name whatever its case. */
export function readTableSchemas(tables: readonly TreeTable[], context: Pick<Context, 'table_schemas'>): Context['table_schemas'] {
  return tables.flatMap((entry) => context.table_schemas.filter((schema) => bareName(schema.name).toLowerCase() === entry.name));
}
