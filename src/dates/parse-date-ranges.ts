import { addDays, addYears, format, parseISO } from 'date-fns';
import type { DateRange } from '../context/context-schema.js';
import { addUnits, type CalendarUnit, startOfUnit } from './calendar-unit.js';
import { parseGrain } from './parse-grain.js';
import { PERIOD_PATTERN, parsePeriod } from './parse-period.js';

interface Span {
  start: Date;
  end: Date;
}

interface Rule {
  pattern: RegExp;
  resolve(groups: Record<string, string | undefined>, today: Date): Span | undefined;
}

const UNIT = '(?<unit>day|week|month|quarter|year)';
const NUMBER_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
const COUNT = `(?<count>\\d{1,4}|${NUMBER_WORDS.join('|')})`;
const PERIOD = (name: string): string => `(?<${name}>${PERIOD_PATTERN})`;
const END = '(?![\\w-])';

const unitOf = (groups: Record<string, string | undefined>): CalendarUnit => (groups.unit ?? 'day').toLowerCase() as CalendarUnit;

function count(text: string | undefined): number {
  const lower = (text ?? '1').toLowerCase();
  const word = NUMBER_WORDS.indexOf(lower);
  return word >= 0 ? word + 1 : Number(lower);
}

function calendarUnit(today: Date, unit: CalendarUnit, offset: number): Span {
  const start = addUnits(startOfUnit(today, unit), unit, offset);
  return { start, end: addUnits(start, unit, 1) };
}

/** Ordered most specific first: a later rule never claims words an earlier one read. */
const RULES: Rule[] = [
  {
    pattern: new RegExp(`\\b(?:between\\s+${PERIOD('a')}\\s+and|from\\s+${PERIOD('from')}\\s+(?:to|until|till|through|thru|-))\\s+${PERIOD('b')}${END}`, 'gi'),
    resolve(groups, today) {
      const first = parsePeriod(groups.a ?? groups.from ?? '', today);
      const last = first && parsePeriod(groups.b ?? '', today, first.start);
      if (!first || !last || last.end <= first.start) return undefined;
      const yearless = first.kind.endsWith('-name') && last.kind.endsWith('-name');
      const shift = yearless && last.start > today ? -1 : 0;
      return { start: addYears(first.start, shift), end: addYears(last.end, shift) };
    },
  },
  {
    pattern: new RegExp(`\\b(?:since|starting(?:\\s+(?:from|in|on))?|beginning(?:\\s+(?:of|in|on))?)\\s+${PERIOD('a')}${END}`, 'gi'),
    resolve(groups, today) {
      const period = parsePeriod(groups.a ?? '', today);
      const end = addDays(today, 1);
      return period && period.start < end ? { start: period.start, end } : undefined;
    },
  },
  {
    pattern: new RegExp(`\\b(?:past|last|previous|prior|trailing)\\s+${COUNT}\\s+${UNIT}s?\\b`, 'gi'),
    resolve(groups, today) {
      const amount = count(groups.count);
      if (!(amount > 0)) return undefined;
      const end = addDays(today, 1);
      return { start: addUnits(end, unitOf(groups), -amount), end };
    },
  },
  {
    pattern: new RegExp(`\\b(?:past|trailing)\\s+${UNIT}\\b`, 'gi'),
    resolve(groups, today) {
      const end = addDays(today, 1);
      return { start: addUnits(end, unitOf(groups), -1), end };
    },
  },
  {
    pattern: new RegExp(`\\b(?:last|previous|prior)\\s+${UNIT}\\b`, 'gi'),
    resolve: (groups, today) => calendarUnit(today, unitOf(groups), -1),
  },
  {
    pattern: new RegExp(`\\b(?:this|current)\\s+${UNIT}\\b`, 'gi'),
    resolve: (groups, today) => calendarUnit(today, unitOf(groups), 0),
  },
  {
    pattern: new RegExp(`\\bnext\\s+${UNIT}\\b`, 'gi'),
    resolve: (groups, today) => calendarUnit(today, unitOf(groups), 1),
  },
  {
    pattern: /\b(?:(?<unit>year|quarter|month|week)[\s-]+to[\s-]+date|(?<abbr>ytd|qtd|mtd|wtd))\b/gi,
    resolve(groups, today) {
      const abbreviations: Record<string, CalendarUnit> = { y: 'year', q: 'quarter', m: 'month', w: 'week' };
      const unit = groups.abbr ? abbreviations[groups.abbr[0].toLowerCase()] : unitOf(groups);
      return { start: startOfUnit(today, unit), end: addDays(today, 1) };
    },
  },
  {
    pattern: /\b(?<day>yesterday|today)\b/gi,
    resolve: (groups, today) => calendarUnit(today, 'day', groups.day?.toLowerCase() === 'today' ? 0 : -1),
  },
  {
    pattern: new RegExp(`(?:\\b(?<preposition>in|during|for|of|throughout|on|over)\\s+(?:the\\s+)?)?\\b${PERIOD('a')}${END}`, 'gi'),
    resolve(groups, today) {
      const period = parsePeriod(groups.a ?? '', today);
      if (!period) return undefined;
      const needsPreposition = period.kind === 'year' || period.kind === 'month-name';
      return needsPreposition && !groups.preposition ? undefined : period;
    },
  },
];

const iso = (date: Date): string => format(date, 'yyyy-MM-dd');

/**
 * Reads time phrases as half-open [start, end) ISO date ranges relative to currentDate (YYYY-MM-DD).
 * Conventions: "last/previous <unit>" is the previous calendar unit and "this <unit>" the whole current one;
 * "past/last N <units>" and "... to date"/"since ..." end tomorrow, so today is included; weeks start on Monday;
 * a month or quarter without a year is the latest one already started (a yearless "from A to B" ends by today); "between/from A and/to B" includes all of B.
 * Every range carries the question's grain word ("monthly" → month), if it has one.
 */
export function parseDateRanges(text: string, currentDate: string): DateRange[] {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(currentDate)) throw new Error(`current date "${currentDate}" is not YYYY-MM-DD`);
  const today = parseISO(currentDate);
  const grain = parseGrain(text);
  const claimed: Array<[number, number]> = [];
  const found: Array<{ at: number; range: DateRange }> = [];
  for (const rule of RULES) {
    for (const match of text.matchAll(rule.pattern)) {
      const from = match.index ?? 0;
      const to = from + match[0].length;
      if (claimed.some(([start, end]) => from < end && start < to)) continue;
      const span = rule.resolve(match.groups ?? {}, today);
      if (!span) continue;
      claimed.push([from, to]);
      const range: DateRange = { phrase: match[0].trim(), start: iso(span.start), end: iso(span.end) };
      found.push({ at: from, range: grain ? { ...range, grain } : range });
    }
  }
  return found.sort((a, b) => a.at - b.at).map((entry) => entry.range);
}
