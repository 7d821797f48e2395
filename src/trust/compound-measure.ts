import { writtenWords } from '../catalog/split-identifier.js';
import type { ColumnSchema } from '../context/context-schema.js';
import { countedByDefinition } from '../lexicon/counted-by-definition.js';
import { hypernymLemmas } from '../lexicon/hypernym-lemmas.js';
import { NUMBER_WORDS } from '../lexicon/numerals.js';
import { memoByWord } from '../lexicon/memo-by-word.js';
import { baseForms } from '../lexicon/related-nouns.js';
import { wordnetFiles } from '../lexicon/wordnet-files.js';
import { senseOffsets } from '../lexicon/wordnet-records.js';
import { isNumericColumn } from '../models/offline/schema-lookup.js';

const NUMBERS: ReadonlySet<string> = new Set(NUMBER_WORDS);

interface Table {
  columns: readonly ColumnSchema[];
}

/**
 * "Which meeting room has the biggest capacity?" where meetingRooms.seats is, "their seating capacity" where
 * vehicles.seats is: the question's noun heads a compound WordNet lists as a measure and defines as a number of
 * something ("seating capacity", 'the number of people that can be seated') whose modifier is the head of a number
 * column's name, so the column holds the figure the word asks for. Only the column's
 * head counts (unit_cost holds a cost), and a unit is no figure ("weight unit"). A compound that is no measure ("credit
 * card", "name day", "price war") names a thing, which a number column does not hold, and a column that holds no number
 * holds no measure. The other way round, the question's noun modifying the column's ("How many seats" where a
 * Capacity column is), was tried and left out: "births" would stand on an hourly_rate by "birth rate", and it lost a
 * decline on a holdout set.
 *
 * `next` is the question word after this one: "seating" in "seating capacity" stands on the seats column when it is the
 * -ing form of the column's word and makes such a compound with the next word.
 */
export function compoundMeasure(word: string, next: string | undefined, tables: readonly Table[]): boolean {
  // A number word ("two") counts how many of something, which names no measure of its own.
  if (!/^[a-z]{3,}$/.test(word) || NUMBERS.has(word)) return false;
  // The column's head only: unit_cost holds a cost, which "unit weight" is not.
  const columns = new Set(tables.flatMap((table) => table.columns.filter(isNumericColumn).map((column) => writtenWords(column.name).at(-1)?.toLowerCase() ?? '')).filter((part) => /^[a-z]{3,}$/.test(part)));
  if (columns.size === 0) return false;
  const columnForms = new Set([...columns].flatMap(wordForms));
  // "seating capacity": the -ing form of the seats column's word, modifying a measure.
  if (next !== undefined && /^[a-z]{3,}$/.test(next) && columnForms.has(word) && !columns.has(word) && isMeasureCompound(`${word}_${next}`)) return true;
  const own = wordForms(word);
  for (const form of own) {
    for (const other of columnForms) {
      if (other === form || own.includes(other)) continue;
      if (isMeasureCompound(`${other}_${form}`)) return true;
    }
  }
  return false;
}

/** A word's dictionary forms and the -ing forms of those WordNet knows as verbs ("seats" → seats, seat, seating). */
const wordForms = memoByWord((word): string[] => {
  const forms = new Set(baseForms(word));
  for (const form of [...forms]) {
    if (wordnetFiles().indexLine('verb', form) === undefined) continue;
    forms.add(form.endsWith('e') && !form.endsWith('ee') ? `${form.slice(0, -1)}ing` : `${form}ing`);
  }
  return [...forms];
});

/** Whether WordNet lists a two-word noun whose first sense is a measure or a magnitude defined as a number of something ("seating_capacity"). */
const isMeasureCompound = memoByWord((lemma): boolean => {
  if (wordnetFiles().indexLine('noun', lemma) === undefined) return false;
  const first = senseOffsets('noun', lemma)[0];
  if (first === undefined) return false;
  const kinds = hypernymLemmas([first]);
  // A unit ("weight unit") is what a figure is counted in, not the figure; a rate, an index or a limit ("tax rate",
  // "price index", "age limit") is worked out from or set against the column's figures, not held in it: WordNet
  // defines the compound as a number of something ("the number of people that can be seated").
  return (kinds.has('magnitude') || kinds.has('measure')) && !kinds.has('unit_of_measurement') && countedByDefinition(lemma).length > 0;
});

/** The period a period adjective says "per" of: "daily" → day, "hourly" → hour, "annual" → year. */
const PERIOD_NOUNS: ReadonlyMap<string, string> = new Map([
  ['hourly', 'hour'],
  ['daily', 'day'],
  ['nightly', 'night'],
  ['weekly', 'week'],
  ['fortnightly', 'fortnight'],
  ['monthly', 'month'],
  ['quarterly', 'quarter'],
  ['yearly', 'year'],
  ['annual', 'year'],
]);

/**
 * "their daily pay" where staff.dayRate is, "hourly pay" where hourly_rate_gbp is: a period adjective before a noun, a
 * number column named for that period (as the noun "day" or as the adjective "hourly") and another word, and WordNet
 * listing the question's noun with that word as one noun ("pay rate", "rate of pay"): the column holds the figure per
 * period that the two words ask for. Both of the question's words must be accounted for by the column's: "daily
 * expenses" makes no compound with "rate", and "weekly pay" is no day rate.
 */
export function periodCompound(previous: string | undefined, word: string, tables: readonly Table[]): boolean {
  const period = previous === undefined ? undefined : PERIOD_NOUNS.get(previous);
  if (period === undefined || !/^[a-z]{3,}$/.test(word)) return false;
  const own = baseForms(word);
  return tables.some((table) =>
    table.columns.some((column) => {
      if (!isNumericColumn(column)) return false;
      const parts = writtenWords(column.name).map((part) => part.toLowerCase());
      if (!parts.some((part) => part === period || part === previous)) return false;
      return parts.some((part) => part !== period && part !== previous && /^[a-z]{3,}$/.test(part) && own.some((form) => namesCompound(`${form}_${part}`) || namesCompound(`${part}_of_${form}`)));
    }),
  );
}

const namesCompound = memoByWord((lemma): boolean => wordnetFiles().indexLine('noun', lemma) !== undefined);
