import { closest, distance } from 'fastest-levenshtein';

/** `; did you mean "y"?` when a known name is a plausible misspelling of `name`, else ''. */
export function nearestNodeHint(name: string, known: readonly string[]): string {
  if (known.length === 0) return '';
  const nearest = closest(name, [...known]);
  return distance(name, nearest) <= Math.max(2, Math.floor(name.length / 3)) ? `; did you mean "${nearest}"?` : '';
}

/** `unknown node "x"; known nodes: …`, and the nearest known name when it is a plausible misspelling. */
export function unknownNodeMessage(name: string, known: readonly string[]): string {
  return `unknown node "${name}"; known nodes: ${known.join(', ')}${nearestNodeHint(name, known)}`;
}
