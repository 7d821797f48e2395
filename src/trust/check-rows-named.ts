import { splitIdentifier } from '../catalog/split-identifier.js';
import { primaryPartOfSpeech } from '../lexicon/primary-part-of-speech.js';
import { bareName } from '../models/offline/bare-name.js';
import { questionWords } from '../models/offline/question-words.js';
import { wordRoot } from '../models/offline/word-root.js';
import { columnOf, columnsUnder, holdsAggregate, type TreeColumn } from '../sql-tree/outer-select-tree.js';
import { isTextColumn } from '../models/offline/schema-lookup.js';
import type { AnswerCheckRule } from './answer-facts.js';
import { treeColumnSchema } from './tree-column-schema.js';
import { tableNameWords } from '../models/offline/table-name-words.js';

/**
 * "Which shows come out every week?" answered by a week and a count of shows, "Which ports are on islands?" by the
 * island flag of every port: the question asks which rows of the table its noun names, and the answer shows none of
 * that table's columns (or only a true/false flag), so it does not say which. Only "Which <noun>" whose noun is the
 * head of a table the SQL reads and is not followed by a noun naming a column or table ("Which show genres").
 */
export const checkRowsNamed: AnswerCheckRule = ({ question, tree, context }) => {
  if (!tree || tree.selectList.some((item) => item.class === 'STAR' || item.class === 'COLUMNS')) return undefined;
  const words = questionWords(question);
  const at = words.findIndex((word) => word.text === 'which');
  if (at !== 0) return undefined;
  const noun = words[1];
  const next = words[2];
  if (!noun || noun.clauseEnd) return undefined;
  const root = wordRoot(noun.text);
  const read = tree.tables.flatMap((entry) => context.table_schemas.filter((schema) => bareName(schema.name) === entry.name));
  const table = read.find((schema) => wordRoot(tableNameWords(schema.name).at(-1)!) === root);
  if (!table) return undefined;
  const namesSomething = (word: string) =>
    read.some((schema) => [bareName(schema.name), ...schema.columns.map((c) => c.name)].some((name) => splitIdentifier(name).some((part) => wordRoot(part.toLowerCase()) === wordRoot(word))));
  // "Which piers opened …": a participle after the noun is its verb, whatever column it names.
  const verb = next !== undefined && primaryPartOfSpeech(next.text) !== 'noun' && /(ed|ing)$/.test(next.text);
  if (next && !verb && namesSomething(next.text)) return undefined;
  const ofTable = (ref: TreeColumn) => {
    const resolved = treeColumnSchema(tree, context.table_schemas, ref);
    return resolved?.table === table ? resolved.column : undefined;
  };
  // A column of the table shown as it is (a flag aside), or text of it inside an expression ("first || ' ' || last").
  const shownOfTable = tree.selectList.some((item) => {
    const ref = columnOf(item);
    if (ref) return !/^bool/i.test(ofTable(ref)?.type ?? 'bool');
    return !holdsAggregate(item) && columnsUnder(item).some((column) => {
      const schema = ofTable(column);
      return schema !== undefined && isTextColumn(schema);
    });
  });
  if (shownOfTable) return undefined;
  return {
    name: 'rows_named',
    passed: false,
    detail: `the question asks which ${noun.text}, but the answer shows no column of ${bareName(table.name)} that says which (only a flag, a derived value or an aggregate)`,
  };
};
