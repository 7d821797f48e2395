import { bareName } from '../models/offline/bare-name.js';
import type { AnswerCheck, TableSchema } from '../context/context-schema.js';
import { aggregateOf, columnOf, outerSelectTree, type OuterSelectTree } from '../sql-tree/outer-select-tree.js';
import { conjuncts } from '../sql-tree/string-constants.js';
import type { TreeNode } from '../sql-tree/statement-tree.js';
import type { AnswerCheckRule } from './answer-facts.js';
import { groupedNodes } from './grouped-nodes.js';
import { holdsCount } from './holds-count.js';
import { oneRowPerKey } from './one-row-per-key.js';
import { treeColumnSchema } from './tree-column-schema.js';

/**
 * "avg mins per pool visit" answered by AVG(visit_count) over `SELECT visit_id, COUNT(*) … FROM visits GROUP BY 1`:
 * grouped by the primary key of the one table it reads, every group holds one row, so every count is 1 and whatever
 * is taken of the counts says nothing of the data. The same when the other tables read are each joined on their own key
 * ("avg # of kids per booking" as rooms counted per booking_ref: a booking has one room). Read on the outer SELECT and on
 * a subquery it reads FROM. Ranked by such a count ("the coach with the most seats" as coaches counted per coach_id),
 * every group ties at 1 and the order is arbitrary.
 */
export const checkKeyCounted: AnswerCheckRule = ({ tree, context }) => {
  if (!tree) return undefined;
  const from = tree.clauses.at(-1);
  const inner = from?.type === 'SUBQUERY' ? outerSelectTree(from.subquery as TreeNode) : undefined;
  for (const select of [tree, ...(inner ? [inner] : [])]) {
    const pinned = pinnedKeyCounted(select, context.table_schemas);
    if (pinned) return pinned;
    if (select.tables.length === 0 || select.fromOther || select.groupBy.length === 0) continue;
    const orderings = select.clauses.filter((clause) => clause.type === 'ORDER_MODIFIER');
    const counts = [...select.selectList, ...(select.having ? [select.having] : []), ...orderings].some(holdsCount);
    if (!counts) continue;
    for (const node of groupedNodes(select)) {
      const ref = columnOf(node);
      const resolved = ref ? treeColumnSchema(select, context.table_schemas, ref) : undefined;
      if (!resolved?.column.primary_key || resolved.table.columns.filter((c) => c.primary_key).length !== 1) continue;
      if (!oneRowPerKey(select, context.table_schemas, resolved.table)) continue;
      return {
        name: 'key_counted',
        passed: false,
        detail: `the SQL counts rows grouped by ${bareName(resolved.table.name).toLowerCase()}.${resolved.column.name}, the key of ${select.tables.length === 1 ? 'the one table it reads' : 'a table every other table read is joined to on its own key'}, so every group holds one row and every count is 1`,
      };
    }
  }
  return undefined;
};

/**
 * "How many times was SJ5001 inspected?" answered by `SELECT COUNT(*) FROM jobs WHERE job_ref = 'SJ5001'`: the WHERE
 * pins the primary key of the one table read (or of a table every other one is joined to on its own key), so the count
 * is 1 or 0, grouped or not, and says only whether the row exists; the rows the question counts are elsewhere. A count
 * the SQL compares ("COUNT(*) > 0", is there such a row) asks exactly that and passes.
 */
function pinnedKeyCounted(select: OuterSelectTree, schemas: readonly TableSchema[]): AnswerCheck | undefined {
  if (select.tables.length === 0 || select.fromOther) return undefined;
  if (!select.selectList.some((item) => aggregateOf(item.class === 'CAST' ? (item.child as TreeNode) : item)?.name === 'count')) return undefined;
  for (const condition of conjuncts(select.where)) {
    if (condition.type !== 'COMPARE_EQUAL') continue;
    const sides = [condition.left as TreeNode, condition.right as TreeNode];
    const ref = sides.map((side) => columnOf(side)).find((found) => found !== undefined);
    if (!ref || !sides.some((side) => side?.class === 'CONSTANT')) continue;
    const resolved = treeColumnSchema(select, schemas, ref);
    if (!resolved?.column.primary_key || resolved.table.columns.filter((c) => c.primary_key).length !== 1) continue;
    if (!oneRowPerKey(select, schemas, resolved.table)) continue;
    const table = bareName(resolved.table.name).toLowerCase();
    return {
      name: 'key_counted',
      passed: false,
      detail: `the SQL counts rows of ${table} where its key ${resolved.column.name} is one value, so the count is 1 or 0 and says only whether that ${table} row exists`,
    };
  }
  return undefined;
}

/** A COUNT call anywhere under the node, outside a subquery. */
