import { duckdbDialect } from '../../dialects/duckdb-dialect.js';
import type { SqlDialect } from '../../dialects/sql-dialect.js';
import type { TableSchema } from '../../context/context-schema.js';
import type { QuestionAnalysis } from './analyze-question.js';
import type { QuestionWord } from './question-words.js';
import { bareName } from './bare-name.js';
import { ref } from './query-spec.js';
import type { RowFilter } from './row-filter.js';
import type { Mention } from './schema-mentions.js';
import { findColumn, findTable, isKeyColumn, isNumericColumn } from './schema-lookup.js';

/** "with more than 10 orders": a condition on how many rows of `table` each result row has (a HAVING). */
export interface CountCondition {
  table: string;
  /** "> 10" */
  condition: string;
  words: number[];
}

type Operator = '>' | '>=' | '<' | '<=' | '=' | 'between';

const COMPARATORS: readonly { words: string[]; op: Operator; age?: boolean }[] = [
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

/** "a greater weight than 10": the comparative and "than" around the column. */
function splitComparative(words: readonly QuestionWord[], i: number): { words: string[]; op: Operator; age?: boolean } | undefined {
  const word = words[i]?.text ?? '';
  if (!GREATER.has(word) && !SMALLER.has(word)) return undefined;
  const than = words.findIndex((w, k) => k > i && k <= i + 3 && w.text === 'than');
  if (than < 0) return undefined;
  return { words: [word], op: GREATER.has(word) ? '>' : '<', age: word === 'older' || word === 'younger' ? true : undefined };
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
): { filters: RowFilter[]; counts: CountCondition[] } {
  const words = analysis.words;
  const filters: RowFilter[] = [];
  const counts: CountCondition[] = [];
  for (let i = 0; i < words.length; i++) {
    const comparator = COMPARATORS.find((c) => c.words.every((w, k) => words[i + k]?.text === w)) ?? splitComparative(words, i);
    if (!comparator) continue;
    const after = i + comparator.words.length;
    const numberAt = words.findIndex((w, k) => k >= after && k <= after + 4 && NUMBER.test(w.text));
    if (numberAt < 0 || words.slice(after, numberAt).some((w) => /^(last|past|next|previous|first)$/.test(w.text))) continue;
    if (TIME_UNITS.test(words[numberAt + 1]?.text ?? '')) continue;
    const second = comparator.op === 'between' && words[numberAt + 1]?.text === 'and' && NUMBER.test(words[numberAt + 2]?.text ?? '') ? numberAt + 2 : undefined;
    if (comparator.op === 'between' && second === undefined) continue;

    const column: { table: string; column: string; words?: number[] } | undefined = comparator.age
      ? ageColumn(schemas, prefer)
      : (columnAmong(mentions, schemas, prefer, after, numberAt) ?? columnAmong(mentions, schemas, prefer, Math.max(0, i - 3), i));
    if (!column) {
      const counted = second === undefined ? mentions.find((m) => m.column === undefined && m.start === numberAt + 1) : undefined;
      if (counted) counts.push({ table: counted.table, condition: `${comparator.op} ${words[numberAt]!.text}`, words: range(i, counted.end) });
      continue;
    }
    const table = findTable(schemas, column.table)!;
    const numeric = isNumericColumn(findColumn(table, column.column)!);
    const target = numeric ? ref(column.table, column.column) : dialect.tryCastNumber(ref(column.table, column.column));
    const sql =
      second !== undefined
        ? `${target} BETWEEN ${words[numberAt]!.text} AND ${words[second]!.text}`
        : `${target} ${comparator.op} ${words[numberAt]!.text}`;
    const used = [...range(i, (second ?? numberAt) + 1), ...(column.words ?? [])];
    filters.push({ table: column.table, column: column.column, sql, words: used });
    i = second ?? numberAt;
  }
  return { filters, counts };
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
  return best ? { table: best.table, column: best.column!, words: range(best.start, best.end) } : undefined;
}

function ageColumn(schemas: readonly TableSchema[], prefer: readonly string[]): { table: string; column: string } | undefined {
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

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, k) => from + k);
}

