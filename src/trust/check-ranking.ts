import type { OuterSelectTree } from '../sql-tree/outer-select-tree.js';
import { keyExpression, type TreeNode } from '../sql-tree/statement-tree.js';
import type { AnswerCheckRule } from './answer-facts.js';

const ASKS_MOST_COMMON = /\bmost (common|frequent|popular|usual)\b|\bmost often\b/i;

/** "top 3", "the most", "the cheapest", "most common", "the first X": the SQL must order (or take a MIN/MAX) before it answers. */
/** "the first transcript", "the latest order" rank by time; "the last 30 days", "last month" are periods. */
const ASKS_FIRST_OR_LAST = /\bthe (first|last|earliest|latest|newest|oldest|most recent)\s+(?!\d|(?:few|couple|days?|weeks?|months?|quarters?|years?|hours?|minutes?|time|one|two|three|name|names)\b|(?:and|or)\s+(?:second|third|last|middle)\b)[a-z]/i;

export const checkRanking: AnswerCheckRule = ({ question, analysis, attempt, sql, tree }) => {
  if (!analysis.ranking && !ASKS_MOST_COMMON.test(question) && !ASKS_FIRST_OR_LAST.test(question)) return undefined;
  // "Which 3 collections had the most items ordered in 2025?" presumes there are some to rank: no rows is no answer.
  if (attempt.executed && attempt.row_count === 0) return { name: 'ranking', passed: false, detail: 'the question asks which rank first, presuming there are some, but the answer has no rows to rank' };
  // ORDER BY over one aggregated row ranks nothing.
  const ordersRows = sql.ordered && (sql.grouped || sql.aggregates.size === 0 || /\(\s*select\b/.test(sql.code));
  const ranks = ordersRows || sql.windowed || sql.aggregates.has('max') || sql.aggregates.has('min');
  if (!ranks) return { name: 'ranking', passed: false, detail: 'the question asks for the top or the most, but the SQL neither orders nor takes a maximum' };
  if (sortsOnlyItsGroups(tree) && !sql.windowed && !sql.aggregates.has('max') && !sql.aggregates.has('min')) {
    return { name: 'ranking', passed: false, detail: 'the question asks for the top or the most, but the SQL only sorts its groups by their keys and keeps them all' };
  }
  if (ASKS_MOST_COMMON.test(question) && !sql.aggregates.has('count') && !sql.aggregates.has('sum')) {
    return { name: 'ranking', passed: false, detail: 'the question asks for the most common, but the SQL counts nothing' };
  }
  const limit = analysis.ranking?.explicit ? analysis.ranking.limit : undefined;
  const grouped = analysis.byPhrases.some((phrase) => phrase.keyword !== 'by');
  if (limit !== undefined && !grouped && attempt.row_count > limit && !sql.windowed) {
    return { name: 'ranking', passed: false, detail: `the question asks for the top ${limit}, but the answer has ${attempt.row_count} rows` };
  }
  const cut = /\blimit\s+(\d+)/.exec(sql.code);
  if (analysis.ranking && !analysis.ranking.explicit && !analysis.sort && !grouped && cut && Number(cut[1]) > 1 && !/\bthe\s+\w+est\s+\w+s\b/i.test(question)) {
    return { name: 'ranking', passed: false, detail: `the question asks for the single ${question.match(/\b(most|least|highest|lowest|largest|smallest|biggest|\w+est)\b/i)?.[0] ?? 'top'} one, but the SQL keeps ${cut[1]} rows` };
  }
  return { name: 'ranking', passed: true, detail: 'the SQL ranks before it answers' };
};

/**
 * "GROUP BY 1, 2 ORDER BY 1, 2" with no LIMIT and nothing descending: the rows come out in the order of their own
 * keys, a listing of every group, not a ranking of them by what the question ranks. Keys compare as the select-list
 * expressions their positions and aliases name.
 */
function sortsOnlyItsGroups(tree: OuterSelectTree | undefined): boolean {
  if (!tree || tree.groupBy.length === 0 || holdsSubquery(tree.clauses)) return false;
  const modifiers = tree.clauses.filter((clause) => clause.type === 'ORDER_MODIFIER' || clause.type === 'LIMIT_MODIFIER' || clause.type === 'LIMIT_PERCENT_MODIFIER');
  const order = modifiers.find((modifier) => modifier.type === 'ORDER_MODIFIER');
  if (!order || modifiers.length > 1) return false;
  const orders = (order.orders as TreeNode[]) ?? [];
  if (orders.some((key) => key.type === 'ORDER_DESCENDING')) return false;
  const groupKeys = new Set(tree.groupBy.map((key) => sameKey(key, tree.selectList)));
  return orders.every((key) => groupKeys.has(sameKey(key.expression as TreeNode, tree.selectList)));
}

/** A key as text that is the same for the same expression, however written (position, output alias, the expression). */
function sameKey(key: TreeNode, selectList: TreeNode[]): string {
  const expression = keyExpression(key, selectList);
  return JSON.stringify(expression ?? key, (name, value: unknown) => (name === 'query_location' || name === 'alias' ? undefined : typeof value === 'string' ? value.toLowerCase() : value));
}

function holdsSubquery(node: unknown): boolean {
  if (Array.isArray(node)) return node.some(holdsSubquery);
  if (!node || typeof node !== 'object') return false;
  if ((node as TreeNode).class === 'SUBQUERY' || (node as TreeNode).type === 'SUBQUERY') return true;
  return Object.values(node).some(holdsSubquery);
}
