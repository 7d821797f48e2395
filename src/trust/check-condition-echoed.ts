import { splitIdentifier } from '../catalog/split-identifier.js';
import { bareName } from '../models/offline/bare-name.js';
import { questionWords } from '../models/offline/question-words.js';
import { wordRoot } from '../models/offline/word-root.js';
import { columnOf, type TreeColumn } from '../sql-tree/outer-select-tree.js';
import type { TreeNode } from '../sql-tree/statement-tree.js';
import type { AnswerCheckRule } from './answer-facts.js';
import { requestedItems } from './requested-items.js';
import { sqlReadsWord } from './sql-reads-word.js';
import { treeColumnSchema } from './tree-column-schema.js';

/** Words that end the noun phrase a question opens with: "pts w/ DOB before 1940", "patients who …". */
const PHRASE_END = /^(w|with|of|for|from|in|on|at|by|who|that|which|whose|where|when|before|after|since|than|over|under|born|aged)$/;

/**
 * "pts w/ DOB before 1940 who are still registered" answered by `SELECT dob … WHERE dob < 1940`: every column the
 * answer shows is one its own WHERE compares with a constant, so it repeats the condition and does not say which
 * rows meet it. Not when the question asks for that column ("What are the ages of singers older than 30?").
 */
export const checkConditionEchoed: AnswerCheckRule = ({ question, tree, context }) => {
  if (!tree?.where || tree.groupBy.length > 0) return undefined;
  const shown = tree.selectList.map((item) => columnOf(item));
  if (shown.length === 0 || shown.some((ref) => ref === undefined)) return undefined;
  const resolve = (ref: TreeColumn) => treeColumnSchema(tree, context.table_schemas, ref);
  const compared = comparedWithConstants(tree.where).map(resolve);
  const columns = shown.map((ref) => resolve(ref!));
  if (columns.some((column) => column === undefined || !compared.some((c) => c?.column === column.column))) return undefined;
  const items = requestedItems(question).flat();
  const words = questionWords(question);
  const end = words.findIndex((word) => PHRASE_END.test(word.text));
  const asked = items.length > 0 ? items : words.slice(0, end < 0 ? words.length : end);
  const asksFor = columns.some((entry) => {
    const roots = new Set(splitIdentifier(entry!.column.name).flatMap((part) => [part.toLowerCase(), wordRoot(part.toLowerCase())]));
    return asked.some((word) => sqlReadsWord(word.text, roots));
  });
  if (asksFor) return undefined;
  return {
    name: 'condition_echoed',
    passed: false,
    detail: `the answer shows only ${columns.map((c) => `${bareName(c!.table.name)}.${c!.column.name}`).join(', ')}, which its own WHERE compares with constants, not which rows meet them`,
  };
};

/** Columns a condition compares with a constant (`dob < DATE '1940-01-01'`, `status = 'A'`), under ANDs and ORs. */
function comparedWithConstants(condition: TreeNode): TreeColumn[] {
  if (condition.class === 'CONJUNCTION') return ((condition.children as TreeNode[]) ?? []).flatMap(comparedWithConstants);
  const sides = condition.class === 'COMPARISON' ? [condition.left, condition.right] : condition.class === 'BETWEEN' ? [condition.input, condition.lower] : [];
  const [left, right] = sides as [TreeNode | undefined, TreeNode | undefined];
  const constant = (node: TreeNode | undefined) => node?.class === 'CONSTANT' || (node?.class === 'CAST' && (node.child as TreeNode)?.class === 'CONSTANT');
  const column = columnOf(left) ?? columnOf(right);
  return column && (constant(left) || constant(right)) ? [column] : [];
}
