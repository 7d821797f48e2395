import { splitIdentifier } from '../catalog/split-identifier.js';
import type { TableSchema } from '../context/context-schema.js';
import { bareName } from '../models/offline/bare-name.js';
import { questionWords } from '../models/offline/question-words.js';
import { wordRoot } from '../models/offline/word-root.js';
import type { AnswerCheckRule } from './answer-facts.js';
import { conditionColumns, shownColumns, type ConditionColumn } from './condition-columns.js';
import { KEY_WORDS, NAMING_PARTS } from './naming-parts.js';
import { requestedItems } from './requested-items.js';
import { ROW_NOUNS } from './row-nouns.js';
import { tableAliases } from './table-aliases.js';
import { tableNameWords } from '../models/offline/table-name-words.js';

/** Name parts of a column that identifies rows by a code rather than naming them. */
const KEY_PARTS = /^(id|ids|code|cd|no|num|nbr|ref|key|uuid|guid)$/;

/**
 * "Which animals died in 2026?" answered by the dates they died, "Which productions did X direct?" by their codes,
 * "the priciest item in Books" by 'Books': when the question asks which rows of a table, the answer must say which,
 * not only repeat the condition's column or show a key while the table has a column that names its rows. A column
 * held to one constant answers nothing, whatever the question asks.
 */
export const checkShownRows: AnswerCheckRule = ({ question, sql, context, tree }) => {
  const shown = shownColumns(tree);
  if (!shown || sql.aggregates.size > 0 && !sql.grouped) return undefined;
  const items = requestedItems(question);
  if (items.length !== 1) return undefined;
  const aliases = tableAliases(tree);
  const read = new Set(aliases.values());
  const tableOf = (owner: string | undefined, column: string): TableSchema | undefined => {
    const named = owner ? aliases.get(owner) : undefined;
    const candidates = context.table_schemas.filter((table) => read.has(bareName(table.name).toLowerCase()) && (!named || bareName(table.name).toLowerCase() === named));
    return candidates.find((table) => table.columns.some((c) => c.name.toLowerCase() === column));
  };
  const conditions = conditionColumns(tree);
  const condition = (owner: string | undefined, column: string): ConditionColumn | undefined =>
    conditions.get(column)?.find((entry) => !entry.owner || !owner || aliases.get(entry.owner) === aliases.get(owner));
  const names = shown.map((c) => c.column).join(', ');
  if (shown.every((c) => condition(c.owner, c.column)?.fixed)) {
    return { name: 'shown_rows', passed: false, detail: `the answer shows only ${names}, which the SQL's own condition holds to one value` };
  }
  const item = items[0]!;
  const head = item.at(-1)!;
  if (item.some((w) => KEY_WORDS.test(w.text))) return undefined;
  const tables = shown.map((c) => tableOf(c.owner, c.column));
  const table = tables[0];
  if (!table || tables.some((other) => other !== table)) return undefined;
  const tableRoots = tableNameWords(table.name).map(wordRoot);
  const namesTable = tableRoots.at(-1) === wordRoot(head.text) || (ROW_NOUNS.test(head.text) && /^(rows?|records?|entries|entry)$/.test(head.text));
  if (!namesTable) return undefined;
  const asked = `"${item.map((w) => w.text).join(' ')}"`;
  if (shown.every((c) => condition(c.owner, c.column) !== undefined)) {
    return { name: 'shown_rows', passed: false, detail: `the question asks which ${asked}, but the answer shows only ${names}, the column its condition reads, not which rows` };
  }
  const columnOf = (column: string) => table.columns.find((c) => c.name.toLowerCase() === column)!;
  const isKey = (column: string) => columnOf(column).primary_key || splitIdentifier(column).some((part) => KEY_PARTS.test(part));
  const naming = table.columns.filter((c) => !isKey(c.name.toLowerCase()) && splitIdentifier(c.name).some((part) => NAMING_PARTS.test(part)));
  // "Which airport codes belong to Abilene?" names the key it asks for.
  const words = new Set(questionWords(question).flatMap((w) => [wordRoot(w.text), wordRoot(w.text.replace(/s$/, ''))]));
  const keyAsked = shown.some((c) => splitIdentifier(columnOf(c.column).name).every((part) => words.has(wordRoot(part))));
  if (naming.length > 0 && !keyAsked && shown.every((c) => isKey(c.column))) {
    return { name: 'shown_rows', passed: false, detail: `the question asks which ${asked}, but the answer shows only ${names}, a key, where ${naming.map((c) => c.name).join(', ')} names them` };
  }
  return undefined;
};
