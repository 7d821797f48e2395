import { baseForms } from './related-nouns.js';
import { readSynset, senseOffsets } from './wordnet-records.js';

const found = new Map<string, Set<string>>();

/**
 * The adjectives WordNet gives as opposites of this one ("female" → male, "alive" → dead), through its own senses or,
 * for a satellite sense ("wealthy"), through the head adjective it is similar to: a column stored as one side of a
 * pair (Is_male) answers a question asked with the other.
 */
export function adjectiveAntonyms(word: string): Set<string> {
  const key = word.toLowerCase();
  let antonyms = found.get(key);
  if (antonyms) return antonyms;
  antonyms = new Set();
  for (const form of baseForms(key)) {
    for (const offset of senseOffsets('adj', form)) {
      const { lemmas, pointers } = readSynset('adj', offset);
      const own = lemmas.indexOf(form) + 1;
      for (const pointer of pointers) {
        if (pointer.symbol !== '!' || (pointer.sourceWord !== 0 && pointer.sourceWord !== own)) continue;
        const target = readSynset('adj', pointer.target).lemmas;
        antonyms.add(target[pointer.targetWord - 1] ?? target[0]!);
      }
    }
  }
  found.set(key, antonyms);
  return antonyms;
}
