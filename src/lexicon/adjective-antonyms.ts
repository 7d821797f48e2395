import { baseForms } from './related-nouns.js';
import { memoByWord } from './memo-by-word.js';
import { readSynset, senseOffsets } from './wordnet-records.js';

/**
 * The adjectives WordNet gives as opposites of this one ("female" → male, "alive" → dead), through its own senses or,
 * for a satellite sense ("wealthy"), through the head adjective it is similar to: a column stored as one side of a
 * pair (Is_male) answers a question asked with the other.
 */
export const adjectiveAntonyms = memoByWord((key): Set<string> => {
  const antonyms = new Set<string>();
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
  return antonyms;
});
