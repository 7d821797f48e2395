import { addDays } from 'date-fns/addDays';
import { addMonths } from 'date-fns/addMonths';
import { addWeeks } from 'date-fns/addWeeks';
import { getISOWeeksInYear } from 'date-fns/getISOWeeksInYear';
import { startOfISOWeek } from 'date-fns/startOfISOWeek';
import { addUnits, type CalendarUnit, unitAround } from './calendar-unit.js';
import { monthNumberByStart } from './month-names.js';
import { CALENDAR_YEAR, type YearStart } from './year-start.js';
import { NUMBER_WORDS } from '../lexicon/numerals.js';
import { WEEKDAYS } from '../lexicon/weekdays.js';
import { wordTable } from '../own-entry.js';

/** A calendar period named in a question, as a half-open [start, end). */
export interface Period {
  start: Date;
  end: Date;
  /** Named without a year ("March", "Q3", "week 12"): resolved to the latest one already started, or placed by inYear. */
  inYear?: (year: number) => Period | undefined;
  /** Also an everyday word or number ("2024", "May", "first quarter"): a date only after a preposition or in a range. */
  needsPreposition: boolean;
  /** Counted from the current date ("last quarter", "yesterday"): its phrase is the words alone, without "for the". */
  relative?: boolean;
}

export interface PeriodOptions {
  today: Date;
  /** First day of the fiscal year; fiscal phrases ("FY25", "last fiscal year") count from it. */
  fiscalYearStart?: YearStart;
  /** For a period without a year: take the first one starting on or after this date instead of the latest already started. */
  notBefore?: Date;
}

interface Form {
  source: string;
  read(match: RegExpExecArray, options: PeriodOptions): Period | undefined;
}

const MONTH =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?(?![a-z])';
const YEAR = '((?:19|20)\\d{2})(?!\\d)';
/** A year written with an apostrophe for its century ("'26"). */
const CLIPPED_YEAR = "['’](\\d{2})(?![\\d'’])";
const FISCAL_YEAR = "(?:fy\\s*'?|fiscal\\s+(?:year\\s+)?)(\\d{4}|\\d{2})(?!\\d)";
const ORDINAL = '(first|second|third|fourth|1st|2nd|3rd|4th|last|final)';
const YEARLESS_ORDINAL = '(first|second|third|fourth|1st|2nd|3rd|4th)';
const RELATIVE = '(last|previous|prior|this|current|next)';
export const COUNT = `(\\d{1,3}|${NUMBER_WORDS.join('|')})`;
const AFTER_WORD = '(?![\\w-])';

const WEEKDAY = `(${WEEKDAYS.join('|')})`;
const ORDINALS: Record<string, number> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4 };
const OFFSETS: Record<string, number> = wordTable({ last: -1, previous: -1, prior: -1, this: 0, current: 0, next: 1 });

export function countOf(text: string): number {
  const word = (NUMBER_WORDS as readonly string[]).indexOf(text.toLowerCase());
  return word >= 0 ? word + 1 : Number(text);
}

const monthOf = (text: string): number => (monthNumberByStart(text) ?? 0) - 1;
/** "last quarter of 2024" is its fourth quarter; "last half" its second. */
const ordinalOf = (text: string, parts: number): number => ORDINALS[text.toLowerCase()] ?? parts;
const fullYear = (text: string): number => (text.length === 2 ? 2000 + Number(text) : Number(text));

function span(start: Date, unit: CalendarUnit, needsPreposition = false): Period {
  return { start, end: addUnits(start, unit, 1), needsPreposition };
}

function day(year: number, month: number, date: number): Period | undefined {
  const start = new Date(year, month, date);
  return start.getMonth() === month && start.getDate() === date ? span(start, 'day') : undefined;
}

function isoWeek(year: number, week: number): Period | undefined {
  if (week < 1 || week > getISOWeeksInYear(new Date(year, 0, 4))) return undefined;
  return span(addWeeks(startOfISOWeek(new Date(year, 0, 4)), week - 1), 'week');
}

/** Fiscal year N ends in calendar year N (with a January 1 start it is calendar year N). */
function fiscalYearStart(year: number, start: YearStart = CALENDAR_YEAR): Date {
  const shifted = start.month === 0 && start.day === 1 ? year : year - 1;
  return new Date(shifted, start.month, start.day);
}

/** "Monday" is the latest Monday up to today; "last Monday" the latest before today; "this Monday" the one in this ISO week. */
function weekday(name: string, which: string | undefined, today: Date): Period {
  const monday = startOfISOWeek(today);
  const index = (WEEKDAYS as readonly string[]).indexOf(name.toLowerCase());
  let date = addDays(monday, index);
  const word = which?.toLowerCase();
  if (word === 'last' || word === 'previous') {
    if (date >= today) date = addDays(date, -7);
  } else if (word !== 'this' && date > today) {
    date = addDays(date, -7);
  }
  return { ...span(date, 'day', word === undefined), relative: word !== undefined };
}

function yearless(inYear: (year: number) => Period | undefined, options: PeriodOptions, needsPreposition = false): Period | undefined {
  const { today, notBefore } = options;
  let period: Period | undefined;
  if (notBefore) {
    period = inYear(notBefore.getFullYear());
    if (period && period.start < notBefore) period = inYear(notBefore.getFullYear() + 1);
  } else {
    period = inYear(today.getFullYear());
    if (period && period.start > today) period = inYear(today.getFullYear() - 1);
  }
  return period && { ...period, inYear, needsPreposition };
}

function relativeYear(word: string, today: Date): number {
  return today.getFullYear() + (OFFSETS[word.toLowerCase()] ?? 0);
}

/** A part of a year named by a quarter/half code ("q3", "h1"), an ordinal and unit, or a month. */
function partOfYear(code: string | undefined, ordinal: string | undefined, unit: string | undefined, month: string | undefined): ((year: number) => Period | undefined) | undefined {
  if (code) {
    const number = Number(code.slice(1));
    return code[0]!.toLowerCase() === 'q' ? (year) => span(new Date(year, (number - 1) * 3), 'quarter') : (year) => span(new Date(year, (number - 1) * 6), 'half');
  }
  if (ordinal && unit) {
    const isQuarter = unit.toLowerCase() === 'quarter';
    const number = ordinalOf(ordinal, isQuarter ? 4 : 2);
    if (!isQuarter && number > 2) return undefined;
    return (year) => span(new Date(year, (number - 1) * (isQuarter ? 3 : 6)), isQuarter ? 'quarter' : 'half');
  }
  if (month) return (year) => span(new Date(year, monthOf(month)), 'month');
  return undefined;
}

/** Ordered so that a longer form comes before any form that reads only its beginning. */
const FORMS: Form[] = [
  { source: `${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+${YEAR}`, read: (m) => day(Number(m[3]), monthOf(m[1]!), Number(m[2])) },
  { source: `(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH},?\\s+${YEAR}`, read: (m) => day(Number(m[3]), monthOf(m[2]!), Number(m[1])) },
  { source: `${YEAR}-(\\d{2})-(\\d{2})(?!\\d)`, read: (m) => day(Number(m[1]), Number(m[2]) - 1, Number(m[3])) },
  { source: `${YEAR}-?w(\\d{2})(?!\\d)`, read: (m) => isoWeek(Number(m[1]), Number(m[2])) },
  { source: `(?:iso\\s+)?week\\s+(\\d{1,2})\\s*(?:of|in|,)?\\s*${YEAR}`, read: (m) => isoWeek(Number(m[2]), Number(m[1])) },
  {
    source: `${YEAR}-(\\d{2})(?![\\d-])`,
    read: (m) => (Number(m[2]) >= 1 && Number(m[2]) <= 12 ? span(new Date(Number(m[1]), Number(m[2]) - 1), 'month') : undefined),
  },
  { source: `${MONTH}\\s*,?\\s*(?:of\\s+)?${YEAR}`, read: (m) => span(new Date(Number(m[2]), monthOf(m[1]!)), 'month') },
  // "Aug '26": the year's last two digits, its century left out where the apostrophe stands.
  { source: `${MONTH}\\s*${CLIPPED_YEAR}`, read: (m) => span(new Date(fullYear(m[2]!), monthOf(m[1]!)), 'month') },
  { source: `q([1-4])\\s*${CLIPPED_YEAR}`, read: (m) => span(new Date(fullYear(m[2]!), (Number(m[1]) - 1) * 3), 'quarter') },
  {
    source: `(?:fiscal\\s+)?q([1-4])\\s*(?:of\\s+)?${FISCAL_YEAR}`,
    read: (m, o) => span(addMonths(fiscalYearStart(fullYear(m[2]!), o.fiscalYearStart), (Number(m[1]) - 1) * 3), 'quarter'),
  },
  {
    source: `fy\\s*'?(\\d{4}|\\d{2})\\s*-?\\s*q([1-4])(?!\\d)`,
    read: (m, o) => span(addMonths(fiscalYearStart(fullYear(m[1]!), o.fiscalYearStart), (Number(m[2]) - 1) * 3), 'quarter'),
  },
  {
    source: `fiscal\\s+q([1-4])\\s*(?:of\\s+)?${YEAR}`,
    read: (m, o) => span(addMonths(fiscalYearStart(Number(m[2]), o.fiscalYearStart), (Number(m[1]) - 1) * 3), 'quarter'),
  },
  { source: `q([1-4])\\s*(?:of\\s+)?${YEAR}`, read: (m) => span(new Date(Number(m[2]), (Number(m[1]) - 1) * 3), 'quarter') },
  { source: `${YEAR}\\s*-?\\s*q([1-4])(?!\\d)`, read: (m) => span(new Date(Number(m[1]), (Number(m[2]) - 1) * 3), 'quarter') },
  { source: `h([12])\\s*(?:of\\s+)?${YEAR}`, read: (m) => span(new Date(Number(m[2]), (Number(m[1]) - 1) * 6), 'half') },
  { source: `${YEAR}\\s*-?\\s*h([12])(?!\\d)`, read: (m) => span(new Date(Number(m[1]), (Number(m[2]) - 1) * 6), 'half') },
  {
    source: `${ORDINAL}\\s+(quarter|half)\\s+(?:of\\s+)?${YEAR}`,
    read: (m) => partOfYear(undefined, m[1], m[2], undefined)?.(Number(m[3])),
  },
  {
    source: `(?:(q[1-4]|h[12])|${ORDINAL}\\s+(quarter|half)|${MONTH})\\s+(?:of\\s+)?${RELATIVE}\\s+year${AFTER_WORD}`,
    read: (m, o) => partOfYear(m[1], m[2], m[3], m[4])?.(relativeYear(m[5]!, o.today)),
  },
  { source: FISCAL_YEAR, read: (m, o) => span(fiscalYearStart(fullYear(m[1]!), o.fiscalYearStart), 'year') },
  {
    source: `(?:the\\s+)?(fiscal\\s+)?(week|month|quarter|half|year)\\s+before\\s+last${AFTER_WORD}`,
    read: (m, o) => ({ ...unitAround(o.today, m[2]!.toLowerCase() as CalendarUnit, -2, m[1] ? o.fiscalYearStart : undefined), needsPreposition: false, relative: true }),
  },
  {
    source: `${RELATIVE}\\s+(fiscal\\s+)?(week|month|quarter|half|year)${AFTER_WORD}(?!\\s+of\\b)`,
    read: (m, o) => ({
      ...unitAround(o.today, m[3]!.toLowerCase() as CalendarUnit, OFFSETS[m[1]!.toLowerCase()]!, m[2] ? o.fiscalYearStart : undefined),
      needsPreposition: false,
      relative: true,
    }),
  },
  {
    source: `${COUNT}\\s+(day|week|month|quarter|year)s?\\s+ago${AFTER_WORD}`,
    read: (m, o) => ({ ...unitAround(o.today, m[2]!.toLowerCase() as CalendarUnit, -countOf(m[1]!)), needsPreposition: false, relative: true }),
  },
  { source: `(yesterday|today)${AFTER_WORD}`, read: (m, o) => ({ ...span(addDays(o.today, m[1]!.toLowerCase() === 'today' ? 0 : -1), 'day'), relative: true }) },
  {
    source: `(last|this)\\s+weekend${AFTER_WORD}`,
    read: (m, o) => {
      const saturday = addDays(startOfISOWeek(o.today), m[1]!.toLowerCase() === 'last' ? -2 : 5);
      return { start: saturday, end: addDays(saturday, 2), needsPreposition: false, relative: true };
    },
  },
  { source: `(last|previous|this)\\s+${WEEKDAY}${AFTER_WORD}`, read: (m, o) => weekday(m[2]!, m[1], o.today) },
  { source: `${YEAR}(?!-\\d{1,2}(?!\\d))(?!-?w\\d)`, read: (m) => span(new Date(Number(m[1]), 0), 'year', true) },
  { source: `q([1-4])(?!\\d)`, read: (m, o) => yearless(partOfYear(`q${m[1]}`, undefined, undefined, undefined)!, o) },
  { source: `h([12])(?![\\w-])`, read: (m, o) => yearless(partOfYear(`h${m[1]}`, undefined, undefined, undefined)!, o, true) },
  {
    source: `${YEARLESS_ORDINAL}\\s+(quarter|half)${AFTER_WORD}(?!\\s+of\\b)`,
    read: (m, o) => {
      const inYear = partOfYear(undefined, m[1], m[2], undefined);
      return inYear && yearless(inYear, o, true);
    },
  },
  { source: `(?:iso\\s+)?week\\s+(\\d{1,2})(?!\\d)`, read: (m, o) => yearless((year) => isoWeek(year, Number(m[1])), o) },
  { source: MONTH, read: (m, o) => yearless(partOfYear(undefined, undefined, undefined, m[1])!, o, true) },
  { source: `${WEEKDAY}${AFTER_WORD}`, read: (m, o) => weekday(m[1]!, undefined, o.today) },
];

const ANCHORED = FORMS.map((form) => new RegExp(`^(?:${form.source})$`, 'i'));

/** Regex source for one period: a date, week, month, quarter, half or (fiscal) year, absolute, relative or without its year. */
export const PERIOD_PATTERN = FORMS.map((form) => form.source).join('|');

/** Reads one period matched by PERIOD_PATTERN; undefined when it names no real period ("2025-02-30", "week 60 of 2025"). */
export function parsePeriod(text: string, options: PeriodOptions): Period | undefined {
  const trimmed = text.trim();
  for (const [index, form] of FORMS.entries()) {
    const match = ANCHORED[index]!.exec(trimmed);
    if (!match) continue;
    const period = form.read(match, options);
    if (period) return period;
  }
  return undefined;
}
