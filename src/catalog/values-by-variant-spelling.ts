import { distance } from 'fastest-levenshtein';
import { sharesSynset } from '../lexicon/shares-synset.js';
import type { ValueLookup } from './build-value-lookup.js';
import { stemWord } from './stem-word.js';
import { verbForms } from './verb-forms.js';

/** Aliases of several words by their words' first letters ("flat tyre" under "ft"), per lookup and number of aliases added. */
const indexes = new WeakMap<ValueLookup, { size: number; bySignature: Map<string, string[]> }>();

const signature = (words: readonly string[]): string => words.map((word) => word[0]).join(' ');

function phrasesBySignature(lookup: ValueLookup): Map<string, string[]> {
  const known = indexes.get(lookup);
  if (known && known.size === lookup.added.size) return known.bySignature;
  const bySignature = new Map<string, string[]>();
  for (const alias of lookup.aliases.keys()) {
    if (!alias.includes(' ')) continue;
    const key = signature(alias.split(' '));
    const list = bySignature.get(key);
    if (list) list.push(alias);
    else bySignature.set(key, [alias]);
  }
  indexes.set(lookup, { size: lookup.added.size, bySignature });
  return bySignature;
}

/**
 * A word written otherwise than stored: the same word but for a plural ending or a verb's ending ("grinding", "grind"), or a spelling variant, a word of four
 * letters or more a letter or two away that WordNet puts in one synonym set with it ("tires" and tyre, "color" and colour).
 */
function sameWordSpelledOtherwise(written: string, stored: string): boolean {
  if (written === stored) return true;
  const a = stemWord(written);
  const b = stemWord(stored);
  if (a === b || verbForms(written).includes(stored)) return true;
  return /^\p{L}{4,}$/u.test(a) && /^\p{L}{4,}$/u.test(b) && distance(a, b) <= 2 && sharesSynset(a, b);
}

/**
 * "flat tires" where 'Flat tyre' is stored: the stored phrase (an alias key of the lookup) whose words are the
 * question's words (normalised) one for one, each the same word or that word spelled otherwise (British or American
 * spelling, a plural). Undefined when no phrase or more than one does.
 */
export function phraseSpelledOtherwise(lookup: ValueLookup, words: readonly string[]): string | undefined {
  if (words.length < 2 || words.some((word) => word.length === 0)) return undefined;
  const found = (phrasesBySignature(lookup).get(signature(words)) ?? []).filter((alias) => {
    const stored = alias.split(' ');
    return stored.length === words.length && stored.every((word, i) => sameWordSpelledOtherwise(words[i]!, word));
  });
  return found.length === 1 ? found[0] : undefined;
}
