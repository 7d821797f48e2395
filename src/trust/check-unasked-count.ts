import { questionWords } from '../models/offline/question-words.js';
import { wordRoot } from '../models/offline/word-root.js';
import { aggregateOf, columnOf } from '../sql-tree/outer-select-tree.js';
import type { TreeNode } from '../sql-tree/statement-tree.js';
import type { AnswerCheckRule } from './answer-facts.js';

/**
 * Words by which a question asks for a count or ranks by one: "how many", "number", "no. of", "#", "most", "fewest",
 * "often", "times", "total", quantifiers ("both", "every", "only one"), "per" and "average", and any superlative
 * ("busiest"), read loosely so that only a question with none of them is judged.
 */
const ASKS_COUNT =
  /\b(?:how many|number|numbers|num|count|counts|counted|counting|most|least|fewest|more|fewer|less|often|times|total|totals|tally|frequency|frequent|frequently|popular|amount|quantity|size|many|multiple|several|once|twice|thrice|both|all|every|each|any|none|average|avg|mean|per|breakdown|distribution|summary|summarise|summarize|\w+est)\b|\bno\.|#|\bnos?\b/i;

/**
 * "How can we reach Chloe Marsden's parents by email?" answered by `SELECT parent_email, COUNT(*) … GROUP BY 1`: the
 * answer shows a count no word of the question asks for (no "how many", "number", ranking or quantifier), so the SQL
 * grouped and counted where the question wanted the values themselves. A count of something the question names
 * ("Show monthly active users …" counting users) is the answer asked for.
 */
export const checkUnaskedCount: AnswerCheckRule = ({ question, tree }) => {
  if (!tree || ASKS_COUNT.test(question)) return undefined;
  const counted = tree.selectList.find((item) => countsRows(item));
  if (!counted) return undefined;
  // "Show monthly active users for the last quarter": a plural the question names is what the count counts (its
  // alias, the counted column or a table read), so the count is the answer asked for.
  const said = new Set(questionWords(question).map((word) => wordRoot(word.text)));
  const argument = columnOf(aggregateOf(counted)?.argument);
  const names = [String(counted.alias ?? ''), argument?.column ?? '', ...tree.tables.map((table) => table.name)];
  if (names.flatMap((name) => name.toLowerCase().split(/[^a-z]+/)).some((part) => part.length >= 3 && said.has(wordRoot(part)))) return undefined;
  return {
    name: 'unasked_count',
    passed: false,
    detail: `the answer shows a count (${String(counted.alias || 'COUNT')}) that no word of the question asks for`,
  };
};

const countsRows = (node: TreeNode): boolean => aggregateOf(node)?.name === 'count';
