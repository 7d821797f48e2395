import { splitIdentifier } from '../catalog/split-identifier.js';
import { QUANTIFIERS } from '../lexicon/determiners.js';
import { pick, wordSet } from '../lexicon/word-set.js';
import { bareName } from '../models/offline/bare-name.js';
import { questionWords } from '../models/offline/question-words.js';
import { tableNameWords } from '../models/offline/table-name-words.js';
import { wordRoot } from '../models/offline/word-root.js';
import { columnOf, type TreeColumn } from '../sql-tree/outer-select-tree.js';
import type { TreeNode } from '../sql-tree/statement-tree.js';
import type { AnswerCheckRule } from './answer-facts.js';
import { sqlReadsWord } from './sql-reads-word.js';
import { treeColumnSchema } from './tree-column-schema.js';

/** Quantifiers that say the noun after them means every row it names. */
const WHOLE_SET: ReadonlySet<string> = wordSet(pick(QUANTIFIERS, 'every', 'all'));

/** The `column = 'text'` conditions on the outer WHERE's top-level AND. */
function equalities(node: TreeNode | undefined, found: Array<{ ref: TreeColumn; value: string }> = []): Array<{ ref: TreeColumn; value: string }> {
  if (!node) return found;
  if (node.type === 'CONJUNCTION_AND') for (const child of (node.children as TreeNode[]) ?? []) equalities(child, found);
  else if (node.class === 'COMPARISON' && node.type === 'COMPARE_EQUAL') {
    const sides = [node.left as TreeNode, node.right as TreeNode];
    const ref = sides.map(columnOf).find(Boolean);
    const value = sides.map((side) => (side?.class === 'CONSTANT' ? (side.value as { value?: unknown } | undefined)?.value : undefined)).find((v) => typeof v === 'string');
    if (ref && typeof value === 'string') found.push({ ref, value });
  }
  return found;
}

/**
 * "every diver who is still with the company" answered by `FROM divers WHERE role = 'diver' AND left_on IS NULL`: the
 * question's noun, after "every" or "all", names every row of the table (divers), and the SQL reads the same word again
 * as a value of one of that table's own columns, keeping only some of them. A question that names the column after the
 * noun ("whose role is diver") says it meant that kind; named before it, the column is shown, not tested ("the name and
 * role of every framer"); "which diver" does not say every row.
 */
export const checkOwnNameValue: AnswerCheckRule = ({ question, tree, context }) => {
  if (!tree?.where) return undefined;
  const words = questionWords(question);
  for (const { ref, value } of equalities(tree.where)) {
    const resolved = treeColumnSchema(tree, context.table_schemas, ref);
    if (!resolved || /\s/.test(value.trim())) continue;
    const tableHead = tableNameWords(resolved.table.name).at(-1)!;
    const root = wordRoot(tableHead);
    if (root.length < 3 || wordRoot(value.toLowerCase()) !== root) continue;
    // "every diver", "all divers": the quantifier says the whole set the noun names; "which diver" does not.
    const noun = words.findIndex((word, k) => wordRoot(word.text) === root && WHOLE_SET.has(words[k - 1]?.text ?? ''));
    if (noun < 0) continue;
    // "whose role is diver" names the column as the condition; "the name and role of every framer" asks to show it.
    const columnRoots = new Set(splitIdentifier(resolved.column.name).map((part) => part.toLowerCase()).filter((part) => part !== tableHead && wordRoot(part) !== root).flatMap((part) => [part, wordRoot(part)]));
    if (columnRoots.size > 0 && words.slice(noun + 1).some((word) => word.text.length >= 3 && sqlReadsWord(word.text, columnRoots))) continue;
    return {
      name: 'own_name_value',
      passed: false,
      detail: `"${tableHead}" names the rows of ${bareName(resolved.table.name)}, and the SQL also holds its ${resolved.column.name} to '${value}', keeping only some of them`,
    };
  }
  return undefined;
};
