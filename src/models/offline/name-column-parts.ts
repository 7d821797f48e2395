import { splitIdentifier } from '../../catalog/split-identifier.js';
import { listedExpansion } from '../../lexicon/listed-short-forms.js';

/**
 * The parts of a column's name before its last part when that part is "name" or a listed short form of it ("gym_nm",
 * "clnt_nme" → gym, clnt); undefined when the name does not end in a name word.
 */
export function partsBeforeName(columnName: string): string[] | undefined {
  const parts = splitIdentifier(columnName);
  const last = parts.at(-1);
  if (last === undefined || (last !== 'name' && listedExpansion(last) !== 'name')) return undefined;
  return parts.slice(0, -1);
}
