import { SPELLED_MARK, spelledNameTexts } from '../catalog/comment-spelled-parts.js';
import { rememberedByText } from '../catalog/remembered-by-text.js';
import { schemaTerseness } from '../catalog/schema-terseness.js';
import { readsShorthandNames } from '../catalog/split-identifier.js';
import type { TableSchema } from '../context/context-schema.js';

/** A linked table's and its columns' names as their comments spell them, written as identifiers. */
export interface SpelledNames {
  table: string;
  /** "penalty_charge_notice_parking_ticket" for pcn, 'Penalty charge notice (parking ticket)'. */
  tableNames: string[];
  /** "badge" for ceo.bdg, 'Badge number'. */
  columnNames: string[];
}

/** A schema's terseness reads the dictionary for each name part: once per set of linked names, not per question. */
const tersenessByNames = new Map<string, boolean>();

/**
 * The other names of the linked tables and columns: in a terse schema, the words each one's comment spells its
 * shorthand out with, a bracketed gloss after them included ("penalty charge notice parking ticket" for pcn,
 * comment-spelled-parts.ts), written as identifiers (words joined by "_"). Grounding meets a question's word in them
 * (name-vocabulary.ts), so every reader that asks whether a word names a table or column the SQL reads asks them too:
 * "tickets" counted as `COUNT(*) FROM pcn` counts the tickets. Empty for a readable schema, whose few short parts are
 * read as written, and before any terse catalog has loaded in the process (a readable one asks no dictionary here:
 * tests/start-up-modules).
 */
export function spelledNames(tables: readonly TableSchema[]): SpelledNames[] {
  if (!readsShorthandNames() || tables.length === 0) return [];
  const key = tables.flatMap((table) => [table.name, ...table.columns.map((column) => column.name)]).join('\u0000');
  if (!rememberedByText(tersenessByNames, key, () => schemaTerseness(tables).terse)) return [];
  return tables.map((table) => {
    const texts = spelledNameTexts(table);
    const names = (marked: readonly string[]) => marked.map((text) => text.slice(SPELLED_MARK.length).replace(/ /g, '_'));
    return { table: table.name, tableNames: names(texts.table), columnNames: names(texts.column) };
  });
}

/**
 * The words of the spelled names of the tables `reads` picks, as grounding meets them: as written and singular, not by
 * root ("tickets" meets 'parking ticket'; "learners" is no 'Guided learning hours').
 */
export function spelledTableWords(tables: readonly TableSchema[], reads: (table: string) => boolean): Set<string> {
  const words = new Set<string>();
  for (const spelled of spelledNames(tables)) {
    if (!reads(spelled.table)) continue;
    for (const name of spelled.tableNames) for (const word of name.split('_')) if (word !== '') words.add(word).add(word.replace(/s$/, ''));
  }
  return words;
}

/** Whether a question's word is one of the spelled words, as written or in another number (grounding's isSpelledWord reading). */
export const meetsSpelledWord = (word: string, spelled: ReadonlySet<string>): boolean => spelled.has(word) || spelled.has(word.replace(/s$/, ''));
