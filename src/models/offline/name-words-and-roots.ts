import { tableNameWords } from './table-name-words.js';
import { wordRoot } from './word-root.js';

/** Each word and its root ("orders" → orders, order): the forms a question word meets a name by (sqlReadsWord). */
export const wordsAndRoots = (words: Iterable<string>): Set<string> => new Set([...words].flatMap((word) => [word, wordRoot(word)]));

/** The words of a table's or column's name as written (tableNameWords: split where its case changes) and their roots. */
export const nameWordsAndRoots = (name: string): Set<string> => wordsAndRoots(tableNameWords(name));
