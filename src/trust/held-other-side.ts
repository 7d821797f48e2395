import type { TableSchema } from '../context/context-schema.js';
import { bareName } from '../models/offline/bare-name.js';
import { columnOf, type OuterSelectTree } from '../sql-tree/outer-select-tree.js';
import { keyExpression } from '../sql-tree/statement-tree.js';
import { conditionColumns } from './condition-columns.js';
import { treeColumnSchema } from './tree-column-schema.js';

/**
 * COUNT(*) over a table that pairs two others (singer_in_concert between singer and concert) counts pairs: one per
 * `counted` row for each row of the other side. When the query holds that other side to one row per answer row
 * (groups by one of its columns, or holds one to a single value), the pairs it counts are one per `counted` row, and
 * nothing fans out. Whether `pairs` refers to a joined table besides `counted` that the query holds so.
 */
export function holdsOtherSide(tree: OuterSelectTree, schemas: readonly TableSchema[], pairs: TableSchema, counted: string): boolean {
  const joined = new Set(tree.tables.map((table) => table.name));
  const others = new Set(
    pairs.columns.flatMap((column) => {
      const target = column.references ? bareName(column.references.split('.').slice(0, -1).join('.')) : undefined;
      return target && target !== bareName(counted) && target !== bareName(pairs.name) && joined.has(target) ? [target] : [];
    }),
  );
  if (others.size === 0) return false;
  const tableOf = (ref: ReturnType<typeof columnOf>) => (ref ? treeColumnSchema(tree, schemas, ref)?.table : undefined);
  const grouped = tree.groupBy.map((key) => tableOf(columnOf(keyExpression(key, tree.selectList))));
  const fixed = [...conditionColumns(tree).values()].flat().filter((entry) => entry.fixed).map((entry) => tableOf(entry));
  return [...grouped, ...fixed].some((table) => table !== undefined && others.has(bareName(table.name)));
}
