import { nounKinds } from '../lexicon/noun-kinds.js';
import { baseForms } from '../lexicon/related-nouns.js';
import { commentCodeGlosses } from './code-glosses.js';

interface CommentedTable {
  columns: ReadonlyArray<{ comment?: string | null }>;
}

/**
 * Whether a question word names what a coded column classifies: two or more of the things the column's comment glosses
 * its codes with are kinds of it in WordNet ("dwellings" where prop_type glosses HSE house, BUNG bungalow, MAIS
 * maisonette). The column stores which kind each row is, so the word names its rows as the column's codes do. One
 * gloss is not enough: a single kind ("room" of a code glossed "store room") says nothing of the column's other codes.
 */
export function namesCodedKinds(word: string, tables: readonly CommentedTable[]): boolean {
  return tables.some((table) => codedKindColumns(word, table) > 0);
}

/** How many columns of a table code kinds of the word (namesCodedKinds). */
function codedKindColumns(word: string, table: CommentedTable): number {
  const kinds = nounKinds(word);
  if (kinds.size === 0) return 0;
  let columns = 0;
  for (const column of table.columns) {
    if (!column.comment) continue;
    const named = new Set(glossLemmas(column.comment).filter((lemma) => [lemma, ...baseForms(lemma)].some((form) => kinds.has(form))));
    if (named.size >= 2) columns += 1;
  }
  return columns;
}

/** A comment's glossed lemmas, read once per comment rather than per question word. */
const lemmasByComment = new Map<string, string[]>();

/** The things a comment glosses its codes with, as WordNet lemmas ("house", "home_visit"). */
export function glossLemmas(comment: string): string[] {
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
