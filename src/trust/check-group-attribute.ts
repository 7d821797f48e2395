import { splitIdentifier, writtenWords } from '../catalog/split-identifier.js';
import { bareName } from '../models/offline/bare-name.js';
import { bareNameAsWritten } from '../models/offline/table-name-words.js';
import { shortens } from '../models/offline/shortens.js';
import { wordRoot } from '../models/offline/word-root.js';
import { columnOf } from '../sql-tree/outer-select-tree.js';
import type { AnswerCheckRule } from './answer-facts.js';
import { groupPhrases } from './group-phrases.js';
import { groupedNodes } from './grouped-nodes.js';
import { treeColumnSchema } from './tree-column-schema.js';

/**
 * "the average bill amount for each account type" answered by `GROUP BY acct.acct_no, acct.cust_nm`: the phrase's
 * first word names the table grouped on (acct), its last word names a column of that table (acct_typ_cd), and the
 * SQL groups by the table's rows instead of that column: one group per account, not per type.
 */
export const checkGroupAttribute: AnswerCheckRule = ({ tree, context, analysis }) => {
  if (!tree || tree.groupBy.length === 0) return undefined;
  const phrases = groupPhrases(analysis).filter((phrase) => phrase.words.length >= 2);
  if (phrases.length === 0) return undefined;
  const grouped = groupedNodes(tree).flatMap((node) => {
    const ref = columnOf(node);
    const resolved = ref ? treeColumnSchema(tree, context.table_schemas, ref) : undefined;
    return resolved ? [resolved] : [];
  });
  if (grouped.length === 0) return undefined;
  for (const phrase of phrases) {
    const head = phrase.words.at(-1)!.text;
    const modifiers = phrase.words.slice(0, -1).map((word) => word.text);
    for (const { table } of grouped) {
      if (!nameParts(bareNameAsWritten(table.name)).some((part) => modifiers.some((word) => names(part, word)))) continue;
      const attribute = table.columns.find((column) => !column.primary_key && nameParts(column.name).some((part) => names(part, head)));
      if (!attribute || grouped.some((g) => g.table === table && g.column === attribute)) continue;
      if (!grouped.some((g) => g.table === table && g.column.primary_key)) continue;
      return {
        name: 'group_attribute',
        passed: false,
        detail: `the question asks for each ${phrase.words.map((w) => w.text).join(' ')} (${bareName(table.name)}.${attribute.name}), but the SQL groups by each ${bareName(table.name)} row`,
      };
    }
  }
  return undefined;
};

function nameParts(name: string): string[] {
  return [...new Set([...writtenWords(name), ...splitIdentifier(name)].map((part) => part.toLowerCase()))];
}

/** The part is the word, its root, or a short form of it ("acct" for account, "typ" for type). */
function names(part: string, word: string): boolean {
  const root = wordRoot(word);
  return part === word || part === root || wordRoot(part) === root || (part.length >= 3 && (shortens(part, word) || shortens(part, root)));
}
