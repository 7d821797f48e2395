import { bareName } from '../models/offline/bare-name.js';
import { aggregateOf, columnOf, columnsUnder, type OuterSelectTree, type TreeColumn } from '../sql-tree/outer-select-tree.js';
import type { TreeNode } from '../sql-tree/statement-tree.js';
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
      // The many side read for anything besides how it joins (a date, a quantity) is what the question is about, unless
      // the WHERE only asks that it equal a constant: the row has such a line, which may be there more than once.
      const ownRead = read.some((c) => c?.table === child.table && !joinColumns.some((j) => sameColumn(j, c)));
      const picked = ownRead ? pickedByConstants(tree, child, resolve) : undefined;
      if (ownRead && !picked) continue;
      const reads = picked ? `reads ${bareName(child.table.name)} only to ask that its ${picked} equal a constant, which several of its rows may` : `reads nothing of ${bareName(child.table.name)} but the join`;
      return {
        name: 'fanned_sum',
        passed: false,
        detail: `${name.toUpperCase()}(${bareName(one.name)}.${column.column.name}) counts each ${bareName(one.name)} row once for every ${bareName(child.table.name)} row it joins, and the SQL ${reads}`,
      };
    }
  }
  return undefined;
};

/**
 * "total donations at sessions where a lawn mower was brought in" as SUM(session.donations_gbp) … WHERE
 * item.item_desc = 'Lawn mower': the many side's own columns read only in the WHERE's top-level AND, each compared
 * with constants by = or IN, and none of them its one-column key (which would pick one row). Returns those columns.
 */
function pickedByConstants(tree: OuterSelectTree, child: ResolvedColumn, resolve: (ref: TreeColumn) => ResolvedColumn | undefined): string | undefined {
  const elsewhere = [...tree.selectList, ...tree.groupBy, ...(tree.having ? [tree.having] : [])];
  if (columnsUnder(elsewhere).some((ref) => resolve(ref)?.table === child.table)) return undefined;
  const conjuncts = (node: TreeNode | undefined): TreeNode[] => (!node ? [] : node.type === 'CONJUNCTION_AND' ? ((node.children as TreeNode[]) ?? []).flatMap(conjuncts) : [node]);
  const keys = child.table.columns.filter((c) => c.primary_key);
  const picked: string[] = [];
  for (const condition of conjuncts(tree.where)) {
    const own = columnsUnder(condition).map(resolve).filter((c) => c?.table === child.table);
    if (own.length === 0) continue;
    const compared = equalsConstants(condition);
    const resolved = compared ? resolve(compared) : undefined;
    if (!resolved || resolved.table !== child.table || own.length !== 1) return undefined;
    if (keys.length === 1 && keys[0]!.name === resolved.column.name) return undefined;
    picked.push(resolved.column.name);
  }
  return picked.length > 0 ? picked.join(', ') : undefined;
}

/** The column of `column = constant` or `column IN (constants…)`; undefined for any other condition. */
function equalsConstants(condition: TreeNode): TreeColumn | undefined {
  const constant = (node: unknown) => (node as TreeNode | undefined)?.class === 'CONSTANT';
  if (condition.type === 'COMPARE_EQUAL') {
    const [left, right] = [condition.left as TreeNode, condition.right as TreeNode];
    return constant(right) ? columnOf(left) : constant(left) ? columnOf(right) : undefined;
  }
  if (condition.type === 'COMPARE_IN') {
    const [first, ...rest] = (condition.children as TreeNode[]) ?? [];
    return rest.length > 0 && rest.every(constant) ? columnOf(first) : undefined;
  }
  return undefined;
}
