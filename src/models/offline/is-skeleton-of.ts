import { shortens } from './shortens.js';

/**
 * "amt" for amount, "pts" for points, "hrs" for hours, "qty" for quantity: a short form of three or four letters that
 * keeps the word's first and last letters and some consonants between them, in order, and drops the vowels.
 */
export function isSkeletonOf(short: string, word: string): boolean {
  return shortens(short, word, { minLength: 3, maxLength: 4, consonants: true, keepsLast: true });
}
