import { hasSense } from './has-sense.js';
import { primaryPartOfSpeech } from './primary-part-of-speech.js';

/**
 * Whether the word is an adjective made from a noun with -ed, saying that something has it: "talented" (has talent),
 * "gifted" is not (to gift is a verb, so it may be a deed). WordNet knows such a word as an adjective but its tagged
 * corpus may never have seen it, so it has no primary part of speech; the noun it is made from is no verb.
 */
export function isNounMadeAdjective(word: string): boolean {
  if (!/[a-z]{3}ed$/.test(word) || primaryPartOfSpeech(word) !== undefined || !hasSense('adj', word)) return false;
  const stems = [word.slice(0, -2), word.slice(0, -1)];
  return stems.some((stem) => hasSense('noun', stem)) && !stems.some((stem) => hasSense('verb', stem));
}
