/**
 * "amt" for amount, "pts" for points, "hrs" for hours, "qty" for quantity: a short form that keeps the word's first
 * and last letters and some consonants between them, in order, and drops the vowels.
 */
export function isSkeletonOf(short: string, word: string): boolean {
  if (short.length < 3 || short.length > 4 || word.length <= short.length || !/^[a-z][^aeiou\d]+$/.test(short)) return false;
  if (short[0] !== word[0] || short.at(-1) !== word.at(-1)) return false;
  let k = 1;
  for (const letter of word.slice(1)) if (letter === short[k]) k++;
  return k === short.length;
}
