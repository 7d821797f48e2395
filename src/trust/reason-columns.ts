import { splitIdentifier } from '../catalog/split-identifier.js';
import type { TableSchema } from '../context/context-schema.js';
import { readSynset, senseOffsets } from '../lexicon/wordnet-records.js';

/**
 * The columns that hold a reason or cause ("returns.reason", "cause_of_delay"): what a "why" question asks for. A
 * name part must be such a noun itself, not a verb form of one ("caused_by_ship_id" names the ship, not a cause).
 */
export function reasonColumns(tables: readonly Pick<TableSchema, 'name' | 'columns'>[]): string[] {
  const nouns = reasonNouns();
  return tables.flatMap((table) =>
    table.columns.filter((column) => splitIdentifier(column.name).some((part) => nouns.has(part) || nouns.has(part.replace(/s$/, '')))).map((column) => `${table.name}.${column.name}`),
  );
}

let nouns: Set<string> | undefined;

/** The words of the first (commonest) sense of "reason", "cause" and "explanation" in WordNet: reason, ground, cause … */
function reasonNouns(): Set<string> {
  nouns ??= new Set(['reason', 'cause', 'explanation'].flatMap((word) => senseOffsets('noun', word).slice(0, 1).flatMap((offset) => readSynset('noun', offset).lemmas)));
  return nouns;
}
