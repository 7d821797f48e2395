import type { CatalogTable } from '../connectors/connector.js';
import { relatedNouns } from '../lexicon/related-nouns.js';
import { wordRoot } from '../models/offline/word-root.js';
import { catalogTextStems } from './catalog-text-stems.js';
import { commentWords } from './comment-words.js';
import { splitIdentifier } from './split-identifier.js';
import { stemWord } from './stem-word.js';
import { unspelledWords } from './spelled-stems.js';

/** Per catalog, the last word of each table's name (what its rows are), as written and as its root → table positions. */
const headsByTables = new WeakMap<readonly CatalogTable[], Map<string, number[]>>();

function tableHeads(tables: readonly CatalogTable[]): Map<string, number[]> {
  let heads = headsByTables.get(tables);
  if (heads) return heads;
  heads = new Map();
  tables.forEach((table, position) => {
    const head = splitIdentifier(table.name.split('.').pop()!).at(-1)?.toLowerCase();
    if (!head || head.length < 3) return;
    for (const form of new Set([head, wordRoot(head)])) heads!.set(form, [...(heads!.get(form) ?? []), position]);
  });
  headsByTables.set(tables, heads);
  return heads;
}

/** Per catalog, the stems of the words of every table's and column's comment: a word one of them spells links by text. */
export const commentStems = catalogTextStems(
  (table) => [table.comment, ...table.columns.map((column) => column.comment)],
  commentWords,
);

/**
 * Positions of the tables whose rows a question word names through WordNet, as grounding accepts it (ground-question.ts):
 * a synonym or a near relative of it is the last word of the table's name ("pals" → Friend). Asked only of words no
 * name or comment spells, after the cheap matches: "cinema" where sites are "Cinemas in the chain" names no film.
 */
export function tablesByRelatedNouns(tables: readonly CatalogTable[], question: string): number[] {
  const commented = commentStems(tables);
  const words = unspelledWords(tables, question).filter((word) => !commented.has(stemWord(word)));
  if (words.length === 0) return [];
  const heads = tableHeads(tables);
  const found = new Set<number>();
  for (const word of words) {
    for (const lemma of relatedNouns(word).keys()) for (const form of new Set([lemma, wordRoot(lemma)])) for (const position of heads.get(form) ?? []) found.add(position);
  }
  return [...found].sort((a, b) => a - b);
}
