import type { CatalogTable } from '../connectors/connector.js';
import { catalogTextStems } from './catalog-text-stems.js';
import { splitIdentifier } from './split-identifier.js';
import { stemWord } from './stem-word.js';
import { QUERY_STOP_WORDS, STOP_WORDS } from './stop-words.js';

/** Per catalog, the stems of every table's and column's name parts: a word one of them spells is named already. */
export const spelledStems = catalogTextStems(
  (table) => [table.name, ...table.columns.map((column) => column.name)],
  (name) => splitIdentifier(name.split('.').pop()!).map((part) => part.toLowerCase()),
);

/**
 * A question's lower-case words of four letters or more that no table's or column's name spells and that are no stop
 * word: the words a linker may ask a dictionary about, once its cheap matches are done.
 */
export function unspelledWords(tables: readonly CatalogTable[], question: string): string[] {
  const spelled = spelledStems(tables);
  return [...new Set((question.match(/[A-Za-z]{4,}/g) ?? []).filter((word) => word === word.toLowerCase()))].filter(
    (word) => !STOP_WORDS.has(word) && !QUERY_STOP_WORDS.has(word) && !spelled.has(stemWord(word)),
  );
}
