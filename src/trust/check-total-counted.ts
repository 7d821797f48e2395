import { hypernymLemmas } from '../lexicon/hypernym-lemmas.js';
import { baseForms } from '../lexicon/related-nouns.js';
import { senseOffsets } from '../lexicon/wordnet-records.js';
import { questionWords } from '../models/offline/question-words.js';
import { wordRoot } from '../models/offline/word-root.js';
import type { AnswerCheckRule } from './answer-facts.js';
import { tableNameRoots } from './table-name-roots.js';

/** Words that end the noun phrase after "total": prepositions, relatives, verbs of be/have/do, determiners of time. */
const PHRASE_END = /^(for|of|in|on|at|by|from|with|per|across|over|during|since|before|after|to|this|last|that|which|who|where|when|and|or|is|are|was|were|has|have|had|do|does|did|so|than|each|every)$/;
/**
 * "total number of …", "total count": the phrase names a count itself. "total value / amount of …" names a measure of
 * each row to add up, which no count of rows is ("What was the total value of the displays booked last month?").
 */
const COUNTS = /^(number|count|no|quantity|sum)$/;

/**
 * "What were the total patient charges for crowns?" answered by `COUNT(DISTINCT patients.pt_id)`: "total" adds up the
 * noun it modifies; when that noun (the phrase's last word, "charges") names no table, whose rows a count would add up,
 * and the SQL only counts, it counted something else (here the modifier's table). "total bookings" where bookings is a
 * table is their count, and "total number of …" asks for one.
 */
export const checkTotalCounted: AnswerCheckRule = ({ question, sql, tableNames }) => {
  if (!sql.aggregates.has('count') || sql.aggregates.size !== 1) return undefined;
  const words = questionWords(question);
  const at = words.findIndex((word) => word.text === 'total' || word.text === 'totals');
  if (at < 0) return undefined;
  const phrase: string[] = [];
  for (const word of words.slice(at + 1)) {
    if (PHRASE_END.test(word.text) || /^\d/.test(word.text)) break;
    // "Total payments received per round": a participle after the noun qualifies it and ends the phrase.
    if (phrase.length > 0 && /ed$/.test(word.text) && word.text.length > 4) break;
    phrase.push(word.text);
  }
  const head = phrase.at(-1);
  if (!head || phrase.some((word) => COUNTS.test(word)) || head.length < 4) return undefined;
  // "total head of Texels sold": a singular noun (a mass or collective one) is added up as a plural is, when WordNet knows it as a noun.
  if (!/s$/.test(head) && (/ed$/.test(head) || !baseForms(head).some((form) => senseOffsets('noun', form).length > 0))) return undefined;
  if (tableNameRoots(tableNames).has(wordRoot(head)) && !namesMoneyPaid(head)) return undefined;
  return {
    name: 'total_counted',
    passed: false,
    detail: `the question asks for the total ${phrase.join(' ')}, an amount to add up, but the SQL only counts rows`,
  };
};

/** The noun's first WordNet sense is money or property handed over (payment, fee, refund, wage, donation), not an act (booking, sale). */
function namesMoneyPaid(noun: string): boolean {
  const first = baseForms(noun).map((form) => senseOffsets('noun', form)[0]).find((offset) => offset !== undefined);
  return first !== undefined && hypernymLemmas([first]).has('transferred_property');
}
