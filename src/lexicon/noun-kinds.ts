import { memoByWord } from './memo-by-word.js';
import { baseForms } from './related-nouns.js';
import { readSynset, senseOffsets } from './wordnet-records.js';

/** How many steps down WordNet's kinds are read: "dwelling" → house → bungalow. */
const DEPTH = 2;

/**
 * The nouns WordNet files as kinds of a word, up to two steps down from its commonly used noun senses (the tagged ones,
 * at least the first): "dwellings" → house, bungalow, maisonette. Lower case, spaces as underscores; empty for a word
 * WordNet does not know as a noun.
 */
export const nounKinds = memoByWord((key): Set<string> => {
  const kinds = new Set<string>();
  const form = baseForms(key).find((base) => senseOffsets('noun', base).length > 0);
  if (form === undefined) return kinds;
  let level = senseOffsets('noun', form, 1);
  for (let step = 0; step < DEPTH; step++) {
    const next: number[] = [];
    for (const offset of level) {
      for (const pointer of readSynset('noun', offset).pointers) {
        if (pointer.pos !== 'n' || pointer.symbol !== '~') continue;
        next.push(pointer.target);
        for (const lemma of readSynset('noun', pointer.target).lemmas) kinds.add(lemma);
      }
    }
    level = next;
  }
  return kinds;
});
