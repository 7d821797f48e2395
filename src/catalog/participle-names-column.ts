import type { CatalogTable } from '../connectors/connector.js';
import { IRREGULAR_VERBS } from '../lexicon/irregular-verbs.js';
import { namesVerb } from '../models/offline/event-date-column.js';
import { wordRoot } from '../models/offline/word-root.js';
import { splitIdentifier } from './split-identifier.js';

/**
 * "pupils who passed" where a test's result 'P' reads "pass" and a pupil has theory_pass, "orders opened" where a
 * status 'O' reads "open" and the order has opn_dt: a past participle that names a column of the value's table or a
 * table beside it (by its root), or a date column of the value's own table (the verb's event), is that column's word,
 * not the stage a row is at now.
 */
export function participleNamesColumn(word: string, valueColumn: string, own: CatalogTable, beside: readonly CatalogTable[]): boolean {
  if (!(/^[a-z]{2,}ed$/.test(word) || IRREGULAR_VERBS[word] !== undefined)) return false;
  if (own.columns.some((column) => /^(date|timestamp)/i.test(column.type) && namesVerb(column.name, [word]))) return true;
  const root = wordRoot(word);
  return [own, ...beside].some((table) => table.columns.some((column) => column.name !== valueColumn && splitIdentifier(column.name).some((part) => wordRoot(part.toLowerCase()) === root)));
}
