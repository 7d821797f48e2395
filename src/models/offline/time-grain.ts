import { duckdbDialect } from '../../dialects/duckdb-dialect.js';
import type { SqlDialect } from '../../dialects/sql-dialect.js';

export type TimeGrain = 'day' | 'week' | 'month' | 'quarter' | 'year';

export const GRAIN_ADJECTIVES: Readonly<Record<string, TimeGrain>> = {
  daily: 'day',
  weekly: 'week',
  monthly: 'month',
  quarterly: 'quarter',
  yearly: 'year',
  annual: 'year',
  annually: 'year',
};

export const GRAIN_NOUNS: Readonly<Record<string, TimeGrain>> = {
  day: 'day',
  date: 'day',
  week: 'week',
  month: 'month',
  quarter: 'quarter',
  year: 'year',
};

/** The first day of the grain's period, as a date so months read "2026-07-01". */
export function truncateToGrain(grain: TimeGrain, column: string, dialect: SqlDialect = duckdbDialect): string {
  return dialect.truncate(grain, column);
}
