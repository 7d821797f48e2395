/** Whether `phrase` occurs as a contiguous run in `terms`. */
export function containsPhrase(terms: readonly string[], phrase: readonly string[]): boolean {
  if (phrase.length === 0 || phrase.length > terms.length) return false;
  for (let start = 0; start + phrase.length <= terms.length; start++) {
    if (phrase.every((term, offset) => terms[start + offset] === term)) return true;
  }
  return false;
}
