import type { CatalogTable } from '../connectors/connector.js';
import { commentCodeGlosses } from './code-glosses.js';
import { codedKindColumns } from './names-coded-kinds.js';
import { QUERY_STOP_WORDS, STOP_WORDS } from './stop-words.js';

/** Per catalog, its tables with a coded column (a comment that glosses codes): few, and the only ones worth asking. */
const codedByTables = new WeakMap<readonly CatalogTable[], number[]>();

/**
 * Positions of the tables with a coded column whose glossed codes are kinds of a question word ("How many dwellings …"
 * where properties.prop_type glosses house, bungalow and maisonette): the word names that table's rows though no name
 * or comment spells it, so the table is linked as a spelled name would link it.
 */
export function tablesByCodedKinds(tables: readonly CatalogTable[], question: string): number[] {
  let coded = codedByTables.get(tables);
  if (!coded) {
    coded = tables.flatMap((table, position) => (table.columns.some((column) => column.comment && commentCodeGlosses(column.comment).length > 0) ? [position] : []));
    codedByTables.set(tables, coded);
  }
  if (coded.length === 0) return [];
  const words = [...new Set((question.match(/[A-Za-z]{4,}/g) ?? []).filter((word) => word === word.toLowerCase()))].filter((word) => !STOP_WORDS.has(word) && !QUERY_STOP_WORDS.has(word));
  return coded.filter((position) => words.some((word) => codedKindColumns(word, tables[position]!) > 0));
}
