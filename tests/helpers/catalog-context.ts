import { readCatalogNames } from '../../src/catalog/read-catalog-names.js';
import { ContextSchema, type Context, type ContextInput } from '../../src/context/context-schema.js';

/**
 * A context over made-up linked tables, their names first read as loading them as a catalog reads them (a terse
 * schema's shorthand as words, a readable one's as written): the lexicon the CLI uses, not the process's default.
 */
export function catalogContext(input: ContextInput): Context {
  readCatalogNames(input.table_schemas ?? []);
  return ContextSchema.parse(input);
}
