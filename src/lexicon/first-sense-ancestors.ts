import { hypernymLemmas } from './hypernym-lemmas.js';
import { memoByWord } from './memo-by-word.js';
import { baseForms } from './related-nouns.js';
import { senseOffsets } from './wordnet-records.js';

/** The synset of a word's first noun sense, through its base forms ("pianos" → piano); undefined if WordNet has none. */
export function firstNounSense(word: string): number | undefined {
  return baseForms(word).map((form) => senseOffsets('noun', form)[0]).find((offset) => offset !== undefined);
}

/**
 * The lemmas of a word's first noun sense and of every hypernym of it ("hometown" → town, municipality … location):
 * what the word most often names, without the rarer senses nounAncestors also follows ("type" as a kind of person).
 * Empty for a word WordNet does not know as a noun.
 */
export const firstSenseAncestors = memoByWord((key): Set<string> => {
  const first = firstNounSense(key);
  return hypernymLemmas(first === undefined ? [] : [first]);
});
