import { splitIdentifier } from '../catalog/split-identifier.js';
import { questionWords } from '../models/offline/question-words.js';
import { columnOf, holdsAggregate } from '../sql-tree/outer-select-tree.js';
import type { AnswerCheckRule } from './answer-facts.js';
import { isNamingColumn, KEY_WORDS } from './naming-parts.js';
import { readsColumn } from './reads-column.js';
import { treeColumnSchema, type ResolvedColumn } from './tree-column-schema.js';

/**
 * "Which server collected the most tips?" answered by server_id, first_name and last_name: the names say which server;
 * the table's own key beside them is a column the question never asked for, so the answer is not the one asked (a
 * reader who wanted the key says "id", "code", "number" or "ref", which leaves the answer alone). Only a table's single
 * primary-key column shown beside a column of the same table that names its rows (name, title, label, `_nm`) counts: a
 * reference to another table or a code attribute (night_cd) is an attribute, not the row's key. A confirmed example of
 * the namespace whose select list shows the key says its users want the key shown, and leaves the answer alone.
 */
export const checkKeyBesideName: AnswerCheckRule = ({ question, tree, context }) => {
  if (!tree || tree.selectList.length < 2) return undefined;
  const words = questionWords(question);
  if (words.some((word, i) => KEY_WORDS.test(word.text) && !(/^numbers?$/.test(word.text) && words[i + 1]?.text === 'of'))) return undefined;
  const shown: ResolvedColumn[] = [];
  for (const item of tree.selectList) {
    if (holdsAggregate(item)) continue;
    const ref = columnOf(item);
    const resolved = ref ? treeColumnSchema(tree, context.table_schemas, ref) : undefined;
    if (resolved) shown.push(resolved);
  }
  for (const { table, column } of shown) {
    const keys = table.columns.filter((c) => c.primary_key);
    if (keys.length !== 1 || keys[0] !== column) continue;
    // "What is the order number of …" spelled as a column word: the key is asked for by its own words.
    const keyParts = splitIdentifier(column.name).map((part) => part.toLowerCase());
    if (keyParts.some((part) => KEY_WORDS.test(part) && words.some((word) => word.text === part))) continue;
    const naming = shown.filter((entry) => entry.table === table && entry.column !== column && isNamingColumn(entry.column));
    if (naming.length === 0) continue;
    // A confirmed example of this namespace that shows the key beside the names says its users want it shown.
    if (context.examples.some((example) => readsColumn(/^\s*select\b([\s\S]*?)\bfrom\b/i.exec(example.sql)?.[1]?.toLowerCase() ?? '', column.name))) continue;
    return {
      name: 'key_beside_name',
      passed: false,
      detail: `the answer shows ${table.name}.${column.name}, a key the question never asks for, beside ${naming.map((entry) => entry.column.name).join(' and ')}, which already names the rows`,
    };
  }
  return undefined;
};
