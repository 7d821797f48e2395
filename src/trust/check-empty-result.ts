import type { AnswerCheckRule, AnswerFacts } from './answer-facts.js';
import { emptinessExplained } from './emptiness-explained.js';

const ASKS_EXISTENCE = /^\s*(is|are|was|were|does|do|did|has|have|had)\b|\b(any|whether|if there)\b/i;

/**
 * An empty result is an answer when the question allows none ("are there any …"), when a table the SQL reads
 * holds no rows, or when only conditions the data can meet as written select nothing (a range, a count
 * threshold, a set difference over stored values). A value the data may spell otherwise, or a column cast to
 * another type to compare it, may be why nothing matched, so such an empty answer stays in doubt.
 */
export const checkEmptyResult: AnswerCheckRule = (facts: AnswerFacts) => {
  const { question, attempt } = facts;
  if (attempt.row_count > 0) return { name: 'empty_result', passed: true, detail: `${attempt.row_count} row${attempt.row_count === 1 ? '' : 's'}` };
  if (ASKS_EXISTENCE.test(question)) return { name: 'empty_result', passed: true, detail: 'no rows, and the question allows none' };
  const explained = emptinessExplained(facts);
  if (explained) return { name: 'empty_result', passed: true, detail: `no rows: ${explained}` };
  return { name: 'empty_result', passed: false, detail: 'the query returned no rows, where the question expects some' };
};
