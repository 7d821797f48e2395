import { hypernymLemmas } from './hypernym-lemmas.js';
import { memoByWord } from './memo-by-word.js';
import { baseForms } from './related-nouns.js';
import { senseOffsets } from './wordnet-records.js';

/**
 * The lemmas of a word's first noun sense and of every hypernym of it ("hometown" → town, municipality … location):
 * what the word most often names, without the rarer senses nounAncestors also follows ("type" as a kind of person).
 * Empty for a word WordNet does not know as a noun.
 */
export const firstSenseAncestors = memoByWord((key): Set<string> => {
  const first = baseForms(key).map((form) => senseOffsets('noun', form)[0]).find((offset) => offset !== undefined);
  return hypernymLemmas(first === undefined ? [] : [first]);
});
