import { memoBySplitText, splitIdentifier } from '../catalog/split-identifier.js';
import type { TableSchema } from '../context/context-schema.js';
import { primaryPartOfSpeech } from '../lexicon/primary-part-of-speech.js';
import { FILLER_WORDS } from '../models/offline/question-vocabulary.js';
import { wordRoot } from '../models/offline/word-root.js';
import { PASSIVE_AUXILIARIES, CLAUSE_RELATIVES } from './auxiliaries.js';
import { readsColumn, showsEveryColumn } from './reads-column.js';
import type { AnswerCheckRule } from './answer-facts.js';
import { sqlReadsWord } from './sql-reads-word.js';
import { namesReadColumnComment } from './comment-heads.js';
import { ARTICLES as ENGLISH_ARTICLES, QUANTIFIERS } from '../lexicon/determiners.js';
import { pick, wordSet } from '../lexicon/word-set.js';

/** At most this many columns may describe the word, or it is too common to point at one. */
const MAX_COLUMNS = 2;
const ARTICLES: ReadonlySet<string> = wordSet(ENGLISH_ARTICLES, pick(QUANTIFIERS, 'each', 'every', 'any'));

/**
 * "How many bills are still outstanding?" where paid_on's comment says "NULL while it is outstanding": a question
 * word no table or column is named after, that only one or two columns' comments use, points at those columns.
 * An answer whose SQL reads none of them has left the word's condition out.
 */
export const checkCommentedColumn: AnswerCheckRule = ({ analysis, sql, context }) => {
  const names = linkedNameRoots(context.table_schemas);
  const valueWords = new Set(context.matched_values.flatMap((match) => splitIdentifier(match.matched_text).map(wordRoot)));
  const readTables = context.table_schemas.filter((table) => sql.roots.has(table.name.toLowerCase()) || sql.code.includes(table.name.toLowerCase()));
  const tableWords = new Set(readTables.flatMap((table) => rootsOf(table.comment ?? '')));
  // Every column's comment words, read only for a question word nothing above accounts for.
  let columns: Array<{ table: string; column: (typeof context.table_schemas)[number]['columns'][number]; words: ReadonlySet<string> }> | undefined;
  const missed: string[] = [];
  for (const word of analysis.words) {
    if (word.text.length < 3 || /\d/.test(word.text) || FILLER_WORDS.has(word.text) || FILLER_WORDS.has(word.stem)) continue;
    const root = wordRoot(word.text);
    if (names.has(root) || valueWords.has(root) || tableWords.has(root) || sqlReadsWord(word.text, sql.roots)) continue;
    columns ??= context.table_schemas.flatMap((table) => table.columns.map((column) => ({ table: table.name, column, words: rootSetOf(column.comment ?? '') })));
    const all = columns.filter((c) => c.words.has(root));
    // "a private x-ray" where three comments say private, one of them on the table the SQL reads: a word between an
    // article and its noun restricts that noun's rows, so the comment on the table read is the one meant.
    const attributive = ARTICLES.has(analysis.words[word.index - 1]?.text ?? '') && !word.clauseEnd;
    const described = all.length > MAX_COLUMNS && attributive ? all.filter((c) => readTables.some((table) => table.name === c.table)) : all;
    if (described.length === 0 || described.length > MAX_COLUMNS) continue;
    // "scooters that cost more than the average purchase price" read as pur_amt, 'Purchase price in GBP': the word
    // names (as a WordNet synonym: cost, price) what the comment of a column the SQL reads defines it as.
    if (namesReadColumnComment(word.text, readTables, sql.code, readsColumn)) continue;
    // Verbs ("taken", "sold") relate the rows; the nouns and adjectives of a comment ("outstanding") name a state. Asked
    // last: the dictionary is read only for a word a comment uses.
    const previous = analysis.words[word.index - 1]?.text ?? '';
    // In a relative clause ("collections that were rejected in August") the participle restricts the rows: a state.
    const restricts = PASSIVE_AUXILIARIES.has(previous) && CLAUSE_RELATIVES.has(analysis.words[word.index - 2]?.text ?? '');
    if (!restricts && (primaryPartOfSpeech(word.text) === 'verb' || (/(ed|en)$/.test(word.text) && PASSIVE_AUXILIARIES.has(previous)))) continue;
    // Every column shown (`SELECT *`) shows the state, but does not keep only the rows in it.
    const read = described.some(({ table, column }) => readsColumn(sql.code, column.name) || (!restricts && showsEveryColumn(sql.code, table)));
    if (!read) missed.push(`"${word.text}" (${described.map((c) => `${c.table}.${c.column.name}`).join(', ')})`);
  }
  if (missed.length === 0) return undefined;
  return { name: 'commented_column', passed: false, detail: `the catalog ties ${missed.join(', ')} to columns the SQL does not read` };
};

/** The roots of a catalog name or comment: the same few come back in every question of a batch. */
const rootsOf = memoBySplitText((text): readonly string[] => splitIdentifier(text).map(wordRoot));
const rootSetOf = memoBySplitText((text): ReadonlySet<string> => new Set(rootsOf(text)));

/**
 * The roots of the linked tables' and their columns' names, per list of names: every question of a batch links one of
 * a few sets of the catalog's tables, and the set is the same for each.
 */
function linkedNameRoots(tables: readonly TableSchema[]): ReadonlySet<string> {
  return nameRootsByText(tables.map((table) => [table.name, ...table.columns.map((column) => column.name)].join('\u0000')).join('\u0000'));
}

const nameRootsByText = memoBySplitText((key): ReadonlySet<string> => new Set(key.split('\u0000').flatMap(rootsOf)), 256);
