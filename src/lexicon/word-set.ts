/**
 * Composing a caller's word set from the closed classes of src/lexicon, so that what a caller treats as "filler" reads
 * as a union of classes ("stop words = articles ∪ demonstratives ∪ …"): each class is listed once, in its own file.
 */

/** One set of the words of several classes (and of a caller's own words where a set needs some no class holds). */
export function wordSet(...parts: readonly Iterable<string>[]): ReadonlySet<string> {
  const words = new Set<string>();
  for (const part of parts) for (const word of part) words.add(word);
  return words;
}

/**
 * Some words of one class, checked by the compiler to belong to it: a caller that wants "each" and "every" but not
 * every quantifier says so, and a word the class does not hold fails to compile.
 */
export function pick<Word extends string>(_of: readonly Word[], ...words: Word[]): readonly Word[] {
  return words;
}
