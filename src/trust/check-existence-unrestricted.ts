import { asksWhetherAnyExist } from '../models/offline/existence-question.js';
import { outerSelectTree } from '../sql-tree/outer-select-tree.js';
import type { TreeNode } from '../sql-tree/statement-tree.js';
import type { AnswerCheckRule } from './answer-facts.js';
import { ARTICLES, DEMONSTRATIVES, POSSESSIVE_DETERMINERS, QUANTIFIERS } from '../lexicon/determiners.js';
import { PRO_ADVERBS } from '../lexicon/function-adverbs.js';
import { PREPOSITIONS } from '../lexicon/prepositions.js';
import { pick, wordSet } from '../lexicon/word-set.js';

const EXISTENTIAL = /\b(?:there|any|anyone|anybody|anything|someone|somebody|something|ever)\b/;
/** Words for the data store itself ("in the database", "on file", "on the books"). */
const DATA_STORE_WORDS = ['database', 'data', 'records', 'record', 'file', 'files', 'system', 'table', 'list', 'books'];
/** Closed-class words, "yet"/"still", and the words for the data store itself: none restricts the rows. */
const UNRESTRICTIVE: ReadonlySet<string> = wordSet(
  pick(ARTICLES, 'the'),
  pick(POSSESSIVE_DETERMINERS, 'our', 'your', 'their', 'its'),
  DEMONSTRATIVES,
  pick(PRO_ADVERBS, 'here', 'there', 'now'),
  pick(QUANTIFIERS, 'any', 'all'),
  pick(PREPOSITIONS, 'with', 'from', 'for'),
  ['yet', 'still'],
  DATA_STORE_WORDS,
);

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
  if ((after.match(/[a-z]+/g) ?? []).filter((word) => word.length > 2 && !UNRESTRICTIVE.has(word)).length <= 1) return undefined;
  return {
    name: 'existence_unrestricted',
    passed: false,
    detail: `the question asks whether any ${listing.tables[0]!.name} rows do what it says, but the SQL keeps every row of ${listing.tables[0]!.name}, so the answer is yes whenever it holds one`,
  };
};
