/**
 * A function of a word, remembered per word in lower case for the life of the process: WordNet's answers never change,
 * and a batch asks about the same words question after question.
 */
export function memoByWord<Value>(compute: (key: string) => Value): (word: string) => Value {
  const remembered = new Map<string, Value>();
  return (word) => {
    const key = word.toLowerCase();
    if (remembered.has(key)) return remembered.get(key)!;
    const value = compute(key);
    remembered.set(key, value);
    return value;
  };
}
