import { duckdbDialect } from '../../dialects/duckdb-dialect.js';
import type { SqlDialect } from '../../dialects/sql-dialect.js';
import { wordTable } from '../../own-entry.js';

export type TimeGrain = 'day' | 'week' | 'month' | 'quarter' | 'year';

/**
 * Adjectives of a period, which come before the noun they narrow ("monthly rent", "hourly rate"), with the grain SQL
 * groups by where the period has one.
 */
export const PERIOD_ADJECTIVES: ReadonlyMap<string, TimeGrain | undefined> = new Map([
  ['hourly', undefined],
  ['daily', 'day'],
  ['nightly', undefined],
  ['weekly', 'week'],
  ['fortnightly', undefined],
  ['monthly', 'month'],
  ['quarterly', 'quarter'],
  ['yearly', 'year'],
  ['annual', 'year'],
]);

/** The words that ask for a grain by its adjective: the period adjectives that have one, and "annually" after its noun. */
export const GRAIN_ADJECTIVES: Readonly<Record<string, TimeGrain>> = wordTable({
  ...Object.fromEntries([...PERIOD_ADJECTIVES].filter((entry): entry is [string, TimeGrain] => entry[1] !== undefined)),
  annually: 'year',
});

export const GRAIN_NOUNS: Readonly<Record<string, TimeGrain>> = wordTable({
  day: 'day',
  date: 'day',
  week: 'week',
  month: 'month',
  quarter: 'quarter',
  year: 'year',
});

/** The first day of the grain's period, as a date so months read "2026-07-01". */
export function truncateToGrain(grain: TimeGrain, column: string, dialect: SqlDialect = duckdbDialect): string {
  return dialect.truncate(grain, column);
}
