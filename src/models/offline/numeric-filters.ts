import { duckdbDialect } from '../../dialects/duckdb-dialect.js';
import type { SqlDialect } from '../../dialects/sql-dialect.js';
import type { TableSchema } from '../../context/context-schema.js';
import type { QuestionAnalysis } from './analyze-question.js';
import { holdsNumbers } from './holds-numbers.js';
import type { QuestionWord } from './question-words.js';
import { bareName } from './bare-name.js';
import { eitherComparison } from './either-comparison.js';
import { ref } from './query-spec.js';
import type { RowFilter } from './row-filter.js';
import type { Mention } from './schema-mentions.js';
import { findColumn, findTable, isKeyColumn, isNumericColumn } from './schema-lookup.js';
import { numberOf } from './number-of.js';
import { tallyColumn } from './tally-column.js';
import { columnInUnit, readUnitPhrase } from './column-units.js';
import { comparativePole } from '../../lexicon/measure-pole.js';
import { wordRange } from './word-range.js';
import { ARTICLES, IDENTITY_WORDS, QUANTIFIERS } from '../../lexicon/determiners.js';
import { COORDINATORS } from '../../lexicon/conjunctions.js';
import { NUMBER_WORDS } from '../../lexicon/numerals.js';
import { pick, wordSet } from '../../lexicon/word-set.js';
import { BE_FORMS } from '../../lexicon/auxiliaries.js';
import { PREPOSITIONS } from '../../lexicon/prepositions.js';
import { stemWord } from '../../catalog/stem-word.js';
import { FILLER_WORDS } from './question-vocabulary.js';

/** "with more than 10 orders": a condition on how many rows of `table` each result row has (a HAVING). */
export interface CountCondition {
  table: string;
  /** "> 10" */
  condition: string;
  words: number[];
}

export type Operator = '>' | '>=' | '<' | '<=' | '=' | 'between';

export interface Comparator {
  words: string[];
  op: Operator;
  age?: boolean;
  /** "denser than", "wider than": the measure the comparative compares (WordNet), for a column named for it. */
  measures?: string[];
}

const COMPARATORS: readonly Comparator[] = [
  { words: ['more', 'than'], op: '>' },
  { words: ['greater', 'than'], op: '>' },
  { words: ['larger', 'than'], op: '>' },
  { words: ['higher', 'than'], op: '>' },
  { words: ['bigger', 'than'], op: '>' },
  { words: ['heavier', 'than'], op: '>' },
  { words: ['longer', 'than'], op: '>' },
  { words: ['taller', 'than'], op: '>' },
  { words: ['lighter', 'than'], op: '<' },
  { words: ['shorter', 'than'], op: '<' },
  { words: ['older', 'than'], op: '>', age: true },
  { words: ['younger', 'than'], op: '<', age: true },
  { words: ['less', 'than'], op: '<' },
  { words: ['fewer', 'than'], op: '<' },
  { words: ['lower', 'than'], op: '<' },
  { words: ['smaller', 'than'], op: '<' },
  { words: ['at', 'least'], op: '>=' },
  { words: ['no', 'less', 'than'], op: '>=' },
  { words: ['at', 'most'], op: '<=' },
  { words: ['no', 'more', 'than'], op: '<=' },
  { words: ['equal', 'to'], op: '=' },
  { words: ['above'], op: '>' },
  { words: ['over'], op: '>' },
  { words: ['exceeding'], op: '>' },
  { words: ['below'], op: '<' },
  { words: ['under'], op: '<' },
  { words: ['between'], op: 'between' },
];
const GREATER = new Set(['more', 'greater', 'larger', 'higher', 'bigger', 'heavier', 'longer', 'taller', 'older', 'later']);
const SMALLER = new Set(['less', 'fewer', 'lower', 'smaller', 'lighter', 'shorter', 'younger', 'earlier']);

/** The comparison that starts at word `i` ("more than", "at least", "older … than"), if any. */
export function readComparator(words: readonly QuestionWord[], i: number): Comparator | undefined {
  return COMPARATORS.find((c) => c.words.every((w, k) => words[i + k]?.text === w)) ?? splitComparative(words, i);
}

const OR_MORE = new Set(['more', 'greater', 'higher', 'above', 'over', 'larger']);
const OR_LESS = new Set(['fewer', 'less', 'lower', 'below', 'under', 'smaller']);

/** A comparison written after its number: "4 or more", "3 or fewer". */
export function readPostfixComparator(words: readonly QuestionWord[], i: number): { op: Operator; end: number } | undefined {
  if (numberOf(words[i]) === undefined || words[i + 1]?.text !== 'or') return undefined;
  const word = words[i + 2]?.text ?? '';
  if (OR_MORE.has(word)) return { op: '>=', end: i + 3 };
  if (OR_LESS.has(word)) return { op: '<=', end: i + 3 };
  return undefined;
}

/** "a greater weight than 10": the comparative and "than" around the column. */
function splitComparative(words: readonly QuestionWord[], i: number): Comparator | undefined {
  const word = words[i]?.text ?? '';
  const listed = GREATER.has(word) || SMALLER.has(word);
  if (!listed && !/..er$/.test(word)) return undefined;
  const than = words.findIndex((w, k) => k > i && k <= i + 3 && w.text === 'than');
  if (than < 0) return undefined;
  if (listed) return { words: [word], op: GREATER.has(word) ? '>' : '<', age: word === 'older' || word === 'younger' ? true : undefined };
  // "wider than", "denser than": a comparative of an adjective at one end of a measure (WordNet), asked last.
  const pole = comparativePole(word);
  return pole && { words: [word], op: pole.direction === 'desc' ? '>' : '<', measures: pole.measures };
}

const TIME_UNITS = /^(day|week|month|quarter|year|hour|minute)s?$/;
const NUMBER = /^-?\d+(\.\d+)?$/;

/**
 * Comparisons of a numeric column with a number: "above age 20", "capacity between 5000 and 10000",
 * "older than 30" (an age column); and conditions on counts ("more than 10 orders"). Time spans
 * ("over the last 3 months") are left to the date ranges.
 */
export function numericFilters(
  analysis: QuestionAnalysis,
  mentions: readonly Mention[],
  schemas: readonly TableSchema[],
  prefer: readonly string[],
  dialect: SqlDialect = duckdbDialect,
  anchors: readonly RowFilter[] = [],
): { filters: RowFilter[]; counts: CountCondition[] } {
  const words = analysis.words;
  const filters: RowFilter[] = [];
  const counts: CountCondition[] = [];
  for (let i = 0; i < words.length; i++) {
    const postfix = readPostfixComparator(words, i);
    const comparator = postfix ? { words: [], op: postfix.op } : (COMPARATORS.find((c) => c.words.every((w, k) => words[i + k]?.text === w)) ?? splitComparative(words, i));
    if (!comparator) continue;
    const after = i + comparator.words.length;
    const numberAt = postfix ? i : words.findIndex((w, k) => k >= after && k <= after + 4 && NUMBER.test(w.text));
    if (numberAt < 0 || words.slice(after, numberAt).some((w) => /^(last|past|next|previous|first)$/.test(w.text))) continue;
    const nounAt = postfix ? postfix.end : numberAt + 1;
    if (TIME_UNITS.test(words[nounAt]?.text ?? '') && !yearsOld(words, nounAt)) continue;
    const second = comparator.op === 'between' && words[numberAt + 1]?.text === 'and' && NUMBER.test(words[numberAt + 2]?.text ?? '') ? numberAt + 2 : undefined;
    if (comparator.op === 'between' && second === undefined) continue;

    // "countries with more than 50 players": a number followed by a table's name counts its rows, whatever column came before.
    const counted = second === undefined ? tableAt(mentions, nounAt) : undefined;
    const between = columnAmong(mentions, schemas, prefer, after, numberAt);
    // "volumes with more than 400 pages": a numeric column named right after the number is what is compared.
    // "systems with more than 30 panels" over panel_count, where no table is named "panels": the tally is compared.
    const namedAfter =
      second === undefined
        ? ((!counted ? numericColumnAt(mentions, schemas, nounAt) : undefined) ?? (!counted?.full ? tallyAt(words, nounAt, schemas) : undefined) ?? rateColumnAt(words, mentions, schemas, prefer, nounAt))
        : undefined;
    // "a mirror wider than 2 metres", "heavier than 600 kg per cubic metre": the column measured in the unit written.
    const unit = counted ? undefined : readUnitPhrase(words, (second ?? numberAt) + 1);
    const inUnit = unit && columnInUnit(schemas, unit, words, prefer, comparator.measures);
    const column: { table: string; column: string; words?: number[] } | undefined = comparator.age
      ? ageColumn(schemas, prefer)
      : (between ??
        namedAfter ??
        (inUnit && { ...inUnit, words: unit!.words }) ??
        (counted || second !== undefined ? undefined : commentUnitAt(words, schemas, prefer, nounAt)) ??
        (counted ? undefined : (columnAmong(mentions, schemas, prefer, Math.max(0, i - 3), i) ?? coordinated(words, filters.at(-1), i) ?? bareAge(words, nounAt, schemas, prefer))));
    if (!column) {
      if (counted) counts.push({ table: counted.table, condition: `${comparator.op} ${numberOf(words[numberAt]) ?? words[numberAt]!.text}`, words: wordRange(i, counted.end) });
      if (postfix) i = postfix.end - 1;
      continue;
    }
    const table = findTable(schemas, column.table)!;
    const numeric = isNumericColumn(findColumn(table, column.column)!);
    // "tenants over 65" over a lead_tenant column of names: no number to compare, so the comparison stays unread.
    if (!numeric && !holdsNumbers(table, column.column)) {
      if (postfix) i = postfix.end - 1;
      continue;
    }
    const target = numeric ? ref(column.table, column.column) : dialect.tryCastNumber(ref(column.table, column.column));
    const sql =
      second !== undefined
        ? `${target} BETWEEN ${words[numberAt]!.text} AND ${words[second]!.text}`
        : `${target} ${comparator.op} ${numberOf(words[numberAt]) ?? words[numberAt]!.text}`;
    const used = [...wordRange(i, postfix ? postfix.end : (second ?? numberAt) + 1), ...(column.words ?? [])];
    filters.push({ table: column.table, column: column.column, sql, words: used });
    i = postfix ? postfix.end - 1 : (second ?? numberAt);
  }
  filters.push(...numberLists(words, mentions, schemas, prefer, new Set(filters.flatMap((f) => f.words)), dialect));
  filters.push(...namedNumbers(words, mentions, schemas, new Set([...filters.flatMap((f) => f.words), ...counts.flatMap((c) => c.words)]), anchors, dialect));
  return { filters: eitherComparison(filters, words), counts };
}

/** "30 years old", "40 years of age": an age, not a span of time. */
function yearsOld(words: readonly QuestionWord[], at: number): boolean {
  if (!/^years?$/.test(words[at]?.text ?? '')) return false;
  return words[at + 1]?.text === 'old' || (words[at + 1]?.text === 'of' && words[at + 2]?.text === 'age');
}

/** Words that may stand between two comparisons of one column: "above age 40 and a singer below 30". */
const COORDINATION: ReadonlySet<string> = wordSet(
  ARTICLES,
  pick(COORDINATORS, 'and', 'or', 'but'),
  pick(NUMBER_WORDS, 'one'),
  pick(IDENTITY_WORDS, 'another'),
  pick(QUANTIFIERS, 'some', 'any'),
);

/**
 * "a singer above age 40 and a singer below 30": a comparison that names no column, coordinated with the comparison
 * just before it (at most a repeated noun between), compares the same column.
 */
function coordinated(words: readonly QuestionWord[], previous: RowFilter | undefined, at: number): { table: string; column: string } | undefined {
  if (!previous) return undefined;
  const end = Math.max(...previous.words);
  const gap = words.slice(end + 1, at);
  if (gap.length === 0 || gap.length > 4 || !gap.some((w) => /^(and|or|but)$/.test(w.text))) return undefined;
  const others = gap.filter((w) => !COORDINATION.has(w.text));
  return others.length <= 1 ? { table: previous.table, column: previous.column } : undefined;
}

/**
 * "Which instructors are over 40?", "people under 25 years old": a bare number compared with people is their age,
 * when a table the question names has an age column and nothing follows the number but "years old".
 */
function bareAge(words: readonly QuestionWord[], nounAt: number, schemas: readonly TableSchema[], prefer: readonly string[]): { table: string; column: string } | undefined {
  const next = words[nounAt];
  const ends = !next || words[nounAt - 1]!.clauseEnd || yearsOld(words, nounAt) || /^(and|or|but|who|that|which|with|in|from)$/.test(next.text);
  if (!ends) return undefined;
  const age = ageColumn(schemas, prefer);
  return age && prefer.some((t) => bareName(t) === bareName(age.table)) ? age : undefined;
}

/** Words between a column and the numbers it is compared with: "aged either 32 or 33", "a rank of 3 or 4". */
const LIST_LEAD: ReadonlySet<string> = wordSet(
  pick(QUANTIFIERS, 'either'),
  pick(BE_FORMS, 'is', 'are', 'was', 'were', 'being'),
  pick(PREPOSITIONS, 'of', 'to'),
  ['equal', 'exactly'],
);

/** "aged either 32 or 33", "with 2, 3 or 5 doors": a numeric column equal to one of several numbers. */
function numberLists(
  words: readonly QuestionWord[],
  mentions: readonly Mention[],
  schemas: readonly TableSchema[],
  prefer: readonly string[],
  used: ReadonlySet<number>,
  dialect: SqlDialect,
): RowFilter[] {
  const filters: RowFilter[] = [];
  for (let i = 0; i < words.length; i++) {
    if (used.has(i) || !NUMBER.test(words[i]!.text)) continue;
    const numbers = [i];
    let k = i + 1;
    while (k + 1 < words.length && /^(or|and)$/.test(words[k]!.text) === false && NUMBER.test(words[k]!.text) && !used.has(k)) numbers.push(k++);
    if (words[k]?.text !== 'or' || !NUMBER.test(words[k + 1]?.text ?? '') || used.has(k + 1)) continue;
    numbers.push(k + 1);
    if (TIME_UNITS.test(words[k + 2]?.text ?? '')) continue;
    let lead = i - 1;
    while (lead >= 0 && LIST_LEAD.has(words[lead]!.text)) lead--;
    if (lead < 0) continue;
    const column =
      words[lead]!.text === 'aged'
        ? ageColumn(schemas, prefer)
        : columnAmong(mentions.filter((m) => m.end === lead + 1), schemas, prefer, Math.max(0, lead - 2), lead + 1);
    if (!column) continue;
    const table = findTable(schemas, column.table)!;
    const numeric = isNumericColumn(findColumn(table, column.column)!);
    if (!numeric && !holdsNumbers(table, column.column)) continue;
    const target = numeric ? ref(column.table, column.column) : dialect.tryCastNumber(ref(column.table, column.column));
    const values = numbers.map((at) => words[at]!.text);
    filters.push({ table: column.table, column: column.column, sql: `${target} IN (${values.join(', ')})`, words: wordRange(lead, k + 2) });
    i = k + 1;
  }
  return filters;
}

/**
 * "high schoolers in grade 10", "concerts in year 2014": a number right after the full name of a numeric column (or of
 * one holding years as text) is the value that column equals.
 */
function namedNumbers(
  words: readonly QuestionWord[],
  mentions: readonly Mention[],
  schemas: readonly TableSchema[],
  used: ReadonlySet<number>,
  anchors: readonly RowFilter[],
  dialect: SqlDialect,
): RowFilter[] {
  const filters: RowFilter[] = [];
  for (let i = 1; i < words.length; i++) {
    if (used.has(i) || !NUMBER.test(words[i]!.text) || used.has(i - 1)) continue;
    // "grade 9 or 10" is a list, "year 2014 or after" a range: neither is one value.
    if (/^(or|and|to|through)$/.test(words[i + 1]?.text ?? '') || TIME_UNITS.test(words[i + 1]?.text ?? '')) continue;
    const candidates = mentions.filter((m) => {
      if (m.column === undefined || m.end !== i) return false;
      const column = findTable(schemas, m.table) && findColumn(findTable(schemas, m.table)!, m.column);
      return column !== undefined && !isKeyColumn(column) && (isNumericColumn(column) || /(^|_)year$/i.test(column.name));
    });
    // "a cat that is age 3" over Student.Age and Pets.pet_age: the table named last before the column (here by its
    // value 'cat') owns it; without such a table, only a name no other table's column answers to.
    const anchor = nearestTable(mentions, anchors, Math.min(...candidates.map((m) => m.start)));
    const named =
      candidates.find((m) => anchor !== undefined && bareName(m.table) === bareName(anchor)) ??
      (new Set(candidates.map((m) => bareName(m.table))).size === 1 ? candidates.find((m) => m.full) : undefined);
    if (!named) continue;
    const column = findColumn(findTable(schemas, named.table)!, named.column!)!;
    if (!isNumericColumn(column) && !holdsNumbers(findTable(schemas, named.table)!, column.name)) continue;
    const target = isNumericColumn(column) ? ref(named.table, column.name) : dialect.tryCastNumber(ref(named.table, column.name));
    filters.push({ table: named.table, column: column.name, sql: `${target} = ${numberOf(words[i]) ?? words[i]!.text}`, words: wordRange(named.start, i + 1) });
  }
  return filters;
}

/** The table named last before word `at`, by its name or by a value of one of its columns. */
function nearestTable(mentions: readonly Mention[], anchors: readonly RowFilter[], at: number): string | undefined {
  const named = [
    ...mentions.filter((m) => m.column === undefined && m.full && m.end <= at).map((m) => ({ table: m.table, end: m.end })),
    ...anchors.filter((f) => f.words.length > 0 && Math.max(...f.words) < at).map((f) => ({ table: f.table, end: Math.max(...f.words) + 1 })),
  ];
  return named.sort((a, b) => b.end - a.end)[0]?.table;
}

/** The table named from word `at` on, a full name ("templates") before a word of a longer one (Ref_Template_Types). */
export function tableAt(mentions: readonly Mention[], at: number): Mention | undefined {
  return mentions.filter((m) => m.column === undefined && m.start === at).sort((a, b) => Number(b.full) - Number(a.full))[0];
}

function columnAmong(
  mentions: readonly Mention[],
  schemas: readonly TableSchema[],
  prefer: readonly string[],
  from: number,
  to: number,
): { table: string; column: string; words: number[] } | undefined {
  const rank = (m: Mention): number => {
    const preferred = prefer.findIndex((t) => bareName(t) === bareName(m.table));
    return (m.full ? 0 : 10) + (preferred < 0 ? prefer.length : preferred);
  };
  const candidates = mentions
    .filter((m) => m.column !== undefined && m.start >= from && m.end <= to)
    .filter((m) => {
      const column = findTable(schemas, m.table) && findColumn(findTable(schemas, m.table)!, m.column!);
      return column !== undefined && !isKeyColumn(column);
    })
    .sort((a, b) => rank(a) - rank(b));
  const best = candidates[0];
  return best ? { table: best.table, column: best.column!, words: wordRange(best.start, best.end) } : undefined;
}

/** A numeric, non-key column named fully and starting at word `at`. */
function numericColumnAt(mentions: readonly Mention[], schemas: readonly TableSchema[], at: number): { table: string; column: string; words: number[] } | undefined {
  for (const m of mentions) {
    if (m.column === undefined || m.start !== at || !m.full) continue;
    const column = findTable(schemas, m.table) && findColumn(findTable(schemas, m.table)!, m.column);
    if (column && !isKeyColumn(column) && isNumericColumn(column)) return { table: m.table, column: m.column, words: wordRange(m.start, m.end) };
  }
  return undefined;
}

/**
 * "with the temperature below 10 degrees" over svy.tmp_c, commented "Air temperature at the start, degrees C": the word
 * written after the number, when no dictionary reads it as a unit, is the one number column (of the tables the question
 * names first, else of all) whose comment writes it where a unit goes (unitPart).
 */
function commentUnitAt(words: readonly QuestionWord[], schemas: readonly TableSchema[], prefer: readonly string[], at: number): { table: string; column: string; words: number[] } | undefined {
  const word = words[at];
  if (!word || word.text.length < 3 || !/^[a-z]+$/.test(word.text) || FILLER_WORDS.has(word.text)) return undefined;
  const found = (tables: readonly TableSchema[]): { table: string; column: string }[] =>
    tables.flatMap((table) =>
      table.columns
        .filter((c) => !isKeyColumn(c) && isNumericColumn(c) && unitPart(c.comment).some((w) => w.length >= 3 && stemWord(w) === word.stem))
        .map((c) => ({ table: table.name, column: c.name })),
    );
  const preferred = found(schemas.filter((t) => prefer.some((p) => bareName(p) === bareName(t.name))));
  const columns = preferred.length > 0 ? preferred : found(schemas);
  return columns.length === 1 ? { ...columns[0]!, words: [at] } : undefined;
}

/**
 * The words of a comment that may say a unit: after its opening phrase (past the first comma, semicolon or bracket:
 * 'Air temperature at the start, degrees C') or right after "in" ('Length in paces'); not the opening phrase that says
 * what the number is ('Number of spaces').
 */
function unitPart(comment: string | undefined): string[] {
  const text = (comment ?? '').toLowerCase();
  const stop = text.search(/[,;:(]/);
  const after = stop < 0 ? [] : text.slice(stop).split(/[^a-z]+/).filter(Boolean);
  const words = text.split(/[^a-z]+/).filter(Boolean);
  const afterIn = words.filter((_, k) => k > 0 && words[k - 1] === 'in');
  return [...after, ...afterIn];
}

/** Words that make the noun after a number its unit of rate: "£60 a metre", "20 per night", "3 each day". */
const RATE_WORDS: ReadonlySet<string> = wordSet(pick(ARTICLES, 'a', 'an'), pick(PREPOSITIONS, 'per'), pick(QUANTIFIERS, 'each'));

/**
 * "fabrics that cost more than £60 a metre" over price_per_metre: after "a" or "per", the unit a numeric column's name
 * is given in is the column compared (of the tables the question names first), though the question names it by its
 * unit alone.
 */
function rateColumnAt(words: readonly QuestionWord[], mentions: readonly Mention[], schemas: readonly TableSchema[], prefer: readonly string[], at: number): { table: string; column: string; words: number[] } | undefined {
  if (!RATE_WORDS.has(words[at]?.text ?? '')) return undefined;
  const numeric = mentions.filter((m) => {
    if (m.column === undefined || m.start !== at + 1 || m.end !== at + 2) return false;
    const column = findTable(schemas, m.table) && findColumn(findTable(schemas, m.table)!, m.column);
    return column !== undefined && isNumericColumn(column);
  });
  const column = columnAmong(numeric, schemas, prefer, at + 1, at + 2);
  return column && { ...column, words: [at, ...column.words] };
}

export function ageColumn(schemas: readonly TableSchema[], prefer: readonly string[]): { table: string; column: string } | undefined {
  const ordered = [...schemas].sort((a, b) => rankOf(prefer, a.name) - rankOf(prefer, b.name));
  for (const table of ordered) {
    const column = table.columns.find((c) => /(^|_)age$/i.test(c.name));
    if (column) return { table: table.name, column: column.name };
  }
  return undefined;
}

function rankOf(prefer: readonly string[], table: string): number {
  const index = prefer.findIndex((t) => bareName(t) === bareName(table));
  return index < 0 ? prefer.length : index;
}



function tallyAt(words: readonly QuestionWord[], at: number, schemas: readonly TableSchema[]): { table: string; column: string; words: number[] } | undefined {
  const tally = tallyColumn(words[at], schemas);
  return tally && { ...tally, words: [at] };
}
