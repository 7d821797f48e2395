import type { CatalogTable } from '../connectors/connector.js';
import { codedKindsIndex } from './coded-kinds-index.js';
import { unspelledWords } from './spelled-stems.js';

/**
 * Positions of the tables with a coded column two or more of whose glossed codes are kinds of a question word ("How
 * many dwellings …" where properties.prop_type glosses house, bungalow and maisonette; coded-kinds-index.ts): the word
 * names that table's rows though no name or comment spells it, so the table is linked as a spelled name would link it.
 */
export function tablesByCodedKinds(tables: readonly CatalogTable[], question: string): number[] {
  const coded = codedKindsIndex(tables);
  if (!coded.glossesCodes()) return [];
  // A word a table's or column's name spells links by that name; WordNet is asked only of the others.
  const found = new Set(unspelledWords(tables, question).flatMap((word) => coded.columnsCoding(word).map((column) => column.table)));
  return [...found].sort((a, b) => a - b);
}
