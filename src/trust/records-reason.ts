import type { NameVocabulary } from '../catalog/name-vocabulary.js';
import { splitIdentifier } from '../catalog/split-identifier.js';
import type { TableSchema } from '../context/context-schema.js';
import { readSynset, senseOffsets } from '../lexicon/wordnet-records.js';

/**
 * Whether a column of the linked tables or the catalog holds a reason or cause ("returns.reason", "cause_of_delay"):
 * what a "why" question asks for. A name part must be such a noun itself, not a verb form of one ("caused_by_ship_id"
 * names the ship, not a cause).
 */
export function recordsReason(tables: readonly Pick<TableSchema, 'columns'>[], catalog?: NameVocabulary): boolean {
  const nouns = reasonNouns();
  const isReason = (part: string) => nouns.has(part) || nouns.has(part.replace(/s$/, ''));
  if (catalog && [...nouns].some((noun) => catalog.column.has(noun))) return true;
  return tables.some((table) => table.columns.some((column) => splitIdentifier(column.name).some(isReason)));
}

let nouns: Set<string> | undefined;

/** The words of the commonest sense of "reason", "cause" and "explanation" in WordNet: reason, ground, cause … */
function reasonNouns(): Set<string> {
  nouns ??= new Set(['reason', 'cause', 'explanation'].flatMap((word) => senseOffsets('noun', word).slice(0, 1).flatMap((offset) => readSynset('noun', offset).lemmas)));
  return nouns;
}
