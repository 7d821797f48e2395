import { z } from 'zod';
import type { YearStart } from './year-start.js';

/**
 * A namespace's `fiscal_year_start`: a month number (7 = July 1) or MM-DD ("02-01"). The day stops at 28
 * so the start exists in every year. A fiscal year is named after the calendar year it ends in
 * (start 07-01: FY2025 is 2024-07-01 .. 2025-07-01), the way most companies name theirs.
 */
export const FiscalYearStartSchema = z.union([
  z.number().int().min(1, 'fiscal_year_start is a month 1–12 or MM-DD').max(12, 'fiscal_year_start is a month 1–12 or MM-DD'),
  z
    .string()
    .regex(/^(0[1-9]|1[0-2])-(0[1-9]|1\d|2[0-8])$/, 'fiscal_year_start is a month 1–12 or MM-DD with a day 01–28'),
]);
export type FiscalYearStart = z.infer<typeof FiscalYearStartSchema>;

export function yearStartOf(value: FiscalYearStart | undefined): YearStart | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'number') return { month: value - 1, day: 1 };
  const [month, day] = value.split('-').map(Number);
  return { month: month! - 1, day: day! };
}
