import { splitIdentifier } from '../catalog/split-identifier.js';
import { bareName } from '../models/offline/bare-name.js';
import { questionWords } from '../models/offline/question-words.js';
import { isDateColumn } from '../models/offline/schema-lookup.js';
import { wordRoot } from '../models/offline/word-root.js';
import { columnsUnder } from '../sql-tree/outer-select-tree.js';
import type { AnswerCheckRule } from './answer-facts.js';
import { expectedAnswerKind } from './expected-answer-kind.js';
import { sqlReadsWord } from './sql-reads-word.js';
import { treeColumnSchema, type ResolvedColumn } from './tree-column-schema.js';

/**
 * "On what date was the November milk paid?" answered by holding paid_on to November and showing the price month:
 * the date the question asks for is the one its verb names, and the SQL used it as a condition instead of showing it.
 * Only when the answer shows no date column at all and a question word names the date column the WHERE reads.
 */
export const checkAskedDateShown: AnswerCheckRule = ({ question, tree, context }) => {
  if (!tree?.where || expectedAnswerKind(question)?.kind !== 'date') return undefined;
  const resolve = (items: unknown) => columnsUnder(items).map((ref) => treeColumnSchema(tree, context.table_schemas, ref)).filter((c): c is ResolvedColumn => c !== undefined);
  if (tree.selectList.some((item) => item.class === 'STAR')) return undefined;
  if (resolve(tree.selectList).some((entry) => isDateColumn(entry.column))) return undefined;
  const words = questionWords(question).filter((word) => word.text.length >= 3);
  const filtered = resolve(tree.where).filter((entry) => isDateColumn(entry.column));
  const named = filtered.find((entry) => {
    const roots = new Set(splitIdentifier(entry.column.name).flatMap((part) => [part.toLowerCase(), wordRoot(part.toLowerCase())]));
    return words.some((word) => !/^(date|dates|day|days|time|when)$/.test(word.text) && sqlReadsWord(word.text, roots));
  });
  if (!named) return undefined;
  return {
    name: 'asked_date_shown',
    passed: false,
    detail: `the question asks for a date, and the SQL holds ${bareName(named.table.name)}.${named.column.name}, the date it names, to a period instead of showing it`,
  };
};
