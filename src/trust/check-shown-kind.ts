import { splitIdentifier } from '../catalog/split-identifier.js';
import { firstSenseAncestors } from '../lexicon/first-sense-ancestors.js';
import { questionWords } from '../models/offline/question-words.js';
import { wordRoot } from '../models/offline/word-root.js';
import { columnOf, holdsAggregate } from '../sql-tree/outer-select-tree.js';
import type { AnswerCheckRule } from './answer-facts.js';
import { columnKinds } from './column-kind.js';
import { treeColumnSchema } from './tree-column-schema.js';

/** What a noun names when it names a time: a period, a unit of time, a point in time ("year", "season", "date"). */
const TIME_KINDS = ['time_period', 'time_unit', 'point', 'time', 'date'];

/**
 * "What qualification does each tuner hold?" answered by `qualified_year`: "What <noun>" asks for the thing the noun
 * names, and the only column the answer shows for it shares the noun's stem but holds a date or a year (column-kind.ts),
 * which says when, not what. "What year did each tuner qualify?" (a noun naming a time) passes, as does a column of the
 * noun's own kind.
 */
export const checkShownKind: AnswerCheckRule = ({ question, tree, context }) => {
  if (!tree) return undefined;
  const words = questionWords(question);
  if (!/^(what|which)$/.test(words[0]?.text ?? '') || words[0]!.clauseEnd) return undefined;
  const noun = words[1];
  if (!noun || noun.text.length < 5) return undefined;
  const ancestors = firstSenseAncestors(noun.text);
  if (ancestors.size === 0 || TIME_KINDS.some((kind) => ancestors.has(kind))) return undefined;
  const stem = wordRoot(noun.text).slice(0, 5);
  const shown = tree.selectList
    .filter((item) => !holdsAggregate(item))
    .map((item) => {
      const ref = columnOf(item);
      return ref ? treeColumnSchema(tree, context.table_schemas, ref) : undefined;
    })
    .filter((found) => found !== undefined);
  const named = shown.filter(({ column }) => splitIdentifier(column.name).some((part) => part.length >= 5 && part.toLowerCase().startsWith(stem)));
  if (named.length === 0 || !named.every(({ table, column }) => columnKinds(column, table).has('date'))) return undefined;
  return {
    name: 'shown_kind',
    passed: false,
    detail: `the question asks what ${noun.text}, but the answer shows ${named.map(({ column }) => column.name).join(', ')}, which holds a date or a year, not a ${noun.text}`,
  };
};
