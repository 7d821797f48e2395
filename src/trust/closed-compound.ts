import { hasSense } from '../lexicon/has-sense.js';

/**
 * Whether a word the dictionary does not list is a closed compound of this first word and a noun of four letters or
 * more ("snowmaking": snow, making). Its head is the second word: snowmaking is a kind of making, not of snow. A word
 * WordNet knows ("availability") is none, nor one too short to hold two words ("qty", "dest").
 */
export function compoundOf(text: string, first: string): boolean {
  const second = text.slice(first.length);
  return text.length >= 8 && text.startsWith(first) && first.length >= 3 && second.length >= 4 && /^[a-z]+$/.test(text) && !known(text) && known(first) && hasSense('noun', second);
}

/** Whether a word the dictionary does not list is a closed compound of two words, the second a noun ("snowmaking"). */
export function isClosedCompound(text: string): boolean {
  return firstOfCompound(text) > 0;
}

/** The length of a closed compound's first word ("snow" of "snowmaking"; the shortest split), 0 when the word is none. */
export function firstOfCompound(text: string): number {
  for (let at = 3; at <= text.length - 4; at++) if (compoundOf(text, text.slice(0, at))) return at;
  return 0;
}

const known = (text: string): boolean => hasSense('noun', text) || hasSense('verb', text) || hasSense('adj', text);
