import { addDays } from 'date-fns/addDays';
import { addMonths } from 'date-fns/addMonths';
import { addWeeks } from 'date-fns/addWeeks';
import { startOfDay } from 'date-fns/startOfDay';
import { startOfISOWeek } from 'date-fns/startOfISOWeek';
import { startOfMonth } from 'date-fns/startOfMonth';
import type { Grain } from './parse-grain.js';
import { CALENDAR_YEAR, type YearStart } from './year-start.js';

export type CalendarUnit = Grain | 'half';

const MONTHS_IN: Record<'month' | 'quarter' | 'half' | 'year', number> = { month: 1, quarter: 3, half: 6, year: 12 };

/**
 * Start of the unit containing a date. Weeks start on Monday (ISO). Quarters, halves and years are counted
 * from yearStart (a fiscal year's first day; January 1 by default).
 */
export function startOfUnit(date: Date, unit: CalendarUnit, yearStart: YearStart = CALENDAR_YEAR): Date {
  if (unit === 'day') return startOfDay(date);
  if (unit === 'week') return startOfISOWeek(date);
  if (unit === 'month') return startOfMonth(date);
  let anchor = new Date(date.getFullYear(), yearStart.month, yearStart.day);
  if (anchor > date) anchor = new Date(date.getFullYear() - 1, yearStart.month, yearStart.day);
  const step = MONTHS_IN[unit];
  let index = 0;
  while (addMonths(anchor, (index + 1) * step) <= date) index++;
  return addMonths(anchor, index * step);
}

export function addUnits(date: Date, unit: CalendarUnit, amount: number): Date {
  if (unit === 'day') return addDays(date, amount);
  if (unit === 'week') return addWeeks(date, amount);
  return addMonths(date, amount * MONTHS_IN[unit]);
}

/** The whole unit `offset` units away from the one containing today (0: this one, -1: the previous one). */
export function unitAround(today: Date, unit: CalendarUnit, offset: number, yearStart?: YearStart): { start: Date; end: Date } {
  const start = addUnits(startOfUnit(today, unit, yearStart), unit, offset);
  return { start, end: addUnits(start, unit, 1) };
}
