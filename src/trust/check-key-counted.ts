import { bareName } from '../models/offline/bare-name.js';
import { columnOf, outerSelectTree } from '../sql-tree/outer-select-tree.js';
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
 * a subquery it reads FROM.
 */
export const checkKeyCounted: AnswerCheckRule = ({ tree, context }) => {
  if (!tree) return undefined;
  const from = tree.clauses.at(-1);
  const inner = from?.type === 'SUBQUERY' ? outerSelectTree(from.subquery as TreeNode) : undefined;
  for (const select of [tree, ...(inner ? [inner] : [])]) {
    if (select.tables.length === 0 || select.fromOther || select.groupBy.length === 0) continue;
    const counts = [...select.selectList, ...(select.having ? [select.having] : [])].some(holdsCount);
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

/** A COUNT call anywhere under the node, outside a subquery. */
