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

/** `date_trunc` to the grain, as a DATE so months read "2026-07-01". */
export function truncateToGrain(grain: TimeGrain, column: string): string {
  return `CAST(date_trunc('${grain}', ${column}) AS DATE)`;
}
