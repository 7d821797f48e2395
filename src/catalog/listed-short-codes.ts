import { listedExpansion, listedShortForms } from '../lexicon/listed-short-forms.js';
import type { ValueLookup, ValueTarget } from './build-value-lookup.js';
import { stemWord } from './stem-word.js';

/** The short forms data-naming standards write a word as ("cancelled" → cxl, cncl): three letters or more, not the word itself. */
function shortFormsOf(word: string): readonly string[] {
  const listed = (key: string) => listedShortForms(key, { stems: true }).filter((short) => short.length >= 3 && listedExpansion(short) !== short);
  const own = listed(word);
  return own.length > 0 ? own : listed(stemWord(word));
}

/**
 * "cancelled" for a stored 'CXL', "delivered" for 'DLVD': the one code of one code-like column, stored in capitals, that
 * is a listed short form of the word (name-abbreviations.ts: the conventions names and code lists share). Looked up
 * by key: none when the word's short forms spell codes of several columns.
 */
export function codesListedFor(lookup: ValueLookup, word: string): readonly ValueTarget[] {
  const targets = shortFormsOf(word)
    .flatMap((short) => lookup.codes.get(short) ?? [])
    .filter((target) => /^\p{Lu}+$/u.test(target.value.trim()));
  const columns = new Set(targets.map((target) => `${target.table.toLowerCase()}\u0000${target.column.toLowerCase()}`));
  return columns.size === 1 && new Set(targets.map((target) => target.value)).size === 1 ? targets : [];
}
