/**
 * "lg" for league, "xltr" for translator's "xltr" spelled out elsewhere, "cust" for customer: a shorter part that starts
 * as the word starts and whose letters all come in the word in order, the way name standards shorten a word.
 */
export function shortens(short: string, word: string): boolean {
  if (short.length < 2 || short.length >= word.length || short[0] !== word[0] || /\d/.test(short)) return false;
  let k = 1;
  for (const letter of word.slice(1)) if (letter === short[k]) k++;
  return k === short.length;
}
