import type { AnswerCheckRule } from './answer-facts.js';

const ASKS_EXISTENCE = /^\s*(is|are|was|were|does|do|did|has|have|had)\b|\b(any|whether|if there)\b/i;

/** An empty result is an answer only to a question that allows none ("are there any …"). */
export const checkEmptyResult: AnswerCheckRule = ({ question, attempt }) => {
  if (attempt.row_count > 0) return { name: 'empty_result', passed: true, detail: `${attempt.row_count} row${attempt.row_count === 1 ? '' : 's'}` };
  if (ASKS_EXISTENCE.test(question)) return { name: 'empty_result', passed: true, detail: 'no rows, and the question allows none' };
  return { name: 'empty_result', passed: false, detail: 'the query returned no rows, where the question expects some' };
};
