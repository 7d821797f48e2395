import { writtenWords } from '../catalog/split-identifier.js';
import type { Context } from '../context/context-schema.js';
import { isEnglishWord } from '../lexicon/is-english-word.js';
import { ARTICLES, DEMONSTRATIVES, POSSESSIVE_DETERMINERS, QUANTIFIERS } from '../lexicon/determiners.js';
import { BE_FORMS } from '../lexicon/auxiliaries.js';
import { pick } from '../lexicon/word-set.js';
import { unitKind, unitKindOfAnySense } from '../lexicon/unit-kind.js';
import type { GroundedWord } from './ground-question.js';
import { measuredInUnits } from './measured-in-units.js';
import { isNumericColumn } from '../models/offline/schema-lookup.js';

/**
 * An amount asked or picked in a unit of measurement that nothing in the linked tables measures (issue 14, found on
 * abstention-dev-p): "How many mAh is the battery in a Galaxy S23?", "How many of the iPhone 15s we repaired were 256GB
 * models?". The unit says which quantity the answer is (a charge, a storage size), and the data must hold that
 * quantity: a column named by the unit or whose unit measures the same kind of thing (weight_kg for "kg"), a comment
 * naming the unit, or a stored value that spells the amount ('256GB'). Otherwise the rows say nothing of it, whatever
 * else of the question links (the phone model, the battery job). The phrase, or undefined.
 *
 * Two shapes, read from grammar:
 * - "how many <unit> is/was <determiner> …" (a plural count before a singular verb): the word counted is a unit the
 *   subject measures. It decides only when it links to nothing and is a unit WordNet knows or no dictionary word
 *   ("mah"); an open dictionary word ("pages") is the grounding score's to decline;
 * - a number with a unit glued to it ("256GB", "3.5mm"): digits are no word to grounding, so the unit is read here.
 *   Ordinals, decades, times of day, magnitudes ("£2m", "5k") and units of time (which dates measure) are no such unit.
 */
export function unmeasuredUnit(context: Context, words: readonly GroundedWord[]): string | undefined {
  const question = context.task.text;
  const counted = COUNTED_UNIT.exec(question);
  if (counted) {
    const unit = counted[1]!;
    const at = counted.index + counted[0].indexOf(unit, 'how many'.length);
    const entry = words.find((word) => word.word.offset === at);
    const lower = unit.toLowerCase();
    const isUnit = measuringUnit(lower) || !isEnglishWord(lower);
    if (entry !== undefined && entry.evidence === undefined && isUnit && !measured(context, lower, undefined)) return `how many ${unit}`;
  }
  for (const glued of question.matchAll(GLUED_UNIT)) {
    const [token, , unit] = glued;
    const lower = unit!.toLowerCase();
    if (NOT_UNITS.test(lower) || /[£$€¥]\s*$/.test(question.slice(0, glued.index))) continue;
    if (!measuringUnit(lower)) continue;
    if (!measured(context, lower, token!)) return token!;
  }
  return undefined;
}

/** Determiners that open the singular subject a unit measures: "the battery", "a pint", "each bag", "our van". */
const SUBJECT_DETERMINERS = [...ARTICLES, ...pick(QUANTIFIERS, 'each', 'every'), ...pick(DEMONSTRATIVES, 'this', 'that'), ...POSSESSIVE_DETERMINERS];

/** "How many mAh is the …", "how many calories was a …": the unit captured. */
const COUNTED_UNIT = new RegExp(`\\bhow\\s+many\\s+([A-Za-z]+)\\s+(?:${pick(BE_FORMS, 'is', 'was').join('|')})\\s+(?:${SUBJECT_DETERMINERS.join('|')})\\b`, 'i');

/**
 * Digits with two to four letters glued to them and nothing after: "256GB", "3.5mm", "5000mAh" (not "S23", "Q3",
 * "4x4"; a single letter is as often a grade or a size as a unit: "a 7a", "6b", "9V").
 */
const GLUED_UNIT = /(?<![A-Za-z0-9.])(\d+(?:\.\d+)?)([A-Za-z]{2,4})(?![A-Za-z0-9])/g;

/** Letters after a number that are no unit of measurement: ordinals, plurals and decades, times of day, magnitudes, dimensions. */
const NOT_UNITS = /^(?:st|nd|rd|th|am|pm|bn|mn|yo|yr|yrs)$/;

/** A unit of measurement (by any noun sense) that is no unit of time: dates and durations are read elsewhere. */
function measuringUnit(word: string): boolean {
  const kind = unitKind(word) ?? unitKindOfAnySense(word);
  return kind !== undefined && !kind.quantities.has('time');
}

/** Whether the linked tables hold an amount in the unit: a column or comment naming it, a column measuring its kind, or a stored value spelling the amount. */
function measured(context: Context, unit: string, token: string | undefined): boolean {
  for (const table of context.table_schemas) {
    for (const column of table.columns) {
      if (writtenWords(column.name).some((part) => part.toLowerCase() === unit)) return true;
      if (column.comment && new RegExp(`\\b${unit}\\b`, 'i').test(column.comment)) return true;
    }
    if (table.comment && new RegExp(`\\b${unit}\\b`, 'i').test(table.comment)) return true;
  }
  if (measuredInUnits(unit, context.table_schemas)) return true;
  // "256GB" where storage_mb is: a number column named by another unit of the same kind.
  const kind = unitKind(unit) ?? unitKindOfAnySense(unit);
  if (kind !== undefined && context.table_schemas.some((table) => table.columns.some((column) => isNumericColumn(column) && (unitKindOfAnySense(writtenWords(column.name).at(-1)?.toLowerCase() ?? '')?.kind === kind.kind)))) return true;
  if (token === undefined) return false;
  const spelled = new RegExp(`(?<![0-9.])${token.replace(/(\d)([A-Za-z])/, '$1\\s*$2').replace(/\./g, '\\.')}(?![A-Za-z0-9])`, 'i');
  if (context.matched_values.some((match) => spelled.test(match.value))) return true;
  return context.table_schemas.some((table) => table.sample_rows.some((row) => row.some((cell) => typeof cell === 'string' && spelled.test(cell))));
}
