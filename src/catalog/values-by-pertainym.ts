import { pertainedNouns } from '../lexicon/pertained-nouns.js';
import type { ValueLookup, ValueTarget } from './build-value-lookup.js';
import { normalizeValueText } from './normalize-value-text.js';

/**
 * "Texan towns" where state stores TX, "American singers" where citizenship stores United States: the stored values a
 * proper adjective (one written with a capital, as English writes them) pertains to by WordNet, met through the value
 * itself or an alias of it. Names of three letters or more only: a two-letter code ("tx") pertained to matches nothing.
 */
export function valuesPertainedTo(lookup: ValueLookup, adjective: string): ValueTarget[] {
  if (!/^\p{Lu}\p{Ll}{2,}$/u.test(adjective)) return [];
  const found: ValueTarget[] = [];
  for (const noun of pertainedNouns(adjective)) {
    const key = normalizeValueText(noun);
    if (key.length >= 3 && key !== normalizeValueText(adjective)) found.push(...(lookup.aliases.get(key) ?? []));
  }
  return found;
}
