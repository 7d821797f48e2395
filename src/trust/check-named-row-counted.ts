import { splitIdentifier } from '../catalog/split-identifier.js';
import { aggregateOf, columnOf } from '../sql-tree/outer-select-tree.js';
import { conjuncts, stringConstant } from '../sql-tree/string-constants.js';
import type { TreeNode } from '../sql-tree/statement-tree.js';
import type { AnswerCheckRule } from './answer-facts.js';
import { COUNTED_WORDS } from './check-counted-noun.js';
import { NAMING_PARTS } from './naming-parts.js';
import { ROW_NOUNS } from './row-nouns.js';
import { sqlReadsSynonym } from './sql-reads-synonym.js';
import { sqlReadsWord } from './sql-reads-word.js';
import { treeColumnSchema } from './tree-column-schema.js';
import { nameWordsAndRoots } from '../models/offline/name-words-and-roots.js';
import { findTable } from '../models/offline/schema-lookup.js';

/** Do-support or "have" after the counted noun: what follows is the clause's subject ("does the Morwenna Jane own"). */
const SUBJECT_FOLLOWS = /^\s+(?:does|did|do|has|have|had)\b/i;

/**
 * "How many pots does the Morwenna Jane own?" answered by `SELECT COUNT(*) FROM vessels WHERE vessel_name = 'Morwenna
 * Jane' AND main_gear = 'POT'`: the WHERE holds the naming column (name, title, label) of the one table counted to a
 * name the question spells, and the count came out 1 or 0: it counts the named row itself, so it says only whether
 * that row is as the other conditions say, not how many of what "how many" asks for it has. Only where the name is the
 * subject of the clause after the counted noun ("does / did / has …"); "How many customers are called Ada Park?"
 * counts the rows so named, and a counted noun naming the table counted is left alone too.
 */
export const checkNamedRowCounted: AnswerCheckRule = ({ question, tree, context, attempt }) => {
  if (!tree || tree.tables.length !== 1 || tree.fromOther || tree.groupBy.length > 0 || tree.having) return undefined;
  if (tree.selectList.length !== 1 || aggregateOf(tree.selectList[0]!)?.name !== 'count') return undefined;
  const value = attempt.rows.length === 1 ? Number(attempt.rows[0]![0]) : NaN;
  if (!(value === 0 || value === 1)) return undefined;
  const match = COUNTED_WORDS.exec(question);
  const counted = match?.[1]?.toLowerCase().split(/\s+/).filter((word) => word.length >= 3);
  const head = counted?.at(-1);
  if (!match || !head || ROW_NOUNS.test(head)) return undefined;
  // "How many pots does the Morwenna Jane own?": the named row is the subject of the clause, the counted noun its object.
  if (!SUBJECT_FOLLOWS.test(question.slice(match.index + match[0].length))) return undefined;
  const spoken = question.toLowerCase();
  for (const condition of conjuncts(tree.where)) {
    if (condition.type !== 'COMPARE_EQUAL') continue;
    const sides = [condition.left as TreeNode, condition.right as TreeNode];
    const ref = sides.map((side) => columnOf(side)).find((found) => found !== undefined);
    const name = sides.map((side) => stringConstant(side)).find((text) => text !== undefined);
    if (!ref || !name || name.length < 3 || !spoken.includes(name.toLowerCase())) continue;
    const resolved = treeColumnSchema(tree, context.table_schemas, ref);
    if (!resolved || !splitIdentifier(resolved.column.name).some((part) => NAMING_PARTS.test(part))) continue;
    const table = tree.tables[0]!.name;
    const tableRoots = nameWordsAndRoots(findTable(context.table_schemas, table)?.name ?? table);
    if (sqlReadsWord(head, tableRoots) || sqlReadsSynonym(head, tableRoots)) return undefined;
    return {
      name: 'named_row_counted',
      passed: false,
      detail: `the question counts "${counted!.join(' ')}", but the SQL counts the rows of ${table} whose ${resolved.column.name} is '${name}', the one row the question names, so the count (${value}) says only whether that row exists`,
    };
  }
  return undefined;
};
