import { normalizeValueText } from '../../../catalog/normalize-value-text.js';
import type { Context } from '../../../context/context-schema.js';
import type { SqlDialect } from '../../../dialects/sql-dialect.js';
import { parseDateRanges } from '../../../dates/parse-date-ranges.js';
import { bareName } from '../bare-name.js';
import { ref } from '../query-spec.js';
import type { QuestionWord } from '../question-words.js';
import type { RowFilter } from '../row-filter.js';
import { findTable, isDateColumn } from '../schema-lookup.js';
import { schemaMentions } from '../schema-mentions.js';
import { occurrenceOwner } from '../occurrence-owner.js';

/**
 * "tours that had no departures in 2026", "clients who haven't sent a job since 1 September 2026": the time phrase
 * inside a related clause dates the related rows, so it restricts the rows that must (not) exist, on a date column of
 * the clause's tables: the one the clause names, else the linking table's first. Rows with no date of their own are
 * dated by the occurrence they belong to ("valuers who haven't catalogued a lot this year": a lot by its sale's date),
 * the nearest table their keys lead to that has one, never back through the subject. Phrases a filter of the clause
 * already reads (a year column) are left to it. Undefined when no phrase lies inside the clause; 'no date column' when
 * one does but no table of the clause or its occurrence has a date to restrict (the clause cannot be read without
 * dropping it).
 */
export function clauseDates(
  context: Context,
  words: readonly QuestionWord[],
  from: number,
  to: number,
  tables: readonly string[],
  inside: readonly RowFilter[],
  dialect: SqlDialect,
  subject?: string,
): RowFilter | 'no date column' | undefined {
  const read = new Set(inside.flatMap((f) => f.words));
  const ranges = (context.date_ranges.length > 0 ? context.date_ranges : parseDateRanges(context.task.text, context.task.current_date)).flatMap((range) => {
    const at = phraseWords(words, range.phrase);
    return at.length > 0 && at.every((k) => k >= from && k < to && !read.has(k)) ? [{ range, at }] : [];
  });
  if (ranges.length === 0) return undefined;
  const schemas = context.table_schemas;
  const named = new Set(
    schemaMentions(words, schemas)
      .filter((m) => m.column !== undefined && m.start >= from && m.start < to)
      .map((m) => `${bareName(m.table)}.${m.column}`),
  );
  const candidates = tables.flatMap((name, rank) => {
    const table = findTable(schemas, name);
    return (table?.columns ?? []).filter(isDateColumn).map((column) => ({ table: table!.name, column: column.name, score: (named.has(`${bareName(table!.name)}.${column.name}`) ? 4 : 0) - rank }));
  });
  const owner = candidates.length === 0 && tables.length > 0 ? findTable(schemas, occurrenceOwner(schemas, tables[0]!, { excluded: subject, lifespans: true }) ?? '') : undefined;
  const ownerDate = owner?.columns.find(isDateColumn);
  if (owner && ownerDate) candidates.push({ table: owner.name, column: ownerDate.name, score: 0 });
  const best = candidates.sort((a, b) => b.score - a.score)[0];
  if (!best) return 'no date column';
  const column = ref(best.table, best.column);
  const condition = ({ range }: (typeof ranges)[number]): string => `${column} >= ${dialect.date(range.start)} AND ${column} < ${dialect.date(range.end)}`;
  const sql = ranges.length === 1 ? condition(ranges[0]!) : `(${ranges.map((r) => `(${condition(r)})`).join(' OR ')})`;
  return { table: best.table, column: best.column, sql, words: ranges.flatMap((r) => r.at) };
}

/** Word indexes of a phrase of the question, or none when its words are not found in a row. */
export function phraseWords(words: readonly QuestionWord[], phrase: string): number[] {
  const target = normalizeValueText(phrase).split(' ').filter(Boolean);
  const texts = words.map((w) => normalizeValueText(w.text));
  for (let i = 0; i + target.length <= texts.length; i++) {
    if (target.length > 0 && target.every((t, k) => texts[i + k] === t)) return target.map((_, k) => i + k);
  }
  return [];
}
