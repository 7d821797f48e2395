import type { CatalogTable } from '../connectors/connector.js';
import { stemWord } from './stem-word.js';

/**
 * Per catalog, the stems of the words of some text of every table and column (its name, its comment): a reader
 * remembered per tables array. A warehouse's 10,000 tables share a few hundred column names and templated comments,
 * so each distinct text is read once.
 */
export function catalogTextStems<T = CatalogTable>(
  textsOf: (table: T) => ReadonlyArray<string | null | undefined>,
  wordsOf: (text: string) => readonly string[],
): (tables: readonly T[]) => Set<string> {
  const byTables = new WeakMap<readonly T[], Set<string>>();
  return (tables) => {
    let stems = byTables.get(tables);
    if (stems) return stems;
    stems = new Set();
    const seen = new Set<string>();
    for (const table of tables) {
      for (const text of textsOf(table)) {
        if (text === undefined || text === null || seen.has(text)) continue;
        seen.add(text);
        for (const word of wordsOf(text)) stems.add(stemWord(word));
      }
    }
    byTables.set(tables, stems);
    return stems;
  };
}
