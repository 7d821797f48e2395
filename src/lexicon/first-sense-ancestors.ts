import { memoByWord } from './memo-by-word.js';
import { baseForms } from './related-nouns.js';
import { readSynset, senseOffsets } from './wordnet-records.js';

/**
 * The lemmas of a word's first noun sense and of every hypernym of it ("hometown" → town, municipality … location):
 * what the word most often names, without the rarer senses nounAncestors also follows ("type" as a kind of person).
 * Empty for a word WordNet does not know as a noun.
 */
export const firstSenseAncestors = memoByWord((key): Set<string> => {
  const lemmas = new Set<string>();
  const seen = new Set<number>();
  const first = baseForms(key).map((form) => senseOffsets('noun', form)[0]).find((offset) => offset !== undefined);
  let level = first === undefined ? [] : [first];
  while (level.length > 0) {
    const next: number[] = [];
    for (const offset of level) {
      if (seen.has(offset)) continue;
      seen.add(offset);
      const { lemmas: own, pointers } = readSynset('noun', offset);
      for (const lemma of own) lemmas.add(lemma);
      for (const pointer of pointers) if (pointer.pos === 'n' && (pointer.symbol === '@' || pointer.symbol === '@i')) next.push(pointer.target);
    }
    level = next;
  }
  return lemmas;
});
