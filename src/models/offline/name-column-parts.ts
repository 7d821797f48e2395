import { splitIdentifier } from '../../catalog/split-identifier.js';
import { NAME_ABBREVIATIONS } from '../../lexicon/name-abbreviations.js';

/**
 * The parts of a column's name before its last part when that part is "name" or a listed short form of it ("gym_nm",
 * "clnt_nme" → gym, clnt); undefined when the name does not end in a name word.
 */
export function partsBeforeName(columnName: string): string[] | undefined {
  const parts = splitIdentifier(columnName);
  const last = parts.at(-1);
  if (last === undefined || (last !== 'name' && NAME_ABBREVIATIONS[last] !== 'name')) return undefined;
  return parts.slice(0, -1);
}

/**
 * "lg" for league, "xltr" for translator's "xltr" spelled out elsewhere, "cust" for customer: a shorter part that starts
 * as the word starts and whose letters all come in the word in order, the way name standards shorten a word.
 */
export function shortens(short: string, word: string): boolean {
  if (short.length < 2 || short.length >= word.length || short[0] !== word[0] || /\d/.test(short)) return false;
  let k = 1;
  for (const letter of word.slice(1)) if (letter === short[k]) k++;
  return k === short.length;
}
