import { splitIdentifier } from '../../catalog/split-identifier.js';
import type { ColumnSchema, TableSchema } from '../../context/context-schema.js';
import { unitSenses } from '../../lexicon/unit-kind.js';
import { isMeasureColumn } from './schema-lookup.js';
import type { QuestionWord } from './question-words.js';
import { wordRoot } from './word-root.js';
import { FILLER_WORDS } from './question-vocabulary.js';
import { PREPOSITIONS } from '../../lexicon/prepositions.js';
import { wordSet } from '../../lexicon/word-set.js';

const PREPOSITION_WORDS: ReadonlySet<string> = wordSet(PREPOSITIONS);

/** A unit of measurement: the WordNet senses it may be (metre for "m", "metres", "meter"), raised to a power ("cubic" 3). */
export interface UnitRef {
  senses: readonly number[];
  power: number;
}

/** What a number is measured in: "kg per cubic metre" is kg over metre³; "hours" is hour over nothing. */
export interface UnitPhrase {
  of: UnitRef;
  per?: UnitRef;
  /** Word indexes the phrase spans. */
  words: number[];
}

/** Closed class: the words that raise a unit of length to an area or a volume. */
const POWERS: Readonly<Record<string, number>> = { square: 2, sq: 2, cubic: 3, cu: 3 };
/** "m3", "m²": a symbol with its power glued on. */
const GLUED_POWER = /^([a-z]+)([23²³])$/;
const POWER_DIGITS: Readonly<Record<string, number>> = { '2': 2, '3': 3, '²': 2, '³': 3 };

function unitOf(token: string, power = 1): UnitRef | undefined {
  const glued = GLUED_POWER.exec(token);
  const word = glued ? glued[1]! : token;
  // "in", "at", "are": a function word is no unit, whatever WordNet files under its letters (inch, ampere-turn, are).
  if (FILLER_WORDS.has(word) || PREPOSITION_WORDS.has(word)) return undefined;
  const senses = unitSenses(word);
  return senses.length > 0 ? { senses, power: glued ? POWER_DIGITS[glued[2]!]! : power } : undefined;
}

/** The unit written from word `at`: "metres", "cubic metres", "m3", "kg per cubic metre", "kg/m3". */
export function readUnitPhrase(words: readonly QuestionWord[], at: number): UnitPhrase | undefined {
  const one = (k: number): { unit: UnitRef; end: number } | undefined => {
    const power = POWERS[words[k]?.text ?? ''];
    const token = words[power ? k + 1 : k]?.text;
    const unit = token ? unitOf(token, power ?? 1) : undefined;
    return unit && { unit, end: (power ? k + 2 : k + 1) };
  };
  const first = one(at);
  if (!first) return undefined;
  const words_ = Array.from({ length: first.end - at }, (_, n) => at + n);
  // "kg per cubic metre", "£60 a metre"; "kg/m3" is read as two words with nothing between.
  const perAt = words[first.end]?.text === 'per' ? first.end + 1 : undefined;
  const per = perAt !== undefined ? one(perAt) : undefined;
  if (per) return { of: first.unit, per: per.unit, words: Array.from({ length: per.end - at }, (_, n) => at + n) };
  return { of: first.unit, words: words_ };
}

function sameUnit(a: UnitRef, b: UnitRef): boolean {
  return a.power === b.power && a.senses.some((sense) => b.senses.includes(sense));
}

interface ColumnUnits {
  of: UnitRef[];
  per: UnitRef[];
}

const remembered = new WeakMap<ColumnSchema, ColumnUnits>();

/**
 * The units a number column is measured in, read from its name's last part ("aperture_m", "vol_m3") or a part that is a
 * unit word ("weather_lost_hours", "hours_awarded"), and from its comment: a unit after "in" ("in metres"), a unit word
 * of three letters or more ("Hours lost to faults"), a symbol over a symbol ("kg/m3"); one after "per" or "/" is what
 * the number is per ("Price paid per m3"), and then not what it measures, though the name carries it (prc_m3).
 */
export function columnUnits(column: ColumnSchema): ColumnUnits {
  let units = remembered.get(column);
  if (units) return units;
  const of: UnitRef[] = [];
  const per: UnitRef[] = [];
  const tokens = (column.comment ?? '').toLowerCase().match(/[a-z]+[23²³]?|\//g) ?? [];
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k]!;
    if (token === '/' || token === 'per') continue;
    const power = POWERS[token];
    const raw = power ? tokens[k + 1] : token;
    if (!raw || raw === '/') continue;
    const before = tokens[k - 1];
    const after = tokens[power ? k + 2 : k + 1];
    const isPer = before === 'per' || before === '/';
    // Short symbols only where the comment writes them as units: after "in" or "per", around a slash.
    const placed = isPer || before === 'in' || after === '/' || raw.length >= 3 || power !== undefined;
    if (!placed) continue;
    const unit = unitOf(raw, power ?? 1);
    if (!unit) continue;
    (isPer ? per : of).push(unit);
    if (power) k++;
  }
  const parts = splitIdentifier(column.name).map((part) => part.toLowerCase());
  for (let k = 0; k < parts.length; k++) {
    const part = parts[k]!;
    if (/^\d$/.test(part)) continue;
    const last = k === parts.length - 1 || (k === parts.length - 2 && /^[23]$/.test(parts[k + 1]!));
    if (!last && part.length < 4) continue;
    const unit = unitOf(part, last && /^[23]$/.test(parts[k + 1] ?? '') ? Number(parts[k + 1]) : 1);
    if (!unit || per.some((u) => sameUnit(u, unit))) continue;
    of.push(unit);
  }
  units = { of, per };
  remembered.set(column, units);
  return units;
}

/** Whether a column is measured in the phrase's unit: the same unit, and per the same unit or per nothing on both sides. */
export function measuredIn(column: ColumnSchema, phrase: UnitPhrase): boolean {
  const units = columnUnits(column);
  if (!units.of.some((u) => sameUnit(u, phrase.of))) return false;
  return phrase.per ? units.per.some((u) => sameUnit(u, phrase.per!)) : units.per.length === 0;
}

/**
 * The measure columns measured in the phrase's unit ("how many hours", "wider than 2 metres"), of the tables preferred
 * when one of them has such a column; of several, the one whose name (twice) and comment share most words with the question, then whose table's name
 * and comment do
 * ("lose to bad weather" → weather_lost_hours, not dark_hours). Undefined when none or a tie.
 */
export function columnInUnit(
  schemas: readonly TableSchema[],
  phrase: UnitPhrase,
  words: readonly QuestionWord[],
  prefer: readonly string[] = [],
  measures: readonly string[] = [],
): { table: string; column: string } | undefined {
  const all = schemas.flatMap((table) => table.columns.filter((c) => isMeasureColumn(c) && measuredIn(c, phrase)).map((column) => ({ table, column })));
  const preferred = all.filter((c) => prefer.includes(c.table.name));
  const candidates = preferred.length > 0 ? preferred : all;
  if (candidates.length === 0) return undefined;
  if (candidates.length === 1) return { table: candidates[0]!.table.name, column: candidates[0]!.column.name };
  // "wider than 15 metres" over beam_m 'Width of the hull …' and draught_m: the measure the comparative names counts as a word.
  const roots = contentRoots(words, new Set(phrase.words));
  for (const measure of measures) roots.add(wordRoot(measure));
  const scored = candidates.map((c) => ({ c, score: columnWordScore(c.table, c.column, roots) }));
  const best = Math.max(...scored.map((s) => s.score));
  const top = scored.filter((s) => s.score === best);
  return best > 0 && top.length === 1 ? { table: top[0]!.c.table.name, column: top[0]!.c.column.name } : undefined;
}

/** The roots of the question's content words (three letters or more, no filler), but for the words given. */
export function contentRoots(words: readonly QuestionWord[], except: ReadonlySet<number> = new Set()): Set<string> {
  return new Set(words.filter((w) => !except.has(w.index) && w.text.length >= 3 && !FILLER_WORDS.has(w.text) && !FILLER_WORDS.has(w.stem)).map((w) => wordRoot(w.text)));
}

/** How many of the roots a table's name and comment use: which of two tables with the same column the question is about. */
export function tableWordScore(table: TableSchema, roots: ReadonlySet<string>): number {
  const own = new Set([...splitIdentifier(table.name), ...splitIdentifier(table.comment ?? '')].map((part) => wordRoot(part)));
  return [...own].filter((root) => roots.has(root)).length;
}

/**
 * How well a column's words meet the question's roots: a word of its name counts twice one only its comment uses; then,
 * far behind, its table's name and comment ("cubic metres of oak logs" over lrc 'Log receipt', not ordl 'Sales order line').
 */
export function columnWordScore(table: TableSchema, column: ColumnSchema, roots: ReadonlySet<string>): number {
  const named = new Set(splitIdentifier(column.name).map((part) => wordRoot(part)));
  const commented = new Set(splitIdentifier(column.comment ?? '').map((part) => wordRoot(part)).filter((root) => !named.has(root)));
  const own = 2 * [...named].filter((root) => roots.has(root)).length + [...commented].filter((root) => roots.has(root)).length;
  return own * 100 + tableWordScore(table, roots);
}

/**
 * "with its size in litres", "each pump with its flow in litres per second": a unit the question names after "in" (not after
 * a number, which is a comparison's, "over 5 in metres") says what a value is measured in. The first such phrase from `from`.
 */
export function unitAskedIn(words: readonly QuestionWord[], from = 0): UnitPhrase | undefined {
  for (let k = Math.max(1, from); k < words.length - 1; k++) {
    if (words[k]!.text !== 'in' || /^\d/.test(words[k - 1]!.text)) continue;
    const phrase = readUnitPhrase(words, k + 1);
    // "in week 3": a unit before a number names a period, not what a value is measured in.
    if (phrase && !/^\d/.test(words[Math.max(...phrase.words) + 1]?.text ?? '')) return phrase;
  }
  return undefined;
}
