import { codedKindsIndex, type CommentedTable } from './coded-kinds-index.js';

/**
 * Whether a question word names what a coded column of the linked tables classifies (coded-kinds-index.ts: "dwellings"
 * where prop_type glosses HSE house, BUNG bungalow, MAIS maisonette). Looked up in the catalog's index when the catalog's
 * tables are at hand, else in one made of the linked tables.
 */
export function namesCodedKinds(word: string, linked: readonly CommentedTable[], catalog?: readonly CommentedTable[]): boolean {
  if (!catalog) return codedKindsIndex(linked).columnsCoding(word).length > 0;
  const index = codedKindsIndex(catalog);
  if (!index.glossesCodes()) return false;
  const columns = index.columnsCoding(word);
  if (columns.length === 0) return false;
  const linkedColumns = new Set(linked.flatMap((table) => table.columns.map((column) => `${table.name}\u0000${column.name}`)));
  return columns.some(({ table, column }) => linkedColumns.has(`${catalog[table]!.name}\u0000${catalog[table]!.columns[column]!.name}`));
}
