import { nounHypernyms } from './noun-hypernyms.js';

const depths = new Map<number, number>();

/** Steps from a noun synset up to the root ("entity") along first hypernyms: how specific the concept is. */
export function nounDepth(offset: number): number {
  let known = depths.get(offset);
  if (known === undefined) {
    const up = nounHypernyms(offset)[0];
    depths.set(offset, (known = up === undefined ? 0 : nounDepth(up) + 1));
  }
  return known;
}
