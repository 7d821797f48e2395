/**
 * Whether a WordNet synonym written in two or three words ("last_name" for surname, "family_name") is a column's name:
 * spelt with its words run together ("lastname"), shortened to the first word's initial ("LName", as "first name" is
 * Fname), or as name words of the schema each ("last_name" read as last, name). `named` says whether a lower-case word
 * is a name word of the schema.
 */
export function namesMultiWord(lemma: string, named: (word: string) => boolean): boolean {
  const parts = lemma.split('_');
  if (parts.length < 2 || parts.length > 3 || parts.some((part) => !/^[a-z]{2,}$/.test(part))) return false;
  const joined = parts.join('');
  const initial = parts[0]![0]! + parts.slice(1).join('');
  return named(joined) || named(initial) || parts.every(named);
}
