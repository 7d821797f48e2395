import { readSynset } from './wordnet-records.js';

/** How far up to climb, and whether an instance ("Paris") climbs to its class ("city"). */
export interface HypernymWalk {
  maxSteps?: number;
  instances?: boolean;
}

/** The lemmas of the given noun synsets and of every hypernym of them, however far up unless maxSteps says. */
export function hypernymLemmas(offsets: readonly number[], { maxSteps = Infinity, instances = true }: HypernymWalk = {}): Set<string> {
  const lemmas = new Set<string>();
  const seen = new Set<number>();
  let level = [...offsets];
  for (let step = 0; step <= maxSteps && level.length > 0; step += 1) {
    const next: number[] = [];
    for (const offset of level) {
      if (seen.has(offset)) continue;
      seen.add(offset);
      const { lemmas: own, pointers } = readSynset('noun', offset);
      for (const lemma of own) lemmas.add(lemma);
      for (const pointer of pointers) if (pointer.pos === 'n' && (pointer.symbol === '@' || (instances && pointer.symbol === '@i'))) next.push(pointer.target);
    }
    level = next;
  }
  return lemmas;
}
