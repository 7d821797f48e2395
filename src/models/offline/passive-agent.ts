import { BE_FORMS, GET_FORMS } from '../../lexicon/auxiliaries.js';
import { PREPOSITIONS } from '../../lexicon/prepositions.js';
import { wordSet } from '../../lexicon/word-set.js';
import type { QuestionWord } from './question-words.js';

const GROUPING_VERBS = new Set(['grouped', 'broken', 'split', 'segmented', 'partitioned', 'bucketed', 'aggregated', 'summarized', 'summarised']);
const SORT_VERBS = new Set(['sorted', 'ordered', 'ranked', 'arranged']);
const IRREGULAR_PARTICIPLES = new Set(['made', 'bought', 'sold', 'held', 'taught', 'written', 'run', 'done', 'given', 'taken', 'paid', 'built', 'led', 'won', 'sent', 'spent', 'kept', 'seen']);
const PASSIVE_AUXILIARIES: ReadonlySet<string> = wordSet(BE_FORMS, GET_FORMS);
const ADVERBIAL_OPENERS: ReadonlySet<string> = wordSet(PREPOSITIONS);
/** Words that open a grouping or another clause, past which "by" no longer reaches back to the verb. */
const PHRASE_BREAKS = new Set(['by', 'per', 'each', 'every', 'and', 'or', 'but', 'that', 'which', 'who', 'whose', 'where', 'when']);
/** How far back "by" may reach over adverbials ("placed in 2014 from the web shop by customers"). */
const REACH = 7;

/** "owned", "placed", "written": a past participle that "by" can name the doer of (not "grouped by", "sorted by"). */
export function isAgentVerb(word: string): boolean {
  if (GROUPING_VERBS.has(word) || SORT_VERBS.has(word)) return false;
  return IRREGULAR_PARTICIPLES.has(word) || (/(ed|en)$/.test(word) && word.length > 4);
}

/**
 * Whether the "by" at `at` names who did it: right after a participle ("placed by customers", "orders made by
 * staff"), not "taken out by each type", or after a passive ("were placed in 2014 by customers") whose participle only adverbials (phrases opened
 * by a preposition) part from it. "orders by customer" and "sales by region" have no participle: they group.
 */
export function isPassiveAgent(words: readonly QuestionWord[], at: number): boolean {
  const text = (i: number): string => words[i]?.text ?? '';
  if (text(at) !== 'by' || text(at + 1) === 'each' || text(at + 1) === 'every') return false;
  if (isAgentVerb(text(at - 1))) return true;
  for (let j = at - 2; j >= Math.max(1, at - REACH); j--) {
    if (words[j]!.clauseEnd || PHRASE_BREAKS.has(text(j))) return false;
    if (isAgentVerb(text(j))) return PASSIVE_AUXILIARIES.has(text(j - 1)) && ADVERBIAL_OPENERS.has(text(j + 1));
  }
  return false;
}
