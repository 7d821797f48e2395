import { baseForms } from './related-nouns.js';
import { memoByWord } from './memo-by-word.js';
import { hypernymLemmas } from './hypernym-lemmas.js';
import { senseOffsets } from './wordnet-records.js';

/**
 * The lemmas of a word's common noun senses and of every hypernym of them, however far up ("semester" → term, time_period …):
 * what kinds of thing the word names. Empty for a word WordNet does not know as a noun.
 */
export const nounAncestors = memoByWord((key): Set<string> => hypernymLemmas(baseForms(key).flatMap((form) => senseOffsets('noun', form, COMMON_SENSES))));

/** Common senses: those seen in WordNet's tagged corpus, and at least the first two. */
const COMMON_SENSES = 2;
