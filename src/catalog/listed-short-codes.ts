import { NAME_ABBREVIATIONS } from '../lexicon/name-abbreviations.js';
import type { ValueLookup, ValueTarget } from './build-value-lookup.js';
import { stemWord } from './stem-word.js';

/** English word (and its plural stem) → the short forms data-naming standards write it as ("cancelled" → cxl, cncl). */
let shortForms: Map<string, string[]> | undefined;

function shortFormsOf(word: string): readonly string[] {
  if (!shortForms) {
    shortForms = new Map();
    for (const [short, english] of Object.entries(NAME_ABBREVIATIONS)) {
      if (short === english || english.includes(' ') || short.length < 3) continue;
      for (const key of new Set([english, stemWord(english)])) shortForms.set(key, [...(shortForms.get(key) ?? []), short]);
    }
  }
  return shortForms.get(word) ?? shortForms.get(stemWord(word)) ?? [];
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
