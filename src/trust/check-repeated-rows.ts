import { questionWords } from '../models/offline/question-words.js';
import type { AnswerCheckRule } from './answer-facts.js';
import { requestedItems } from './requested-items.js';

/** Words that speak of many: "every student", "all ships", "students". */
const MANY = /^(every|each|all|any|both|several|many|some|they|them|their|those|these)$/;
const PLURAL = /^[a-z]{3,}[^su]s$/;

/**
 * "What is the type code for the description 'Book'": a question that speaks of one thing only, answered by the
 * same row several times, got it through a join that multiplied it. A question about many things ("the ages of
 * students", "every student who …") may rightly repeat a row.
 */
export const checkRepeatedRows: AnswerCheckRule = ({ question, attempt }) => {
  if (attempt.row_count < 2 || attempt.truncated || requestedItems(question).length === 0) return undefined;
  if (questionWords(question).some((word) => MANY.test(word.text) || PLURAL.test(word.text))) return undefined;
  const first = JSON.stringify(attempt.rows[0]);
  if (!attempt.rows.every((row) => JSON.stringify(row) === first)) return undefined;
  return { name: 'repeated_rows', passed: false, detail: `the question asks about one thing, but the answer is one row repeated ${attempt.row_count} times: a join may have multiplied it` };
};
