import { writtenWords } from '../catalog/split-identifier.js';
import type { ColumnSchema } from '../context/context-schema.js';
import { memoByWord } from '../lexicon/memo-by-word.js';
import { baseForms } from '../lexicon/related-nouns.js';
import { wordnetFiles } from '../lexicon/wordnet-files.js';
import { senseOffsets } from '../lexicon/wordnet-records.js';
import { wordRoot } from '../models/offline/word-root.js';
import { isNumericColumn } from '../models/offline/schema-lookup.js';

interface Table {
  columns: readonly Pick<ColumnSchema, 'name' | 'type' | 'comment'>[];
}

/** A name part or a comment's opening word that says the column holds an upper bound: PAX_MAX, max_guests, 'Most passengers …'. */
const MAX_PART = /^(?:max|maximum|most)$/i;

/**
 * A noun one of whose first four WordNet senses is defined as an amount that can be held or reached: "capacity", 'the
 * amount that can be contained', "ceiling", 'maximum altitude at which …'. Not "limit" ('the greatest possible degree
 * of something': a bound set, no amount held).
 */
export const namesMaximum = memoByWord((word): boolean => {
  for (const form of baseForms(word)) {
    for (const offset of senseOffsets('noun', form).slice(0, 4)) {
      const gloss = wordnetFiles().dataLine('noun', offset).split(' | ')[1]?.toLowerCase() ?? '';
      if (/^(?:the )?(?:maximum|amount|number) (?:\w+ )?(?:that|which) can be\b|^(?:the )?maximum [a-z]+\b/.test(gloss)) return true;
    }
  }
  return false;
});

/**
 * "What is G-UMTN's basket capacity?" where DIM_ENV.PAX_MAX is 'Most passengers the basket is certified for': a noun
 * WordNet defines as the most that can be held (namesMaximum) stands on a number column of the linked tables named or
 * commented as an upper bound, when the noun it is written after (if any) is a word of that column's name or comment:
 * the column holds the figure. "the fuel capacity", where no such column says fuel, is still declined.
 */
export function maximumMeasure(modifier: string | undefined, word: string, tables: readonly Table[]): boolean {
  if (!/^[a-z]{3,}$/.test(word)) return false;
  const bounded = tables.flatMap((table) =>
    table.columns.filter((column) => isNumericColumn(column as ColumnSchema) && (writtenWords(column.name).some((part) => MAX_PART.test(part)) || MAX_PART.test(/^\W*([A-Za-z]+)/.exec(column.comment ?? '')?.[1] ?? ''))),
  );
  if (bounded.length === 0 || !namesMaximum(word)) return false;
  if (modifier === undefined) return true;
  const root = wordRoot(modifier);
  return bounded.some((column) => [...writtenWords(column.name), ...(column.comment?.match(/[A-Za-z]+/g) ?? [])].some((part) => wordRoot(part.toLowerCase()) === root));
}
