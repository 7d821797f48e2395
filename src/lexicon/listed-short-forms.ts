import { stemWord } from '../catalog/stem-word.js';
import { NAME_ABBREVIATIONS } from './name-abbreviations.js';

/**
 * The one lookup of the standard short-form list (name-abbreviations.ts), both ways: the word a short form stands for,
 * and the short forms of a word.
 */

/** The word or words a listed short form stands for ("appt" → appointment, "po" → purchase order). */
export function listedExpansion(short: string): string | undefined {
  return Object.hasOwn(NAME_ABBREVIATIONS, short) ? NAME_ABBREVIATIONS[short] : undefined;
}

interface ShortFormsIndex {
  /** By one-word expansion, each short form with its place in the list. */
  byWord: Map<string, Array<[number, string]>>;
  /** The same by the plural stem of the expansion ("claims" → claim). */
  byStem: Map<string, Array<[number, string]>>;
}

let index: ShortFormsIndex | undefined;

function shortFormsIndex(): ShortFormsIndex {
  if (index) return index;
  const built: ShortFormsIndex = { byWord: new Map(), byStem: new Map() };
  const add = (map: Map<string, Array<[number, string]>>, key: string, entry: [number, string]) => map.set(key, [...(map.get(key) ?? []), entry]);
  Object.entries(NAME_ABBREVIATIONS).forEach(([short, word], at) => {
    if (word.includes(' ')) return;
    add(built.byWord, word, [at, short]);
    add(built.byStem, stemWord(word), [at, short]);
  });
  return (index = built);
}

/**
 * The listed short forms of a word, in the list's order ("appointment" → appt): those whose expansion is the word, one
 * word; with `stems`, also those whose expansion's plural stem is the word ("claim" → clms of claims).
 */
export function listedShortForms(word: string, options: { stems?: boolean } = {}): readonly string[] {
  const { byWord, byStem } = shortFormsIndex();
  const own = byWord.get(word) ?? [];
  if (!options.stems) return own.map(([, short]) => short);
  const stemmed = (byStem.get(word) ?? []).filter(([at]) => !own.some(([ownAt]) => ownAt === at));
  return [...own, ...stemmed].sort(([a], [b]) => a - b).map(([, short]) => short);
}
