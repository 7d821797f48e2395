import { writtenWords } from '../catalog/split-identifier.js';
import type { ColumnSchema } from '../context/context-schema.js';
import { primaryPartOfSpeech } from '../lexicon/primary-part-of-speech.js';
import { hasSense } from '../lexicon/has-sense.js';
import { unitKind } from '../lexicon/unit-kind.js';
import { isNumericColumn } from '../models/offline/schema-lookup.js';

interface Table {
  columns: readonly ColumnSchema[];
}

/**
 * Whether a linked table measures what the question word names in units (unit-kind.ts): a number column whose name
 * ends in a unit of the kind the word is ("an hour late" where dly_min is; not a length, which may be a height or a
 * distance), or whose unit measures the quantity the
 * word names ("weight" where net_kg is); or, for a unit of time, two points in time one row holds, between which it
 * lasted ("how many minutes is a van out" where out_ts and back_ts are).
 */
export function measuredInUnits(word: string, tables: readonly Table[]): boolean {
  const units = tables.flatMap((table) => table.columns.filter(isNumericColumn).map((column) => writtenWords(column.name).at(-1)?.toLowerCase() ?? ''));
  const timed = tables.some((table) => table.columns.filter((column) => /^(?:timestamp|datetime|time\b)/i.test(column.type)).length >= 2);
  if (units.length === 0 && !timed) return false;
  const singular = /[^su]s$/.test(word) ? word.slice(0, -1) : word;
  // "litres": a unit WordNet's tagged corpus never saw has no primary part of speech, but is a noun all the same.
  const part = primaryPartOfSpeech(word);
  const own = part === 'noun' || (part === undefined && hasSense('noun', word)) ? unitKind(word) : undefined;
  if (own !== undefined && timed && own.quantities.has('time')) return true;
  for (const unit of new Set(units)) {
    if (unit.length < 1 || unit === word || unit === singular) continue;
    const kind = unitKind(unit);
    if (kind === undefined) continue;
    // A unit of length may measure a length, a height or a distance covered: another such unit says which no more than it.
    if (own !== undefined ? own.kind === kind.kind && !kind.quantities.has('linear') : kind.quantities.has(singular) || kind.quantities.has(word)) return true;
  }
  return own === undefined && quantityOfOtherUnit(singular, word, tables);
}

/**
 * Whether the quantity a word names ("power") is what a number column's unit measures where the unit is no last part
 * of its name: an earlier part ("kw_max") or what its comment says it is given in ("Rated output in kW"). Only a
 * quantity WordNet names the unit's kind by counts there, and no unit of time ("min_temp" is a minimum, not minutes).
 */
function quantityOfOtherUnit(singular: string, word: string, tables: readonly Table[]): boolean {
  const units = tables.flatMap((table) =>
    table.columns.filter(isNumericColumn).flatMap((column) => [
      ...writtenWords(column.name).slice(0, -1).map((part) => part.toLowerCase()),
      ...[...(column.comment ?? '').matchAll(/\bin\s+([a-z]\w*)\b/gi)].map((match) => match[1]!.toLowerCase()),
    ]),
  );
  return [...new Set(units)].some((unit) => {
    const kind = unitKind(unit);
    return kind !== undefined && !kind.quantities.has('time') && (kind.quantities.has(singular) || kind.quantities.has(word));
  });
}
