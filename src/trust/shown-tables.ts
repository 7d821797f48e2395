import type { TableSchema } from '../context/context-schema.js';
import { columnsUnder, holdsAggregate, type OuterSelectTree } from '../sql-tree/outer-select-tree.js';
import { treeColumnSchema } from './tree-column-schema.js';

/** The tables whose rows the answer shows: those of the columns its SELECT list reads outside an aggregate. */
export function shownTables(tree: OuterSelectTree, schemas: readonly TableSchema[]): Set<TableSchema> {
  return new Set(
    tree.selectList
      .filter((item) => !holdsAggregate(item))
      .flatMap((item) => columnsUnder(item).map((ref) => treeColumnSchema(tree, schemas, ref)))
      .flatMap((resolved) => (resolved ? [resolved.table] : [])),
  );
}
