import { closest, distance } from 'fastest-levenshtein';

/** `unknown node "x"; known nodes: …`, and the nearest known name when it is a plausible misspelling. */
export function unknownNodeMessage(name: string, known: readonly string[]): string {
  const message = `unknown node "${name}"; known nodes: ${known.join(', ')}`;
  if (known.length === 0) return message;
  const nearest = closest(name, [...known]);
  return distance(name, nearest) <= Math.max(2, Math.floor(name.length / 3)) ? `${message}; did you mean "${nearest}"?` : message;
}
