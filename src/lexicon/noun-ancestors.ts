import { baseForms } from './related-nouns.js';
import { memoByWord } from './memo-by-word.js';
import { readSynset, senseOffsets } from './wordnet-records.js';

/**
 * The lemmas of a word's common noun senses and of every hypernym of them, however far up ("semester" → term, time_period …):
 * what kinds of thing the word names. Empty for a word WordNet does not know as a noun.
 */
export const nounAncestors = memoByWord((key): Set<string> => {
  const lemmas = new Set<string>();
  const seen = new Set<number>();
  let level = baseForms(key).flatMap((form) => senseOffsets('noun', form, COMMON_SENSES));
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

/** Common senses: those seen in WordNet's tagged corpus, and at least the first two. */
const COMMON_SENSES = 2;
