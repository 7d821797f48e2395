import type { ColumnSchema, TableSchema } from '../context/context-schema.js';
import { bareName } from '../models/offline/bare-name.js';
import type { OuterSelectTree, TreeColumn } from '../sql-tree/outer-select-tree.js';

/** A column the outer SELECT reads, found in the schema: its table and its column. */
export interface ResolvedColumn {
  table: TableSchema;
  column: ColumnSchema;
}

/**
 * The schema column a reference names: through its alias to a table the FROM reads, or, written bare, in the one
 * table of the FROM that holds a column of that name. Undefined for a table nobody linked or an output alias.
 */
export function treeColumnSchema(tree: OuterSelectTree, schemas: readonly TableSchema[], ref: TreeColumn): ResolvedColumn | undefined {
  const read = ref.owner ? tree.tables.filter((table) => table.alias === ref.owner || table.name === ref.owner) : tree.tables;
  const found = read.flatMap((entry) => {
    const table = schemas.find((schema) => bareName(schema.name) === entry.name);
    const column = table?.columns.find((c) => c.name.toLowerCase() === ref.column);
    return table && column ? [{ table, column }] : [];
  });
  return found.length === 1 ? found[0] : undefined;
}
