import type { AnswerCheckRule } from './answer-facts.js';
import { ROW_NOUNS } from './row-nouns.js';
import { wordRoot } from '../models/offline/word-root.js';
import { sqlReadsSynonym } from './sql-reads-synonym.js';
import { sqlReadsWord } from './sql-reads-word.js';

/** The words "how many" counts: up to the verb, preposition or clause that says what is true of them. */
const COUNTED = /\bhow\s+many\s+((?:[a-z][a-z'-]*\s+){0,3}?[a-z][a-z'-]*)(?=\s+(?:are|is|were|was|do|does|did|have|has|had|can|could|will|would|should|there|in|on|at|of|for|with|from|by|to|that|who|which|per|during|since|before|after|between|across|along|under|over|than|got|get)\b|\s*[?,.;]|\s*$)/i;

/** "how many each", "how many in each": the count's noun is elsewhere in the sentence. */
const LEADS_ELSEWHERE = /^(?:each|in|of|per|more|less|fewer|times|such)\b/;

/**
 * "How many weeks does the Music course last?" answered by counting the course's rows: the SQL must read the thing
 * counted (as a table, a column or a value, by its name or a WordNet relative of it), or it counts something else.
 */
export const checkCountedNoun: AnswerCheckRule = ({ question, sql, context }) => {
  if (!sql.aggregates.has('count') && !sql.aggregates.has('sum')) return undefined;
  const counted = COUNTED.exec(question)?.[1]?.toLowerCase();
  if (!counted) return undefined;
  const words = counted.split(/\s+/).filter((word) => word.length >= 3);
  if (words.length === 0 || LEADS_ELSEWHERE.test(counted) || words.some((word) => ROW_NOUNS.test(word))) return undefined;
  const literalWords = new Set(sql.literals.flatMap((literal) => literal.split(/[^a-z0-9]+/)).flatMap((word) => [word, wordRoot(word)]));
  // "lefties" matched to a stored hand = 'L' that the SQL filters on: the value is what is counted.
  const literals = new Set(sql.literals.map((literal) => literal.toLowerCase()));
  const filteredValueWords = new Set(
    context.matched_values.filter((match) => literals.has(match.value.toLowerCase())).flatMap((match) => match.matched_text.toLowerCase().split(/[^a-z0-9'-]+/)),
  );
  if (words.some((word) => filteredValueWords.has(word) || sqlReadsWord(word, sql.roots) || sqlReadsWord(word, literalWords) || sqlReadsSynonym(word, sql.roots, { broader: true }))) {
    return { name: 'counted_noun', passed: true, detail: `the SQL reads what is counted ("${counted}")` };
  }
  return { name: 'counted_noun', passed: false, detail: `the question counts "${counted}", which the SQL neither counts nor reads` };
};
