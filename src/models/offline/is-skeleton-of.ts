import { shortens } from './shortens.js';

/**
 * "amt" for amount, "pts" for points, "hrs" for hours, "qty" for quantity: a short form that keeps the word's first
 * and last letters and some consonants between them, in order, and drops the vowels.
 */
export function isSkeletonOf(short: string, word: string): boolean {
  if (short.length < 3 || short.length > 4 || word.length <= short.length || !/^[a-z][^aeiou\d]+$/.test(short)) return false;
  return short.at(-1) === word.at(-1) && shortens(short, word);
}
