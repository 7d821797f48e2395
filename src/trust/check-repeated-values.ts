import type { AnswerCheckRule } from './answer-facts.js';
import { FINITE_AUXILIARIES, MODALS } from '../lexicon/auxiliaries.js';
import { SUBORDINATORS } from '../lexicon/conjunctions.js';
import { IDENTITY_WORDS } from '../lexicon/determiners.js';
import { PREPOSITIONS } from '../lexicon/prepositions.js';
import { pick, wordSet } from '../lexicon/word-set.js';

/** "In which country …", "What city …": a wh-word before a singular noun asks which values, each once. */
const WHICH_VALUE = /^\s*(?:(?:in|from|at|on|to|for|of)\s+)?(?:which|what)\s+([a-z]+)\b/i;
/** Words after "what" that make no noun phrase: "What are …", "What other details …". */
const NOT_A_NOUN: ReadonlySet<string> = wordSet(
  FINITE_AUXILIARIES,
  pick(MODALS, 'can', 'could', 'will', 'would', 'should'),
  pick(IDENTITY_WORDS, 'other'),
  pick(PREPOSITIONS, 'about'),
  pick(SUBORDINATORS, 'if'),
  ['else', 'kind', 'type', 'sort'],
);
/** "for each airline", "every airline": the question asks for one value per row, repeats allowed. */
const PER_ROW = /\b(each|every|per|respective|respectively)\b/i;

/**
 * "In which country are the airlines headquartered?" answered by one country per airline: a single column of
 * repeated values, where the question asks which values occur; a repeat says nothing and the list hides how few
 * there are.
 */
export const checkRepeatedValues: AnswerCheckRule = ({ question, attempt, sql }) => {
  const noun = WHICH_VALUE.exec(question)?.[1]?.toLowerCase();
  if (!noun || /s$/.test(noun) || NOT_A_NOUN.has(noun) || PER_ROW.test(question) || attempt.columns.length !== 1 || attempt.row_count < 2 || attempt.truncated) return undefined;
  if (sql.grouped || /\bdistinct\b/.test(sql.code) || sql.aggregates.size > 0) return undefined;
  const values = attempt.rows.map((row) => JSON.stringify(row[0]));
  if (new Set(values).size === values.length) return undefined;
  return { name: 'repeated_values', passed: false, detail: `the question asks which ${noun}, but the answer repeats values (${values.length} rows, ${new Set(values).size} different)` };
};
