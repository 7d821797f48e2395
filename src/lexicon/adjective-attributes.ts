import { readSynset, senseOffsets, type WordnetSynset } from './wordnet-records.js';

const attributesIn = (synset: WordnetSynset): number[] => synset.pointers.filter((pointer) => pointer.symbol === '=' && pointer.pos === 'n').map((pointer) => pointer.target);

/**
 * The noun synsets an adjective's first sense gives a value of, as WordNet's attribute pointers say ("heavy" →
 * weight), directly or through the head adjective of a satellite sense; empty when none.
 */
export function adjectiveAttributes(adjective: string): number[] {
  const first = senseOffsets('adj', adjective)[0];
  if (first === undefined) return [];
  const synset = readSynset('adj', first);
  // A satellite points to its one head adjective ('&'); a head points to all its satellites.
  const similar = synset.pointers.filter((pointer) => pointer.symbol === '&');
  const own = attributesIn(synset);
  return own.length > 0 || similar.length !== 1 ? own : attributesIn(readSynset('adj', similar[0]!.target));
}
