import { readSynset } from './wordnet-records.js';

/** A noun synset's hypernyms, the first its main one; instance hypernyms ("Paris" of city) are left out. */
export const nounHypernyms = (offset: number): number[] =>
  readSynset('noun', offset)
    .pointers.filter((pointer) => pointer.pos === 'n' && pointer.symbol === '@')
    .map((pointer) => pointer.target);
