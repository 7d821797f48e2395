import type { CatalogTable } from '../connectors/connector.js';
import { nounKinds } from '../lexicon/noun-kinds.js';
import { baseForms } from '../lexicon/related-nouns.js';
import { glossLemmas } from './names-coded-kinds.js';
import { splitIdentifier } from './split-identifier.js';
import { stemWord } from './stem-word.js';
import { QUERY_STOP_WORDS, STOP_WORDS } from './stop-words.js';

/** Per catalog, each glossed code's lemma → the coded columns (table position, column number) that gloss a code with it. */
const glossedByTables = new WeakMap<readonly CatalogTable[], Map<string, string[]>>();

function glossedColumns(tables: readonly CatalogTable[]): Map<string, string[]> {
  let glossed = glossedByTables.get(tables);
  if (glossed) return glossed;
  glossed = new Map();
  tables.forEach((table, position) =>
    table.columns.forEach((column, at) => {
      if (!column.comment) return;
      for (const lemma of glossLemmas(column.comment)) {
        for (const form of new Set([lemma, ...baseForms(lemma)])) glossed!.set(form, [...(glossed!.get(form) ?? []), `${position}:${at}:${lemma}`]);
      }
    }),
  );
  glossedByTables.set(tables, glossed);
  return glossed;
}

/** Per catalog, the stems of every table's and column's name parts: a word one of them spells is named already. */
const spelledByTables = new WeakMap<readonly CatalogTable[], Set<string>>();

function spelledStems(tables: readonly CatalogTable[]): Set<string> {
  let spelled = spelledByTables.get(tables);
  if (spelled) return spelled;
  spelled = new Set();
  for (const table of tables) {
    for (const name of [table.name, ...table.columns.map((column) => column.name)]) {
      for (const part of splitIdentifier(name.split('.').pop()!)) spelled.add(stemWord(part.toLowerCase()));
    }
  }
  spelledByTables.set(tables, spelled);
  return spelled;
}

/**
 * Positions of the tables with a coded column two or more of whose glossed codes are kinds of a question word ("How
 * many dwellings …" where properties.prop_type glosses house, bungalow and maisonette; names-coded-kinds.ts): the word
 * names that table's rows though no name or comment spells it, so the table is linked as a spelled name would link it.
 */
export function tablesByCodedKinds(tables: readonly CatalogTable[], question: string): number[] {
  const glossed = glossedColumns(tables);
  if (glossed.size === 0) return [];
  // A word a table's or column's name spells links by that name; WordNet is asked only of the others.
  const spelled = spelledStems(tables);
  const words = [...new Set((question.match(/[A-Za-z]{4,}/g) ?? []).filter((word) => word === word.toLowerCase()))].filter(
    (word) => !STOP_WORDS.has(word) && !QUERY_STOP_WORDS.has(word) && !spelled.has(stemWord(word)),
  );
  const found = new Set<number>();
  for (const word of words) {
    // Per coded column, the distinct glossed codes that are kinds of the word.
    const named = new Map<string, Set<string>>();
    for (const kind of nounKinds(word)) {
      for (const entry of glossed.get(kind) ?? []) {
        const [position, at, lemma] = entry.split(':');
        const column = `${position}:${at}`;
        named.set(column, (named.get(column) ?? new Set()).add(lemma!));
      }
    }
    for (const [column, lemmas] of named) if (lemmas.size >= 2) found.add(Number(column.split(':')[0]));
  }
  return [...found].sort((a, b) => a - b);
}
