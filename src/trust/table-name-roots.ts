import { splitIdentifier } from '../catalog/split-identifier.js';
import { wordRoot } from '../models/offline/word-root.js';
import { tableNameWords } from '../models/offline/table-name-words.js';

interface NameRoots {
  /** The root of every word of every table name. */
  all: Set<string>;
  /** Root → table, for the tables named by one word of four letters or more ("orders", not "order_items"). */
  oneWord: Map<string, string>;
}

const byNames = new WeakMap<readonly string[], NameRoots>();

/** A catalog's table names split once per names array: every answer of a batch is checked against the same 10,000 names. */
function nameRoots(names: readonly string[]): NameRoots {
  let roots = byNames.get(names);
  if (roots) return roots;
  roots = { all: new Set(), oneWord: new Map() };
  // 10,000 warehouse names share a few hundred words.
  const rootOf = new Map<string, string>();
  const root = (word: string): string => {
    let found = rootOf.get(word);
    if (found === undefined) rootOf.set(word, (found = wordRoot(word)));
    return found;
  };
  for (const name of names) {
    for (const word of splitIdentifier(name)) roots.all.add(root(word));
    const parts = tableNameWords(name);
    if (parts.length === 1 && parts[0]!.length >= 4) roots.oneWord.set(root(parts[0]!), name);
  }
  byNames.set(names, roots);
  return roots;
}

export const tableNameRoots = (names: readonly string[]): ReadonlySet<string> => nameRoots(names).all;
export const oneWordTableRoots = (names: readonly string[]): ReadonlyMap<string, string> => nameRoots(names).oneWord;
