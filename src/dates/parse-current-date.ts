import { UsageError } from '../errors.js';

/**
 * Years a current date may fall in. Wide enough for any real reporting date, narrow enough that
 * "last quarter" and "past 2 years" stay inside what every engine's DATE type can hold.
 */
export const FIRST_YEAR = 1900;
export const LAST_YEAR = 2200;

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Why text is not a usable current date, or undefined when it is one. */
export function currentDateProblem(text: string): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return `"${text}" is not a date; use YYYY-MM-DD`;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < FIRST_YEAR || year > LAST_YEAR) return `${text} is out of range; the year must be ${FIRST_YEAR}–${LAST_YEAR}`;
  if (month < 1 || month > 12) return `${text} is not a date: there is no month ${month}`;
  const days = daysInMonth(year, month);
  if (day < 1 || day > days) return `${text} is not a date: ${MONTH_NAMES[month - 1]} ${year} has ${days} days`;
  return undefined;
}

/** A UsageError, so the CLI prints its one line and exits 2. */
export class CurrentDateError extends UsageError {
  constructor(message: string) {
    super(message);
    this.name = 'CurrentDateError';
  }
}

/** The one check for a current date, from a flag, a batch line or a library call; throws CurrentDateError with one line. */
export function parseCurrentDate(text: string): string {
  const message = currentDateProblem(text);
  if (message) throw new CurrentDateError(message);
  return text;
}
