import { splitIdentifier } from '../catalog/split-identifier.js';
import { bareName } from '../models/offline/bare-name.js';
import { questionWords } from '../models/offline/question-words.js';
import { columnOf } from '../sql-tree/outer-select-tree.js';
import type { AnswerCheckRule } from './answer-facts.js';
import { treeColumnSchema, type ResolvedColumn } from './tree-column-schema.js';

/** Name parts of a column that identifies rows by a code rather than naming them. */
const KEY_PARTS = /^(id|ids|code|cd|no|num|nbr|ref|key|uuid|guid)$/;
/** Name parts of a column that names its rows for a reader. */
const NAMING_PARTS = /^(name|names|title|titles|label|surname|forename|fname|lname|nickname)$/;
/** Question words that ask for a key: "ids", "codes", "numbers", "reference". */
const KEY_WORDS = /^(ids?|identifiers?|codes?|numbers?|nos?|num|refs?|references?|keys?)$/;

/**
 * "Which server collected the most tips?" answered by server_id, first_name and last_name: the names say which server;
 * the key beside them is a column the question did not ask for, so the answer is not the one asked (a reader, or a
 * comparison with the expected rows, sees an extra column). Only where a column of the same table names its rows and
 * the question asks for no id, code or number.
 */
export const checkUnaskedKey: AnswerCheckRule = ({ question, tree, context }) => {
  if (!tree) return undefined;
  const shown = tree.selectList.map((item) => {
    const ref = columnOf(item);
    return ref ? treeColumnSchema(tree, context.table_schemas, ref) : undefined;
  });
  if (shown.length < 2) return undefined;
  if (questionWords(question).some((word) => KEY_WORDS.test(word.text))) return undefined;
  const parts = (entry: ResolvedColumn) => splitIdentifier(entry.column.name).map((part) => part.toLowerCase());
  const isKey = (entry: ResolvedColumn) => entry.column.primary_key || parts(entry).some((part) => KEY_PARTS.test(part));
  const names = (entry: ResolvedColumn) => !isKey(entry) && parts(entry).some((part) => NAMING_PARTS.test(part));
  const key = shown.find((entry) => entry !== undefined && isKey(entry) && shown.some((other) => other !== undefined && other.table === entry.table && names(other)));
  if (!key) return undefined;
  const naming = shown.filter((other) => other !== undefined && other.table === key.table && names(other)).map((other) => other!.column.name);
  return {
    name: 'unasked_key',
    passed: false,
    detail: `the answer shows ${bareName(key.table.name)}.${key.column.name} beside ${naming.join(', ')}, which name the rows; the question asks for no id or code`,
  };
};
