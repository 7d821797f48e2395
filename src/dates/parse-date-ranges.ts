import { addDays } from 'date-fns/addDays';
import { formatISO } from 'date-fns/formatISO';
import { parseISO } from 'date-fns/parseISO';
import type { DateRange } from '../context/context-schema.js';
import { addUnits, type CalendarUnit, startOfUnit } from './calendar-unit.js';
import { parseCurrentDate } from './current-date-schema.js';
import { matchesOf } from './matches-of.js';
import { mayNameADate } from './may-name-a-date.js';
import { OPEN_END, OPEN_START } from './open-bounds.js';
import { parseGrain } from './parse-grain.js';
import { respellMonths } from './respell-months.js';
import { writeNamedDays } from './named-days.js';
import { COUNT, countOf, PERIOD_PATTERN, type Period, type PeriodOptions, parsePeriod } from './parse-period.js';
import type { YearStart } from './year-start.js';

export interface DateReadingOptions {
  /** First day of the namespace's fiscal year; fiscal phrases fall back to the calendar year without it. */
  fiscalYearStart?: YearStart;
}

/** Start and end of a range; a missing side is open (OPEN_START / OPEN_END). */
interface Span {
  start?: Date;
  end?: Date;
  /** The words that name the range, when not the whole match. */
  phrase?: string;
}

type Groups = Record<string, string | undefined>;

interface Rule {
  /** A cheap test every match passes (a word of the rule's own), so text without it skips the long pattern. */
  hint?: RegExp;
  pattern: RegExp;
  resolve(groups: Groups, options: PeriodOptions, after: string): Span | undefined;
}

const UNIT = '(?<unit>day|week|month|quarter|half|year)';
const PERIOD = (name: string): string => `(?:the\\s+)?(?<${name}>${PERIOD_PATTERN})`;
const END = '(?![\\w-])';
const PREPOSITION = '(?:in|during|for|from|of|throughout|on|over|within)';
const rule = (hint: RegExp | undefined, source: string, resolve: Rule['resolve']): Rule => ({ hint, pattern: new RegExp(source, 'gi'), resolve });

const unitOf = (groups: Groups): CalendarUnit => (groups.unit ?? 'day').toLowerCase() as CalendarUnit;

/** A bare year followed by a plural noun is a count ("up to 2000 customers"), not a year. */
function countedThing(period: Period, after: string): boolean {
  return period.needsPreposition && /^\s+(?!(?:was|is|has|does|as|vs|plus|this|thus)\b)[a-z]+s\b/i.test(after);
}

function read(text: string | undefined, options: PeriodOptions, after = ''): Period | undefined {
  const period = text === undefined ? undefined : parsePeriod(text, options);
  return period && !countedThing(period, after) ? period : undefined;
}

/** From the start of the first period to the end of the last; a year on the last alone applies to both ("March to May 2025"). */
function between(first: string | undefined, last: string | undefined, options: PeriodOptions, after: string): Span | undefined {
  let a = read(first, options);
  if (!a) return undefined;
  let b = read(last, { ...options, notBefore: a.start }, after);
  if (!b) return undefined;
  if (a.inYear && !b.inYear) {
    const year = b.start.getFullYear();
    const placed = a.inYear(year);
    a = placed && placed.start < b.end ? placed : a.inYear(year - 1);
  } else if (a.inYear && b.inYear && b.start > options.today) {
    a = a.inYear(a.start.getFullYear() - 1);
    b = b.inYear(b.start.getFullYear() - 1);
  }
  if (!a || !b || b.end <= a.start) return undefined;
  return { start: a.start, end: b.end };
}

/** From a date on: up to and including the current date, or open when it starts later. */
function onward(start: Date, today: Date): Span {
  const tomorrow = addDays(today, 1);
  return start < tomorrow ? { start, end: tomorrow } : { start };
}

/** Ordered most specific first: a later rule never claims words an earlier one read. */
const RULES: Rule[] = [
  rule(/between/i, `\\bbetween\\s+${PERIOD('a')}\\s+and\\s+${PERIOD('b')}${END}`, (g, o, after) => between(g.a, g.b, o, after)),
  // "from" and, after it, a word or dash that ends a range ("until" and "till" hold "til", "through" and "thru" "thr").
  rule(/from[\s\S]*(?:to|til|thr|-|–|—)/i, `\\bfrom\\s+${PERIOD('a')}\\s*(?:to|until|till|through|thru|-|–|—)\\s*${PERIOD('b')}${END}`, (g, o, after) => between(g.a, g.b, o, after)),
  // A dash, or "to", "through" or "thru" between spaces: what joins the two periods.
  rule(/[–—-]|\s(?:to|through|thru)\s/i, `(?:\\b(?<preposition>${PREPOSITION})\\s+)?\\b${PERIOD('a')}\\s*(?:–|—|-|\\s(?:to|through|thru)\\s)\\s*${PERIOD('b')}${END}`, (g, o, after) => {
    const a = read(g.a, o);
    const b = read(g.b, o);
    if (!g.preposition && a?.needsPreposition && b?.needsPreposition) return undefined;
    return between(g.a, g.b, o, after);
  }),
  // "on or after May 3", "in or after 2014", "2014 or later": the period itself and what follows it.
  rule(/after|later/i, `(?:\\b(?:on|in)\\s+or\\s+(?:after|later\\s+than)\\s+${PERIOD('a')}|\\b${PERIOD('b')}\\s+or\\s+(?:after|later))${END}`, (g, o, after) => {
    const period = read(g.a ?? g.b, o, g.a ? after : '');
    return period && onward(period.start, o.today);
  }),
  rule(/before|earlier/i, `(?:\\b(?:on|in)\\s+or\\s+(?:before|earlier\\s+than)\\s+${PERIOD('a')}|\\b${PERIOD('b')}\\s+or\\s+(?:before|earlier))${END}`, (g, o, after) => {
    const period = read(g.a ?? g.b, o, g.a ? after : '');
    return period && { end: period.end };
  }),
  rule(/thr|end|including|later/i,
    `\\b(?:through|thru|(?:until|till|to|by)\\s+the\\s+end\\s+of|up\\s+to\\s+and\\s+including|no\\s+later\\s+than)\\s+${PERIOD('a')}${END}`,
    (g, o, after) => {
      const period = read(g.a, o, after);
      return period && { end: period.end };
    },
  ),
  rule(/after|later|end/i, `\\b(?:after|later\\s+than|(?:since|from)\\s+the\\s+end\\s+of)\\s+${PERIOD('a')}${END}`, (g, o, after) => {
    const period = read(g.a, o, after);
    return period && onward(period.end, o.today);
  }),
  // "from" counts only with "on", "onward(s)" or "forward" after it, past a space.
  rule(/since|starting|beginning|from[\s\S]*\s(?:on|forward)/i,
    `\\b(?:(?:since|starting(?:\\s+(?:from|in|on|with))?|beginning(?:\\s+(?:of|in|on|with))?)\\s+(?:the\\s+(?:start|beginning)\\s+of\\s+)?${PERIOD('a')}|from\\s+${PERIOD('b')}\\s+(?:on|onwards?|forward))${END}`,
    (g, o, after) => {
      const period = read(g.a ?? g.b, o, after);
      return period && onward(period.start, o.today);
    },
  ),
  rule(/onward/i, `\\b${PERIOD('a')}\\s+onwards?${END}`, (g, o) => {
    const period = read(g.a, o);
    return period && onward(period.start, o.today);
  }),
  rule(/before|prior|until|till|up\s+to|earlier/i, `\\b(?:before|prior\\s+to|until|till|up\\s+to|earlier\\s+than)\\s+(?:the\\s+(?:start|beginning)\\s+of\\s+)?${PERIOD('a')}${END}`, (g, o, after) => {
    const period = read(g.a, o, after);
    return period && { end: period.start };
  }),
  rule(/past|last|previous|prior|trailing/i, `\\b(?:past|last|previous|prior|trailing)\\s+${COUNT.replace('(', '(?<count>')}\\s+(?<complete>(?:full|complete|whole|calendar)\\s+)?${UNIT}s?\\b`, (g, o) => {
    const amount = countOf(g.count ?? '1');
    if (!(amount > 0)) return undefined;
    const unit = unitOf(g);
    const end = g.complete ? startOfUnit(o.today, unit) : addDays(o.today, 1);
    return { start: addUnits(end, unit, -amount), end };
  }),
  rule(/past|trailing/i, `\\b(?:past|trailing)\\s+${UNIT}\\b`, (g, o) => {
    const end = addDays(o.today, 1);
    return { start: addUnits(end, unitOf(g), -1), end };
  }),
  rule(/date|td/i,
    `\\b(?:(?<fiscal>fiscal\\s+)?(?<unit>year|quarter|month|week)[\\s-]+to[\\s-]+date|(?<abbr>fytd|ytd|qtd|mtd|wtd))\\b`,
    (g, o) => {
      const abbreviations: Record<string, CalendarUnit> = { f: 'year', y: 'year', q: 'quarter', m: 'month', w: 'week' };
      const unit = g.abbr ? abbreviations[g.abbr[0]!.toLowerCase()]! : unitOf(g);
      const fiscal = Boolean(g.fiscal) || g.abbr?.toLowerCase() === 'fytd';
      return { start: startOfUnit(o.today, unit, fiscal ? o.fiscalYearStart : undefined), end: addDays(o.today, 1) };
    },
  ),
  rule(/date/i, `\\b${PERIOD('a')}[\\s-]+to[\\s-]+date\\b`, (g, o) => {
    const period = read(g.a, o);
    return period && onward(period.start, o.today);
  }),
  rule(undefined, `(?:\\b(?<preposition>${PREPOSITION})\\s+)?\\b${PERIOD('a')}${END}`, (g, o, after) => {
    const period = read(g.a, o, after);
    if (!period || (period.needsPreposition && !g.preposition)) return undefined;
    // "over 2000", "a total of 2000", "on 2024" are amounts and codes more often than years.
    if (/^\d+$/.test(g.a ?? '') && !/^(?:in|during|for|from|throughout)$/i.test(g.preposition ?? '')) return undefined;
    return period.relative ? { ...period, phrase: g.a } : period;
  }),
];

const iso = (date: Date): string => formatISO(date, { representation: 'date' });

/**
 * Reads time phrases as half-open [start, end) ISO date ranges relative to currentDate (YYYY-MM-DD).
 * Conventions: "last/previous <unit>" is the previous calendar unit and "this <unit>" the whole current one;
 * "past/last N <units>", "... to date", "since X" and "after X" end tomorrow, so today is included
 * (a start after today leaves the end open); "before/until X" ends where X starts, "through X" where it ends,
 * and a side the question leaves open is OPEN_START / OPEN_END. Weeks are ISO weeks (Monday to Sunday);
 * a month, quarter, half or week without a year is the latest one already started, and a weekday the latest one up to
 * today ("last Monday": before today); "between/from A to B"
 * includes all of B. Fiscal phrases count from options.fiscalYearStart (default January 1), and a fiscal year is
 * named after the year it ends in. Every range carries the question's grain word ("monthly" → month), if any.
 */
export function parseDateRanges(text: string, currentDate: string, options: DateReadingOptions = {}): DateRange[] {
  const start = options.fiscalYearStart;
  const key = `${currentDate} ${start ? `${start.month}-${start.day}` : ''} ${text}`;
  let ranges = readings.get(key);
  if (!ranges) {
    // "in Septmber": read as the month it misspells, the phrase kept as the question wrote it; "on Christmas Eve 2025"
    // as the date the day falls on (named-days.ts).
    const days = writeNamedDays(text);
    const respelt = respellMonths(days.text);
    const unwrite = (phrase: string) => [...respelt.written, ...days.written].reduce((kept, [month, word]) => kept.replace(month, word), phrase);
    ranges = mayNameADate(respelt.text) ? readDateRanges(respelt.text, currentDate, options).map((range) => ({ ...range, phrase: unwrite(range.phrase) })) : [];
    if (readings.size >= MAX_READINGS) readings.delete(readings.keys().next().value!);
    readings.set(key, ranges);
  }
  return ranges.map((range) => ({ ...range }));
}

/** The same question is read by date_parser, generate_sql and fix; its patterns are long, so each reading is kept a while. */
const readings = new Map<string, DateRange[]>();
const MAX_READINGS = 256;

/**
 * The rules over the whole text; parseDateRanges skips it for text that cannot name a date (mayNameADate).
 * Without `hints`, every rule runs even on text that lacks its hint (the tests compare both).
 */
export function readDateRanges(text: string, currentDate: string, options: DateReadingOptions = {}, hints = true): DateRange[] {
  const today = parseISO(parseCurrentDate(currentDate));
  const periodOptions: PeriodOptions = { today, fiscalYearStart: options.fiscalYearStart };
  const grain = parseGrain(text);
  const claimed: Array<[number, number]> = [];
  const found: Array<{ at: number; range: DateRange }> = [];
  for (const { hint, pattern, resolve } of RULES) {
    if (hints && hint && !hint.test(text)) continue;
    for (const match of matchesOf(pattern, text)) {
      const from = match.index ?? 0;
      const to = from + match[0].length;
      if (claimed.some(([start, end]) => from < end && start < to)) continue;
      const span = resolve(match.groups ?? {}, periodOptions, text.slice(to));
      if (!span) continue;
      const start = span.start ? iso(span.start) : OPEN_START;
      const end = span.end ? iso(span.end) : OPEN_END;
      if (end <= start) continue;
      claimed.push([from, to]);
      const range: DateRange = { phrase: (span.phrase ?? match[0]).trim(), start, end };
      found.push({ at: from, range: grain ? { ...range, grain } : range });
    }
  }
  return found.sort((a, b) => a.at - b.at).map((entry) => entry.range);
}
