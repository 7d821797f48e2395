import type { TableSchema } from '../context/context-schema.js';
import { firstSenseAncestors } from '../lexicon/first-sense-ancestors.js';
import type { QuestionWord } from '../models/offline/question-words.js';
import { wordRoot } from '../models/offline/word-root.js';
import { isMoneyColumn } from './column-kind.js';

/**
 * Whether a word is the money unit of an amount the question writes ("more than 2,000 dollars", "under 30 euros")
 * where a linked table has a column that holds an amount of money: the number is compared with that column, and its
 * unit names no thing the data would have to hold. By the first sense of its singular (a dollar is a monetary unit);
 * WordNet last.
 */
export function pricedInUnits(previous: QuestionWord | undefined, word: QuestionWord, tables: readonly TableSchema[]): boolean {
  if (previous === undefined || !/^\d/.test(previous.text) || previous.clauseEnd) return false;
  if (!tables.some((table) => table.columns.some((column) => isMoneyColumn(column, table)))) return false;
  return firstSenseAncestors(wordRoot(word.text)).has('monetary_unit');
}
