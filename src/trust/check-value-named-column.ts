import type { ColumnSchema } from '../context/context-schema.js';
import { bareName } from '../models/offline/bare-name.js';
import { isKeyColumn } from '../models/offline/schema-lookup.js';
import { wordRoot } from '../models/offline/word-root.js';
import { columnOf, columnsUnder, type TreeColumn } from '../sql-tree/outer-select-tree.js';
import type { TreeNode } from '../sql-tree/statement-tree.js';
import { conjuncts, stringConstant } from '../sql-tree/string-constants.js';
import type { AnswerCheckRule } from './answer-facts.js';
import { shownTables } from './shown-tables.js';
import { treeColumnSchema } from './tree-column-schema.js';
import { tableNameWords } from '../models/offline/table-name-words.js';

/**
 * "Which sites have a shop?" answered by joining sites through plots, tenancies and members to payments WHERE
 * payments.kind = 'SHOP': the word was found as a value of a table the question never names, while the table whose
 * rows the answer shows has a column named by that very word (sites.shop), which the SQL does not read. The sibling of
 * filter_elsewhere, where the column names match; here the value and the column name do.
 */
export const checkValueNamedColumn: AnswerCheckRule = ({ tree, context, analysis }) => {
  if (!tree || tree.tables.length < 2 || !tree.where) return undefined;
  const resolve = (ref: TreeColumn) => treeColumnSchema(tree, context.table_schemas, ref);
  const shown = shownTables(tree, context.table_schemas);
  if (shown.size === 0) return undefined;
  const read = new Set<ColumnSchema>(columnsUnder(tree.clauses).flatMap((ref) => resolve(ref)?.column ?? []));
  const questionRoots = new Set(analysis.words.map((word) => wordRoot(word.text)));
  for (const condition of conjuncts(tree.where)) {
    if (condition.type !== 'COMPARE_EQUAL') continue;
    const [left, right] = [condition.left as TreeNode | undefined, condition.right as TreeNode | undefined];
    const ref = columnOf(left) ?? columnOf(right);
    const value = stringConstant(left) ?? stringConstant(right);
    if (!ref || value === undefined || !/^[A-Za-z]{3,}$/.test(value)) continue;
    const held = resolve(ref);
    if (!held || shown.has(held.table)) continue;
    if (tableNameWords(held.table.name).some((part) => questionRoots.has(wordRoot(part)))) continue;
    const root = wordRoot(value.toLowerCase());
    for (const table of shown) {
      const named = table.columns.find((column) => !isKeyColumn(column) && !read.has(column) && wordRoot(column.name.toLowerCase()) === root);
      if (!named) continue;
      return {
        name: 'value_named_column',
        passed: false,
        detail: `the SQL finds '${value}' in ${bareName(held.table.name)}.${held.column.name}, a table the question never names, while ${bareName(table.name)}, whose rows it shows, has a column ${named.name} of its own, which it does not read`,
      };
    }
  }
  return undefined;
};
