import { bareName } from '../models/offline/bare-name.js';
import { aggregateOf, columnsUnder, type TreeColumn } from '../sql-tree/outer-select-tree.js';
import type { AnswerCheckRule } from './answer-facts.js';
import { treeColumnSchema, type ResolvedColumn } from './tree-column-schema.js';

/**
 * "What is the total of tips on checks that included a dessert?" answered by SUM(checks.tip_usd) over checks JOIN
 * check_items JOIN menu_items: a check's tip comes once for every line it joins, so the sum adds it again for each
 * dessert. The table joined on the many side (its column refers to the summed table's key) is read for nothing but
 * its join columns: it only says the row has such lines, which EXISTS or IN says without repeating the row.
 */
export const checkFannedSum: AnswerCheckRule = ({ tree, context }) => {
  if (!tree) return undefined;
  const resolve = (ref: TreeColumn) => treeColumnSchema(tree, context.table_schemas, ref);
  const summed = tree.selectList
    .map((item) => aggregateOf(item))
    .flatMap((aggregate) => {
      if (!aggregate || aggregate.distinct || (aggregate.name !== 'sum' && aggregate.name !== 'avg')) return [];
      const columns = columnsUnder(aggregate.argument).map(resolve);
      return columns.length > 0 && columns.every((c) => c !== undefined && c.table === columns[0]!.table) ? [{ name: aggregate.name, column: columns[0]! }] : [];
    });
  if (summed.length === 0) return undefined;
  const sameColumn = (a: ResolvedColumn | undefined, b: ResolvedColumn | undefined) => a !== undefined && b !== undefined && a.table === b.table && a.column === b.column;
  const joinColumns = tree.joins.flatMap((join) => [resolve(join.left), resolve(join.right)]);
  const read = columnsUnder(tree.clauses).map(resolve);
  for (const { name, column } of summed) {
    const one = column.table;
    for (const join of tree.joins) {
      const [left, right] = [resolve(join.left), resolve(join.right)];
      if (!left || !right || left.table === right.table) continue;
      const [parent, child] = left.table === one ? [left, right] : right.table === one ? [right, left] : [undefined, undefined];
      if (!parent || !child) continue;
      const parentKey = parent.column.primary_key && parent.table.columns.filter((c) => c.primary_key).length === 1;
      const childKey = child.column.primary_key && child.table.columns.filter((c) => c.primary_key).length === 1;
      const refers = child.column.references?.toLowerCase() === `${bareName(parent.table.name)}.${parent.column.name.toLowerCase()}`;
      if (!(parentKey || refers) || childKey) continue;
      // The many side read for anything besides how it joins (a date, a quantity) is what the question is about.
      const ownRead = read.some((c) => c?.table === child.table && !joinColumns.some((j) => sameColumn(j, c)));
      if (ownRead) continue;
      return {
        name: 'fanned_sum',
        passed: false,
        detail: `${name.toUpperCase()}(${bareName(one.name)}.${column.column.name}) counts each ${bareName(one.name)} row once for every ${bareName(child.table.name)} row it joins, and the SQL reads nothing of ${bareName(child.table.name)} but the join`,
      };
    }
  }
  return undefined;
};
