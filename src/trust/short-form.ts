import { compoundOf } from './closed-compound.js';

/**
 * Whether a three-letter word (or the singular of one, "docs", "pens", "rep", "cap.") is a name of the data cut short: the
 * first letters of a table's or column's name word at least twice as long ("docs" for documents, "pens" for penalties,
 * "rep" for representative), which English shortens that way. Names only, not comments or values, and not a name that
 * is a closed compound starting with the word ("air" does not shorten "airportcode": it is about its code). Words of four
 * letters or more are met by the longer rule of ground-question.ts.
 */
export function shortensName(forms: readonly string[], names: Iterable<string>, guessed: ReadonlySet<string> = new Set()): boolean {
  const short = [...new Set(forms)].filter((form) => form.length === 3 && /^[a-z]+$/.test(form));
  if (short.length === 0) return false;
  for (const name of names) {
    // A word only a reading of legacy shorthand gave is met as it stands (ground-question.ts).
    if (name.length < 6 || guessed.has(name)) continue;
    if (short.some((form) => name.startsWith(form) && !compoundOf(name, form))) return true;
  }
  return false;
}
