import { addDays } from 'date-fns/addDays';
import { formatISO } from 'date-fns/formatISO';
import { parseISO } from 'date-fns/parseISO';
import { splitIdentifier } from '../../catalog/split-identifier.js';
import type { DateRange, TableSchema } from '../../context/context-schema.js';
import type { SqlDialect } from '../../dialects/sql-dialect.js';
import { OPEN_END, OPEN_START } from '../../dates/open-bounds.js';
import { bareName } from './bare-name.js';
import { ref } from './query-spec.js';
import type { QuestionWord } from './question-words.js';
import type { RowFilter } from './row-filter.js';
import type { Mention } from './schema-mentions.js';
import { findColumn, findTable, isDateColumn, isNumericColumn, isTextColumn } from './schema-lookup.js';
import { wordRange } from './word-range.js';

const YEAR = /^(1[5-9]|20)\d\d$/;

/** A column that holds a calendar year as a number or its text (Year, Birth_Year, release_yr), not a date. */
function isYearColumn(column: TableSchema['columns'][number]): boolean {
  if (isDateColumn(column) || !(isNumericColumn(column) || isTextColumn(column))) return false;
  return /^(year|yr)$/i.test(splitIdentifier(column.name).at(-1) ?? '');
}

/** A span of whole years: `from` and `to` inclusive, either side open. */
interface YearSpan {
  from?: number;
  to?: number;
  words: number[];
}

/**
 * Years the question compares with a column that holds years ("concerts in 2014", "in year 2014 or after", "birth year
 * before 1945"): a year column the question names, else the bare Year column of the first table it names when that
 * table has no date column. A year column holds numbers, so the years are compared as numbers, not as date ranges;
 * `years` are the question's years the filters used.
 */
export function yearFilters(
  words: readonly QuestionWord[],
  ranges: readonly DateRange[],
  bareYears: readonly number[],
  mentions: readonly Mention[],
  schemas: readonly TableSchema[],
  taken: ReadonlySet<number>,
  currentDate: string,
  dialect: SqlDialect,
): { filters: RowFilter[]; years: Set<string> } {
  const none = { filters: [], years: new Set<string>() };
  const spans = yearSpans(words, ranges, bareYears, taken, currentDate);
  if (!spans) return none;
  const column = namedYearColumn(mentions, schemas, spans) ?? tableYearColumn(mentions, schemas);
  if (!column) return none;
  const table = findTable(schemas, column.table)!;
  const target = isNumericColumn(findColumn(table, column.column)!) ? ref(column.table, column.column) : dialect.tryCastNumber(ref(column.table, column.column));
  const single = spans.every((s) => s.from !== undefined && s.from === s.to);
  // "after 2013" is > 2013 and "before 1945" < 1945, in the years the question wrote.
  const written = (s: YearSpan, year: number): boolean => s.words.some((w) => words[w]!.text === String(year));
  const condition = (s: YearSpan): string =>
    s.from !== undefined && s.from === s.to
      ? `${target} = ${s.from}`
      : s.from !== undefined && s.to !== undefined
        ? `${target} BETWEEN ${s.from} AND ${s.to}`
        : s.from !== undefined
          ? written(s, s.from) ? `${target} >= ${s.from}` : `${target} > ${s.from - 1}`
          : written(s, s.to!) ? `${target} <= ${s.to}` : `${target} < ${s.to! + 1}`;
  const sql =
    spans.length === 1 ? condition(spans[0]!) : single ? `${target} IN (${spans.map((s) => s.from).join(', ')})` : `(${spans.map(condition).join(' OR ')})`;
  const used = [...new Set([...spans.flatMap((s) => s.words), ...(column.words ?? [])])].sort((a, b) => a - b);
  return { filters: [{ table: column.table, column: column.column, sql, words: used }], years: new Set(spans.flatMap((s) => s.words.map((w) => words[w]!.text)).filter((w) => YEAR.test(w))) };
}

/**
 * The question's time phrases as whole years, or undefined when one of them is not whole years ("in March 2014") or
 * names no year of its own ("last year"), so that the date column, if any, keeps them all.
 */
function yearSpans(
  words: readonly QuestionWord[],
  ranges: readonly DateRange[],
  bareYears: readonly number[],
  taken: ReadonlySet<number>,
  currentDate: string,
): YearSpan[] | undefined {
  const spans: YearSpan[] = [];
  const tomorrow = formatISO(addDays(parseISO(currentDate), 1), { representation: 'date' });
  for (const range of ranges) {
    const at = yearWords(words, range.phrase).filter((w) => !taken.has(w));
    if (at.length === 0) return undefined;
    const whole = (date: string): boolean => /^\d{4}-01-01$/.test(date);
    if (range.start !== OPEN_START && !whole(range.start)) return undefined;
    // "after 2013" runs to today, which a year column cannot tell from an open end.
    const openEnd = range.end === OPEN_END || range.end === tomorrow;
    if (!openEnd && !whole(range.end)) return undefined;
    const from = range.start === OPEN_START ? undefined : Number(range.start.slice(0, 4));
    const to = openEnd ? undefined : Number(range.end.slice(0, 4)) - 1;
    if (from === undefined && to === undefined) return undefined;
    spans.push({ from, to, words: at });
  }
  for (const year of bareYears) {
    if (ranges.some((r) => r.phrase.includes(String(year)))) continue;
    const at = words.findIndex((w, k) => w.text === String(year) && !taken.has(k));
    if (at >= 0) spans.push({ from: year, to: year, words: [at] });
  }
  return spans.length > 0 ? spans : undefined;
}

/** The question's words that spell the years of a range's phrase. */
function yearWords(words: readonly QuestionWord[], phrase: string): number[] {
  const years = new Set(phrase.match(/\b\d{4}\b/g) ?? []);
  return words.flatMap((w, k) => (years.has(w.text) && YEAR.test(w.text) ? [k] : []));
}

/** "in year 2014", "birth year before 1945": a year column named in the question, before its first year. */
function namedYearColumn(mentions: readonly Mention[], schemas: readonly TableSchema[], spans: readonly YearSpan[]): { table: string; column: string; words?: number[] } | undefined {
  const firstYear = Math.min(...spans.flatMap((s) => s.words));
  const named = mentions
    .filter((m) => m.column !== undefined && m.start < firstYear)
    .filter((m) => {
      const table = findTable(schemas, m.table);
      const column = table && findColumn(table, m.column!);
      return column !== undefined && isYearColumn(column);
    })
    .sort((a, b) => Number(b.full) - Number(a.full) || b.end - a.end);
  const best = named[0];
  return best && { table: best.table, column: best.column!, words: wordRange(best.start, best.end) };
}

/**
 * "concerts in 2014" over concert(Year): the first table the question names that has a date or a year column, when
 * that column is a bare Year (the row's own year; Song_release_year is a song's) and the table has no date column.
 */
function tableYearColumn(mentions: readonly Mention[], schemas: readonly TableSchema[]): { table: string; column: string; words?: number[] } | undefined {
  const named = [...mentions].filter((m) => m.column === undefined).sort((a, b) => a.start - b.start);
  for (const mention of named) {
    const table = findTable(schemas, mention.table);
    if (!table) continue;
    if (table.columns.some(isDateColumn)) return undefined;
    const years = table.columns.filter(isYearColumn);
    if (years.length === 0) continue;
    const own = years.filter((c) => /^(year|yr)$/i.test(c.name) || bareName(c.name) === `${bareName(table.name)}_year`);
    if (own.length > 1) return undefined;
    if (own.length === 1) return { table: table.name, column: own[0]!.name };
  }
  return undefined;
}
