import { bareName } from '../models/offline/bare-name.js';
import { questionWords } from '../models/offline/question-words.js';
import type { AnswerCheckRule } from './answer-facts.js';
import { ASKS_ROWS } from './check-every-column.js';
import { listedPluralNoun, listedTable } from './listed-plural-noun.js';
import { isNamingColumn } from './naming-parts.js';

/**
 * "List the members from Redmoor High" answered by `SELECT *`: a listing verb whose object is a plural noun naming a
 * table that has a column naming its rows (first_nm, roomName) asks for those rows by name, which every column of
 * them buries among keys and codes. A question that asks for the rows' details or records does want every column.
 */
export const checkListedEveryColumn: AnswerCheckRule = ({ question, sql, tree, context, attempt }) => {
  if (!tree || !sql.everyColumn || attempt.row_count === 0 || ASKS_ROWS.test(question)) return undefined;
  const words = questionWords(question);
  const listed = listedPluralNoun(words);
  if (!listed) return undefined;
  const { noun } = listed;
  const table = listedTable(noun, context.table_schemas, tree);
  const naming = table?.columns.filter(isNamingColumn) ?? [];
  if (!table || naming.length === 0) return undefined;
  return {
    name: 'listed_every_column',
    passed: false,
    detail: `the question lists the ${noun.text}, which ${naming.map((column) => column.name).join(' and ')} name, but the answer shows every column of ${bareName(table.name)}`,
  };
};
