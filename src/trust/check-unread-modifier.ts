import { NUMBER_WORDS } from '../lexicon/numerals.js';
import { questionWords } from '../models/offline/question-words.js';
import { wordRoot } from '../models/offline/word-root.js';
import type { AnswerCheckRule } from './answer-facts.js';
import { EXISTS_IN_DATA } from './check-stated-condition.js';
import { askedPhraseOpening, HOW_COUNTED, MAX_MODIFIERS, VERBS } from './asked-phrase-words.js';
import { RESTRICTS_ROWS } from './check-unrestricted-rows.js';
import { readTableSchemas } from './read-table-schemas.js';
import { sqlReadsSynonym } from './sql-reads-synonym.js';
import { sqlReadsWord } from './sql-reads-word.js';
import { tableNameRoots } from './table-name-roots.js';
import { tableNameWords } from '../models/offline/table-name-words.js';

/**
 * "How many trade customers have we got?" answered by `SELECT COUNT(*) FROM customers`: a word before the noun that
 * names the table counted or listed ("trade" before "customers") says which of its rows are meant, but the SQL reads
 * the table whole (no WHERE, join, GROUP BY, HAVING, LIMIT or set operation) and uses nothing for that word: no column,
 * value, WordNet synonym, part of the table's name ("linen items" over linen_items) nor word of the opening phrase
 * of the table's comment ("Green coffee lots"; a kind the comment lists after a colon restricts).
 * Determiners, numbers and "different / total …" restrict nothing, nor does a participle that only says a row is kept
 * ("registered customers"), nor a word naming a table of the namespace ("dog owners" where dogs is a table: what the
 * rows are tied to).
 */
export const checkUnreadModifier: AnswerCheckRule = ({ question, sql, tree, context, tableNames }) => {
  if (!tree || tree.tables.length !== 1 || tree.fromOther) return undefined;
  if (RESTRICTS_ROWS.test(sql.code)) return undefined;
  const table = readTableSchemas(tree.tables, context)[0];
  if (!table) return undefined;
  const opening = askedPhraseOpening(questionWords(question));
  if (!opening) return undefined;
  const { words, at } = opening;
  const head = tableNameWords(table.name).at(-1)!;
  const named = words.slice(at, at + MAX_MODIFIERS + 1).findIndex((word) => wordRoot(word.text) === wordRoot(head));
  // "What kind of customers …": a phrase joined by "of" names something else of the rows, not a modifier of them; "What
  // is each donor's city?": a verb before the noun ends the phrase the wh-word opened.
  if (named <= 0 || words.slice(at, at + named).some((word) => word.text === 'of' || word.clauseEnd || VERBS.has(word.text))) return undefined;
  // The comment's opening phrase says what every row is ("Green coffee lots bought in"); after a colon or comma it may
  // list kinds of rows ("Customers: private households and trade customers"), which restrict.
  const title = (table.comment ?? '').toLowerCase().split(/[:;,(]/)[0]!;
  const comment = new Set(title.split(/[^a-z0-9]+/).filter(Boolean).map(wordRoot));
  // "dog owners" where a dogs table is: the modifier names what the rows are tied to, which every row of a kennel's owners is.
  const tables = tableNameRoots(tableNames);
  const unread = words.slice(at, at + named).filter(
    (word) =>
      !/^\d/.test(word.text) &&
      word.text.length >= 3 &&
      !HOW_COUNTED.has(word.text) &&
      !(NUMBER_WORDS as readonly string[]).includes(word.text) &&
      !EXISTS_IN_DATA.test(word.text) &&
      !comment.has(wordRoot(word.text)) &&
      !tables.has(wordRoot(word.text)) &&
      !sqlReadsWord(word.text, sql.roots) &&
      !sqlReadsSynonym(word.text, sql.roots),
  );
  if (unread.length === 0) return undefined;
  const phrase = words.slice(at, at + named + 1).map((word) => word.text).join(' ');
  return {
    name: 'unread_modifier',
    passed: false,
    detail: `'${unread.map((word) => word.text).join(' ')}' says which ${head} the question means ("${phrase}"), but the SQL reads every row of ${table.name} and uses nothing for it`,
  };
};
