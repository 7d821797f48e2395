import { readSynset } from './wordnet-records.js';

/** The lemmas of the given noun synsets and of every hypernym of them, however far up. */
export function hypernymLemmas(offsets: readonly number[]): Set<string> {
  const lemmas = new Set<string>();
  const seen = new Set<number>();
  let level = [...offsets];
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
}
