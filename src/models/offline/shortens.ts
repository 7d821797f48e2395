/** How strictly a short form must follow the word it stands for; with none, any short form `shortens` describes. */
export interface ShortFormOptions {
  /** Fewest and most letters the short form may have (at least two either way). */
  minLength?: number;
  maxLength?: number;
  /** Consonants only after the first letter ("gm" for game). */
  consonants?: boolean;
  /** The word's last letter kept ("amt" for amount, "pd" for paid). */
  keepsLast?: boolean;
  /** The second letter is the word's first consonant after its first letter ("amt" keeps amount's m, not agreement's g). */
  firstConsonant?: boolean;
}

/**
 * "lg" for league, "xltr" for translator's "xltr" spelled out elsewhere, "cust" for customer: a shorter part that starts
 * as the word starts and whose letters all come in the word in order, the way name standards shorten a word. The one
 * test of "does this short form stand for that word"; the options narrow it.
 */
export function shortens(short: string, word: string, options: ShortFormOptions = {}): boolean {
  if (short.length < Math.max(2, options.minLength ?? 2) || short.length > (options.maxLength ?? Infinity)) return false;
  if (short.length >= word.length || short[0] !== word[0] || /\d/.test(short)) return false;
  if (options.consonants && !/^[a-z][^aeiou\d]+$/.test(short)) return false;
  if (options.keepsLast && short.at(-1) !== word.at(-1)) return false;
  if (options.firstConsonant && short[1] !== /[^aeiou]/.exec(word.slice(1))?.[0]) return false;
  let k = 1;
  for (const letter of word.slice(1)) if (letter === short[k]) k++;
  return k === short.length;
}
