import { nounKinds } from '../lexicon/noun-kinds.js';
import { baseForms } from '../lexicon/related-nouns.js';
import { commentCodeGlosses } from './code-glosses.js';

export interface CommentedTable {
  name: string;
  columns: ReadonlyArray<{ name: string; comment?: string | null }>;
}

/** A column whose comment glosses its codes, by position in the catalog's tables. */
export interface CodedColumn {
  table: number;
  column: number;
}

export interface CodedKindsIndex {
  tables: readonly CommentedTable[];
  /** Whether any comment of the catalog glosses codes: a catalog without asks WordNet nothing. */
  glossesCodes(): boolean;
  /**
   * The coded columns two or more of whose glossed codes are kinds of a question word in WordNet ("dwellings" where
   * prop_type glosses HSE house, BUNG bungalow, MAIS maisonette): the column stores which kind each row is, so the word
   * names its rows as the column's codes do. One gloss is not enough: a single kind ("room" of a code glossed "store
   * room") says nothing of the column's other codes.
   */
  columnsCoding(word: string): readonly CodedColumn[];
}

const byTables = new WeakMap<readonly CommentedTable[], CodedKindsIndex>();

/**
 * A catalog's coded columns by the lemmas their comments gloss codes with (and their base forms), made once per tables
 * array and only when first asked; WordNet is read only for a word asked of a catalog with glossed codes.
 */
export function codedKindsIndex(tables: readonly CommentedTable[]): CodedKindsIndex {
  let index = byTables.get(tables);
  if (index) return index;
  let glossed: Map<string, Array<{ at: CodedColumn; lemma: string }>> | undefined;
  const byWord = new Map<string, readonly CodedColumn[]>();
  index = {
    tables,
    glossesCodes: () => (glossed ??= glossedColumns(tables)).size > 0,
    columnsCoding(word) {
      let found = byWord.get(word);
      if (found) return found;
      glossed ??= glossedColumns(tables);
      found = glossed.size === 0 ? [] : columnsNaming(glossed, word);
      byWord.set(word, found);
      return found;
    },
  };
  byTables.set(tables, index);
  return index;
}

function glossedColumns(tables: readonly CommentedTable[]): Map<string, Array<{ at: CodedColumn; lemma: string }>> {
  const glossed = new Map<string, Array<{ at: CodedColumn; lemma: string }>>();
  tables.forEach((table, position) =>
    table.columns.forEach((column, at) => {
      if (!column.comment) return;
      for (const lemma of glossLemmas(column.comment)) {
        for (const form of new Set([lemma, ...baseForms(lemma)])) {
          const entries = glossed.get(form) ?? [];
          entries.push({ at: { table: position, column: at }, lemma });
          glossed.set(form, entries);
        }
      }
    }),
  );
  return glossed;
}

function columnsNaming(glossed: Map<string, Array<{ at: CodedColumn; lemma: string }>>, word: string): CodedColumn[] {
  // Per coded column, the distinct glossed codes that are kinds of the word.
  const named = new Map<string, { at: CodedColumn; lemmas: Set<string> }>();
  for (const kind of nounKinds(word)) {
    for (const { at, lemma } of glossed.get(kind) ?? []) {
      const key = `${at.table}:${at.column}`;
      const entry = named.get(key) ?? { at, lemmas: new Set<string>() };
      entry.lemmas.add(lemma);
      named.set(key, entry);
    }
  }
  return [...named.values()].filter(({ lemmas }) => lemmas.size >= 2).map(({ at }) => at);
}

/** A comment's glossed lemmas, read once per comment. */
const lemmasByComment = new Map<string, string[]>();

/** The things a comment glosses its codes with, as WordNet lemmas ("house", "home_visit"). */
function glossLemmas(comment: string): string[] {
  const known = lemmasByComment.get(comment);
  if (known) return known;
  const lemmas = new Set<string>();
  for (const { gloss, asides } of commentCodeGlosses(comment)) {
    for (const text of [gloss, ...asides]) {
      const lemma = text.toLowerCase().trim().replace(/\s+/g, '_');
      if (/^[a-z_-]{3,}$/.test(lemma)) lemmas.add(lemma);
    }
  }
  const found = [...lemmas];
  lemmasByComment.set(comment, found);
  return found;
}
