import { questionWords } from '../models/offline/question-words.js';
import { holdsAggregate } from '../sql-tree/outer-select-tree.js';
import type { AnswerCheckRule } from './answer-facts.js';
import { listedPluralNoun, listedTable } from './listed-plural-noun.js';

/** A noun that makes the listed one its modifier: "List the rounds total", "Show the orders count". */
const STATISTIC_HEAD = /^(count|counts|total|totals|number|numbers|sum|average|averages|avg|mean|share|percentage|proportion)$/;

/**
 * "List the rounds with their number of stops" answered by SUM(stopCount) over every round: a listing verb whose object
 * is a plural noun naming a table the SQL reads asks for those rows one by one, which a single aggregated row, grouped
 * by nothing, does not give.
 */
export const checkListedAggregate: AnswerCheckRule = ({ question, sql, tree, attempt, context }) => {
  if (!tree || !holdsAggregate(tree.selectList) || tree.groupBy.length > 0 || sql.windowed || attempt.row_count > 1) return undefined;
  const words = questionWords(question);
  const listed = listedPluralNoun(words);
  if (!listed) return undefined;
  const { noun, at } = listed;
  if (!noun.clauseEnd && STATISTIC_HEAD.test(words[at + 1]?.text ?? '')) return undefined;
  const table = listedTable(noun, context.table_schemas, tree);
  if (!table) return undefined;
  return {
    name: 'listed_aggregate',
    passed: false,
    detail: `the question lists the ${noun.text} one by one, but the answer is one aggregated row over all of them`,
  };
};
