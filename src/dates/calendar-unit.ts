import { addDays, addMonths, addQuarters, addWeeks, addYears, startOfDay, startOfMonth, startOfQuarter, startOfWeek, startOfYear } from 'date-fns';
import type { Grain } from './parse-grain.js';

export type CalendarUnit = Grain;

/** Start of the calendar unit containing a date; weeks start on Monday (ISO). */
export function startOfUnit(date: Date, unit: CalendarUnit): Date {
  switch (unit) {
    case 'day':
      return startOfDay(date);
    case 'week':
      return startOfWeek(date, { weekStartsOn: 1 });
    case 'month':
      return startOfMonth(date);
    case 'quarter':
      return startOfQuarter(date);
    case 'year':
      return startOfYear(date);
  }
}

export function addUnits(date: Date, unit: CalendarUnit, amount: number): Date {
  switch (unit) {
    case 'day':
      return addDays(date, amount);
    case 'week':
      return addWeeks(date, amount);
    case 'month':
      return addMonths(date, amount);
    case 'quarter':
      return addQuarters(date, amount);
    case 'year':
      return addYears(date, amount);
  }
}
