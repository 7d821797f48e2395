import { isEnglishWord, TWO_LETTER_WORDS } from '../lexicon/is-english-word.js';
import { listedExpansion } from '../lexicon/listed-short-forms.js';
import { wordVector } from '../lexicon/word-vectors.js';
import { identifierParts } from './identifier-parts.js';
import { STOP_WORDS } from './stop-words.js';

/**
 * A schema is terse, written in legacy shorthand (mbr_nm, ord_dt, CUSTNM), when most of the distinct parts of its table
 * and column names are no English word. A readable schema's names are English words with a few conventional short
 * forms among them (id, dt, amt, cust: at most a quarter of the parts on every database we read); a legacy naming
 * standard shortens nearly every word it can, nouns and class words alike (two thirds and more).
 */
export const TERSE_SCHEMA_SHARE = 1 / 2;
/** A long name part the word vectors know ("ridership", "billable") is a word WordNet lacks. */
const MIN_VECTOR_WORD = 7;

export interface NamedColumns {
  name: string;
  columns: readonly { name: string }[];
}

export interface SchemaTerseness {
  /** Distinct letter parts of the table and column names. */
  parts: number;
  /** Those of them no English word: neither WordNet's, a stop word, a word of two letters, nor a long word the vectors know. */
  shorthand: number;
  share: number;
  terse: boolean;
}

/** How much of a schema's naming is shorthand rather than English words. */
export function schemaTerseness(tables: readonly NamedColumns[]): SchemaTerseness {
  // A warehouse repeats the same column names thousands of times: each distinct name is split once (splitting all
  // 210,000 names of 10,000 tables allocated ~240 MB, most of a cold load's garbage).
  const names = new Set<string>();
  for (const table of tables) {
    names.add(table.name);
    for (const column of table.columns) names.add(column.name);
  }
  const parts = new Set<string>();
  for (const name of names) {
    for (const part of identifierParts(name)) if (/[a-z]/.test(part) && !/\d/.test(part)) parts.add(part);
  }
  const shorthand = [...parts].filter((part) => !isEnglishPart(part)).length;
  const share = parts.size === 0 ? 0 : shorthand / parts.size;
  return { parts: parts.size, shorthand, share, terse: share >= TERSE_SCHEMA_SHARE };
}

function isEnglishPart(part: string): boolean {
  if (STOP_WORDS.has(part) || TWO_LETTER_WORDS.has(part) || listedExpansion(part) === part) return true;
  return isEnglishWord(part) || (part.length >= MIN_VECTOR_WORD && wordVector(part) !== undefined);
}
