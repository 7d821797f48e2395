import { addDays, addYears, isValid, parseISO } from 'date-fns';
import { addUnits } from './calendar-unit.js';

/** A calendar period named in a question, as a half-open [start, end). */
export interface Period {
  start: Date;
  end: Date;
  /** "month-name" and "quarter-name" lack a year ("March", "Q3"); "year" is a bare year ("2024"). */
  kind: 'day' | 'month' | 'quarter' | 'year' | 'month-name' | 'quarter-name';
}

const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?(?![a-z])';
const YEAR = '(?:19|20)\\d{2}';

/** Regex source for one period: a date, a month, a quarter or a year, with or without its year. */
export const PERIOD_PATTERN = [
  `${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+${YEAR}`,
  `${YEAR}-\\d{2}-\\d{2}`,
  `${YEAR}-\\d{2}(?![\\d-])`,
  `q[1-4]\\s+(?:of\\s+)?${YEAR}`,
  `${YEAR}\\s*-?\\s*q[1-4]`,
  `${MONTH}\\s*,?\\s*(?:of\\s+)?${YEAR}`,
  `${YEAR}(?![\\d-])`,
  `q[1-4](?![\\d])`,
  MONTH,
].join('|');

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function monthNumber(text: string): number {
  return MONTHS.indexOf(text.slice(0, 3).toLowerCase());
}

function date(year: number, month: number, day = 1): Date {
  return new Date(year, month, day);
}

/** For a month or quarter without a year: the latest one already started by today, or the first starting on or after notBefore. */
function withoutYear(startIn: (year: number) => Date, today: Date, notBefore?: Date): Date {
  if (notBefore) {
    const start = startIn(notBefore.getFullYear());
    return start < notBefore ? startIn(notBefore.getFullYear() + 1) : start;
  }
  const start = startIn(today.getFullYear());
  return start > today ? addYears(start, -1) : start;
}

/** Reads one period matched by PERIOD_PATTERN. */
export function parsePeriod(text: string, today: Date, notBefore?: Date): Period | undefined {
  const lower = text.trim().toLowerCase();
  let match: RegExpExecArray | null;
  if ((match = /^([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/.exec(lower))) {
    const start = date(Number(match[3]), monthNumber(match[1]), Number(match[2]));
    return start.getDate() === Number(match[2]) ? { start, end: addDays(start, 1), kind: 'day' } : undefined;
  }
  if (/^\d{4}-\d{2}-\d{2}$/.test(lower)) {
    const start = parseISO(lower);
    return isValid(start) ? { start, end: addDays(start, 1), kind: 'day' } : undefined;
  }
  if ((match = /^(\d{4})-(\d{2})$/.exec(lower))) {
    const month = Number(match[2]) - 1;
    if (month < 0 || month > 11) return undefined;
    const start = date(Number(match[1]), month);
    return { start, end: addUnits(start, 'month', 1), kind: 'month' };
  }
  const quarterYear = /^q([1-4])\s+(?:of\s+)?(\d{4})$/.exec(lower);
  const yearQuarter = /^(\d{4})\s*-?\s*q([1-4])$/.exec(lower);
  if (quarterYear || yearQuarter) {
    const [quarter, year] = quarterYear ? [quarterYear[1], quarterYear[2]] : [yearQuarter?.[2], yearQuarter?.[1]];
    const start = date(Number(year), (Number(quarter) - 1) * 3);
    return { start, end: addUnits(start, 'quarter', 1), kind: 'quarter' };
  }
  if ((match = /^([a-z]+)\.?\s*,?\s*(?:of\s+)?(\d{4})$/.exec(lower))) {
    const start = date(Number(match[2]), monthNumber(match[1]));
    return { start, end: addUnits(start, 'month', 1), kind: 'month' };
  }
  if (/^\d{4}$/.test(lower)) {
    const start = date(Number(lower), 0);
    return { start, end: addUnits(start, 'year', 1), kind: 'year' };
  }
  if ((match = /^q([1-4])$/.exec(lower))) {
    const quarter = Number(match[1]) - 1;
    const start = withoutYear((year) => date(year, quarter * 3), today, notBefore);
    return { start, end: addUnits(start, 'quarter', 1), kind: 'quarter-name' };
  }
  if ((match = /^([a-z]+)\.?$/.exec(lower)) && monthNumber(match[1]) >= 0) {
    const month = monthNumber(match[1]);
    const start = withoutYear((year) => date(year, month), today, notBefore);
    return { start, end: addUnits(start, 'month', 1), kind: 'month-name' };
  }
  return undefined;
}
