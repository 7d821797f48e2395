import { asksWhetherAnyExist } from '../models/offline/existence-question.js';
import { outerSelectTree } from '../sql-tree/outer-select-tree.js';
import type { TreeNode } from '../sql-tree/statement-tree.js';
import type { AnswerCheckRule } from './answer-facts.js';

const EXISTENTIAL = /\b(?:there|any|anyone|anybody|anything|someone|somebody|something|ever)\b/;
/** Closed-class words and the words for the data store itself, which restrict no rows. */
const CLOSED = new Set(['the', 'our', 'your', 'their', 'its', 'this', 'that', 'these', 'those', 'here', 'there', 'now', 'yet', 'still', 'any', 'all', 'with', 'from', 'for', 'database', 'data', 'records', 'record', 'file', 'files', 'system', 'table', 'list', 'books']);

/**
 * "Do any patients smoke?" answered by `SELECT COUNT(*) > 0 FROM (SELECT smoker FROM patients)`: whether rows exist,
 * asked of a listing that keeps every row of one table (no WHERE, join, GROUP BY, HAVING or LIMIT), is yes whenever
 * the table holds a row, so what the question asks them to do or be was left out. "Are there any patients?" asks
 * nothing more and passes.
 */
export const checkExistenceUnrestricted: AnswerCheckRule = ({ question, tree }) => {
  if (!tree || !asksWhetherAnyExist(question)) return undefined;
  const from = tree.clauses.at(-1);
  const listing = from?.type === 'SUBQUERY' ? outerSelectTree(from.subquery as TreeNode) : undefined;
  if (!listing || listing.fromOther || listing.tables.length !== 1 || listing.where || listing.having || listing.groupBy.length > 0) return undefined;
  const inner = (from!.subquery as TreeNode).node as TreeNode;
  if (((inner.modifiers as TreeNode[] | undefined) ?? []).some((modifier) => modifier.type === 'LIMIT_MODIFIER')) return undefined;
  // "Are there any patients?" / "Do we have any patients on file?": nothing but the rows' noun after the existential.
  const [first = ''] = question.trim().split(/(?<=[?.!])\s+/);
  const after = first.toLowerCase().split(EXISTENTIAL)[1] ?? '';
  if ((after.match(/[a-z]+/g) ?? []).filter((word) => word.length > 2 && !CLOSED.has(word)).length <= 1) return undefined;
  return {
    name: 'existence_unrestricted',
    passed: false,
    detail: `the question asks whether any ${listing.tables[0]!.name} rows do what it says, but the SQL keeps every row of ${listing.tables[0]!.name}, so the answer is yes whenever it holds one`,
  };
};
