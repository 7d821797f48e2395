import { wordTable } from '../own-entry.js';
import { identifierParts } from './identifier-parts.js';
import { readShorthand } from './read-shorthand.js';
import { schemaTerseness, type NamedColumns, type SchemaTerseness } from './schema-terseness.js';

export interface TerseNames {
  terseness: SchemaTerseness;
  /** Each table's and column's name (and its lower-case form) and each given value whose reading differs from its parts as written. */
  readings: Readonly<Record<string, string[]>>;
}

/**
 * The English of a schema's names and of some of its values (a code list's "MBR_STAT") where the schema as a whole is
 * terse (schema-terseness.ts): "mbr_nm" → member, name. A readable schema's are read as written, even a name that
 * looks like shorthand ("amt" among English names).
 */
export function readTerseNames(
  tables: readonly NamedColumns[],
  values: readonly string[] = [],
  terseness: SchemaTerseness = schemaTerseness(tables),
): TerseNames {
  // Keyed by names and values, which may be any word ("__proto__" would set an object's prototype, not a key).
  const readings = new Map<string, string[]>();
  if (!terseness.terse) return { terseness, readings: wordTable({}) };
  for (const text of catalogTexts(tables, values)) {
    const read = readShorthand(text);
    if (read.join(' ') !== identifierParts(text).join(' ')) readings.set(text, [...read]);
  }
  return { terseness, readings: wordTable(Object.fromEntries(readings)) };
}

/** A schema's table and column names, their lower-case forms and the given values: the texts a catalog reads. */
export function catalogTexts(tables: readonly NamedColumns[], values: readonly string[] = []): Set<string> {
  const names = tables.flatMap((table) => [table.name, ...table.columns.map((column) => column.name)]);
  return new Set([...names, ...names.map((name) => name.toLowerCase()), ...values]);
}
