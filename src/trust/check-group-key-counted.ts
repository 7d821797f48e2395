import { aggregateOf, columnOf, type OuterSelectTree } from '../sql-tree/outer-select-tree.js';
import { keyExpression, type TreeNode } from '../sql-tree/statement-tree.js';
import type { AnswerCheckRule } from './answer-facts.js';
import { wordTable } from '../own-entry.js';

/**
 * COUNT(DISTINCT col) in a query grouped by col: every group counts one value, so the count says nothing; nor does
 * AVG, SUM, MIN or MAX of a column the query groups by (the sum is the key times the group's rows, the rest the key).
 */
export const checkGroupKeyCounted: AnswerCheckRule = ({ tree }) => {
  if (!tree || tree.groupBy.length === 0) return undefined;
  const keys = groupKeys(tree);
  const calls = outerAggregates(tree.clauses);
  for (const call of calls) {
    const counted = call.name === 'count' && call.distinct ? columnOf(call.argument)?.column : undefined;
    if (counted && keys.has(counted)) return { name: 'group_key_counted', passed: false, detail: `the SQL counts the distinct ${counted} within each ${counted}, which is always 1` };
  }
  // "avg price per MWh by offtaker" grouped by price_mwh too: each group's average is its own key.
  for (const call of calls) {
    const measured = call.name !== 'count' && !call.distinct ? columnOf(call.argument)?.column : undefined;
    if (measured && keys.has(measured)) {
      const says = call.name === 'sum' ? "the key times the group's rows" : 'the key itself';
      return { name: 'group_key_counted', passed: false, detail: `the SQL groups by ${measured} and takes the ${AGGREGATE_NAMES[call.name]} of ${measured} within each group, which is ${says}` };
    }
  }
  return undefined;
};

const AGGREGATE_NAMES: Readonly<Record<string, string>> = wordTable({ avg: 'average', sum: 'sum', min: 'minimum', max: 'maximum', median: 'median' });

/** The columns the outer GROUP BY names, directly, by an output alias or by the position of a select item. */
function groupKeys(tree: OuterSelectTree): Set<string> {
  const keys = new Set<string>();
  for (const key of tree.groupBy) {
    const column = columnOf(keyExpression(key, tree.selectList));
    if (column) keys.add(column.column);
  }
  return keys;
}

/** The aggregate calls of the outer query's clauses, not those of its subqueries (in an expression or in FROM). */
function outerAggregates(node: unknown, found: Array<NonNullable<ReturnType<typeof aggregateOf>>> = []) {
  if (Array.isArray(node)) node.forEach((item) => outerAggregates(item, found));
  else if (node && typeof node === 'object' && (node as TreeNode).class !== 'SUBQUERY' && (node as TreeNode).type !== 'SUBQUERY') {
    const call = aggregateOf(node as TreeNode);
    if (call) found.push(call);
    Object.values(node).forEach((value) => outerAggregates(value, found));
  }
  return found;
}
