import { questionWords } from '../models/offline/question-words.js';
import { isMeasureColumn } from '../models/offline/schema-lookup.js';
import { columnOf } from '../sql-tree/outer-select-tree.js';
import type { AnswerCheckRule } from './answer-facts.js';
import { requestedItems } from './requested-items.js';
import { treeColumnSchema } from './tree-column-schema.js';

/** Words that ask for the amounts one by one: "each", "every", "per", "list". */
const ONE_BY_ONE = /^(each|every|per|list|show|display|which|who)$/;

/**
 * "Downloads from Irish listeners for Small Hours, all time" answered by the downloads column of every matching row:
 * several amounts, none labelled, where the question asks for one quantity. Not when the question asks for the
 * values themselves ("What are the ages of the students?") or one by one ("each", "per").
 */
export const checkUnlabelledAmounts: AnswerCheckRule = ({ question, tree, context, attempt }) => {
  if (!tree || tree.groupBy.length > 0 || attempt.row_count < 2 || tree.selectList.length === 0) return undefined;
  const measures = tree.selectList.map((item) => {
    const ref = columnOf(item);
    const resolved = ref ? treeColumnSchema(tree, context.table_schemas, ref) : undefined;
    return resolved && isMeasureColumn(resolved.column) ? resolved : undefined;
  });
  if (measures.some((entry) => entry === undefined)) return undefined;
  if (requestedItems(question).length > 0 || questionWords(question).some((word) => ONE_BY_ONE.test(word.text))) return undefined;
  return {
    name: 'unlabelled_amounts',
    passed: false,
    detail: `the answer is ${attempt.row_count} unlabelled values of ${measures.map((entry) => entry!.column.name).join(', ')}, row by row, where the question asks for one amount`,
  };
};
