import { catalogTexts, readTerseNames, type TerseNames } from './read-terse-names.js';
import type { SchemaTerseness } from './schema-terseness.js';
import { keepAsWritten, readNamesAs } from './split-identifier.js';

/**
 * How this process splits a catalog's names and values from now on (split-identifier.ts), as loading the catalog sets
 * it: a terse schema's are read as the words they shorten ("dim_chgr" → dim, and the noun chgr drops the vowels of), a
 * readable one's stay as written. Whatever reads the names of a catalog built in memory (a test's made-up tables) must
 * call this first, or it reads them with another lexicon than the CLI does.
 */
export function readCatalogNames(
  tables: Parameters<typeof readTerseNames>[0],
  values: readonly string[] = [],
  terseness?: SchemaTerseness,
): TerseNames {
  const read = readTerseNames(tables, values, terseness);
  readNamesAs(read.readings);
  if (!read.terseness.terse) keepAsWritten(() => catalogTexts(tables, values));
  return read;
}
