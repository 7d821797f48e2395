/** Words a memo keeps before it starts again: a long chat or batch meets new words forever; WordNet lookups are cheap to redo. */
const MAX_REMEMBERED = 50_000;

/**
 * A function of a word, remembered per word in lower case: WordNet's answers never change, and a batch asks about the
 * same words question after question. At most MAX_REMEMBERED words are kept; past that the memo starts again.
 */
export function memoByWord<Value>(compute: (key: string) => Value): (word: string) => Value {
  const remembered = new Map<string, Value>();
  return (word) => {
    const key = word.toLowerCase();
    if (remembered.has(key)) return remembered.get(key)!;
    const value = compute(key);
    if (remembered.size >= MAX_REMEMBERED) remembered.clear();
    remembered.set(key, value);
    return value;
  };
}
