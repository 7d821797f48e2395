import { questionWords } from '../models/offline/question-words.js';
import type { AnswerCheckRule } from './answer-facts.js';
import { sqlReadsWord } from './sql-reads-word.js';
import { tableNameRoots } from './table-name-roots.js';
import { wordRoot } from '../models/offline/word-root.js';
import { FINITE_BE } from '../lexicon/auxiliaries.js';
import { ARTICLES, QUANTIFIERS } from '../lexicon/determiners.js';
import { PREPOSITIONS } from '../lexicon/prepositions.js';
import { pick, wordSet } from '../lexicon/word-set.js';

/** What may stand before the noun of "are all the columns …": a be-form, "the", "all", "of". */
const BEFORE_EVERY: ReadonlySet<string> = wordSet(FINITE_BE, pick(ARTICLES, 'the'), pick(QUANTIFIERS, 'all'), pick(PREPOSITIONS, 'of'));

/** A question word that asks for one thing: a person, a time, a place, an attribute ("how old"). */
const ASKS_ONE_THING = /^\s*(?:(?:and|so|then|also|please|now)\s+)?(who|whom|whose|when|where|what|which|how\s+(?!many\b|much\b|often\b)[a-z]+)\b/i;
/** Questions that do ask for whole rows. */
const ASKS_ROWS = /\b(details?|information|info|everything|all (?:the )?(?:data|columns|fields|attributes)|records?|rows?|entries|profiles?)\b/i;

/**
 * "List the vendors with their holding numbers": a listing that names an attribute of each row after "with / and /
 * plus" and a possessive asks for that column beside what names the rows, not for every column.
 */
const LISTED_WITH = /^\s*(?:please\s+)?(?:list|show|give(?:\s+me)?|display|get)\b[^?.!]*?\b(?:with|and|plus)\s+(?:their|its|his|her)\s+([a-z][a-z\s-]*?)\s*(?=[?.!,]|$)/i;

/**
 * "When did the first return come in?", "Who led …?", "What is the priciest item?": a wh-question asks for one
 * thing, so an answer that shows every column of the rows has not said which of them answers it. "Which
 * airports …" asks for the rows themselves when the noun names a table the SQL reads; an empty answer is no
 * listing at all.
 */
export const checkEveryColumn: AnswerCheckRule = ({ question, attempt, sql, tableNames }) => {
  const listed = LISTED_WITH.exec(question);
  if (listed && sql.everyColumn && !ASKS_ROWS.test(question) && attempt.row_count > 0) {
    return { name: 'every_column', passed: false, detail: `the question names what to show of each row (${listed[1]!.trim()}), but the answer shows every column (${attempt.columns.length})` };
  }
  const asked = ASKS_ONE_THING.exec(question);
  if (!asked || !sql.everyColumn || ASKS_ROWS.test(question)) return undefined;
  if (attempt.row_count === 0) return { name: 'every_column', passed: true, detail: 'no rows, so no column needs to answer' };
  const wh = asked[1]!.toLowerCase().split(/\s+/)[0]!;
  if (wh === 'which' || wh === 'what') {
    const words = questionWords(question.slice(asked.index + asked[0].length));
    const tables = tableNameRoots(tableNames);
    const noun = words.slice(0, 3).find((w) => tables.has(wordRoot(w.text)) && sqlReadsWord(w.text, sql.roots));
    // "What are the products …", "Which customers …": the rows are what is asked for.
    if (noun && words.slice(0, noun.index).every((w) => BEFORE_EVERY.has(w.text))) {
      // "Which battles ended in a win for …": words after the noun restrict the rows, which a bare table read does not.
      const restricts = words.slice(noun.index + 1).some((w) => w.text.length >= 3);
      if (restricts && !/\b(where|join|having|limit|group\s+by|qualify)\b/.test(sql.code)) {
        return { name: 'every_column', passed: false, detail: `the question asks which ${noun.text} ${words.slice(noun.index + 1).map((w) => w.text).join(' ')}, but the answer lists every row of the table, unfiltered` };
      }
      return { name: 'every_column', passed: true, detail: `the question asks which ${noun.text}, and the answer lists them` };
    }
  }
  return {
    name: 'every_column',
    passed: false,
    detail: `the question asks ${asked[1]!.toLowerCase()}, but the answer shows every column (${attempt.columns.length}) instead of the one that answers it`,
  };
};
