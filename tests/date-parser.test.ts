import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateParserNode } from '../operators/date-parser.js';
import { ContextSchema } from '../src/context/context-schema.js';
import type { NodeCall } from '../src/engine/node-definition.js';
import type { Runtime } from '../src/engine/runtime.js';
import { CurrentDateSchema, parseCurrentDate } from '../src/dates/current-date-schema.js';
import { FiscalYearStartSchema, yearStartOf } from '../src/dates/fiscal-year-start-schema.js';
import { parseDateRanges } from '../src/dates/parse-date-ranges.js';
import { parseGrain } from '../src/dates/parse-grain.js';
import { unreadDatePhrases } from '../src/dates/unread-date-phrases.js';
import type { YearStart } from '../src/dates/year-start.js';

const TODAY = '2026-11-25';

const CASES: Array<[phrase: string, start: string, end: string]> = [
  ['last quarter', '2026-07-01', '2026-10-01'],
  ['previous quarter', '2026-07-01', '2026-10-01'],
  ['this quarter', '2026-10-01', '2027-01-01'],
  ['last month', '2026-10-01', '2026-11-01'],
  ['this month', '2026-11-01', '2026-12-01'],
  ['last year', '2025-01-01', '2026-01-01'],
  ['this year', '2026-01-01', '2027-01-01'],
  ['last week', '2026-11-16', '2026-11-23'],
  ['this week', '2026-11-23', '2026-11-30'],
  ['past 7 days', '2026-11-19', '2026-11-26'],
  ['last 30 days', '2026-10-27', '2026-11-26'],
  ['past 2 weeks', '2026-11-12', '2026-11-26'],
  ['last 3 months', '2026-08-26', '2026-11-26'],
  ['past two years', '2024-11-26', '2026-11-26'],
  ['past month', '2026-10-26', '2026-11-26'],
  ['yesterday', '2026-11-24', '2026-11-25'],
  ['today', '2026-11-25', '2026-11-26'],
  ['Q3 2024', '2024-07-01', '2024-10-01'],
  ["Q3 '24", '2024-07-01', '2024-10-01'],
  ["in Aug '26", '2026-08-01', '2026-09-01'],
  ['Dec ’25', '2025-12-01', '2026-01-01'],
  ['2024 Q3', '2024-07-01', '2024-10-01'],
  ['q1 of 2025', '2025-01-01', '2025-04-01'],
  ['in Q3', '2026-07-01', '2026-10-01'],
  ['year to date', '2026-01-01', '2026-11-26'],
  ['YTD', '2026-01-01', '2026-11-26'],
  ['month to date', '2026-11-01', '2026-11-26'],
  ['quarter-to-date', '2026-10-01', '2026-11-26'],
  ['since March', '2026-03-01', '2026-11-26'],
  ['since December', '2025-12-01', '2026-11-26'],
  ['since 2024-03-01', '2024-03-01', '2026-11-26'],
  ['since March 2025', '2025-03-01', '2026-11-26'],
  ['in 2024', '2024-01-01', '2025-01-01'],
  ['in March 2024', '2024-03-01', '2024-04-01'],
  ['March 2024', '2024-03-01', '2024-04-01'],
  ['Sept. 2023', '2023-09-01', '2023-10-01'],
  ['in March', '2026-03-01', '2026-04-01'],
  ['between 2024-01-01 and 2024-03-31', '2024-01-01', '2024-04-01'],
  ['from Jan 2024 to Mar 2024', '2024-01-01', '2024-04-01'],
  ['from 2023 through 2024', '2023-01-01', '2025-01-01'],
  ['from November to February', '2025-11-01', '2026-03-01'],
  ['from March to May', '2026-03-01', '2026-06-01'],
  ['on 2024-02-29', '2024-02-29', '2024-03-01'],
  ['March 5, 2024', '2024-03-05', '2024-03-06'],
  ['2024-06', '2024-06-01', '2024-07-01'],
];

/** As analysts write them; TODAY is Wednesday 2026-11-25, in ISO week 48 (Monday 2026-11-23). */
const ANALYST_CASES: Array<[phrase: string, start: string, end: string]> = [
  // open-ended: after/since run through today, before/until stop where the period starts, through where it ends
  ['after June 2025', '2025-07-01', '2026-11-26'],
  ['later than Q1 2026', '2026-04-01', '2026-11-26'],
  ['after 2030', '2031-01-01', '9999-12-31'],
  ['on or after 2025-03-15', '2025-03-15', '2026-11-26'],
  ['from March 2025 onward', '2025-03-01', '2026-11-26'],
  ['Q3 2025 onwards', '2025-07-01', '2026-11-26'],
  ['starting in 2025', '2025-01-01', '2026-11-26'],
  ['since last quarter', '2026-07-01', '2026-11-26'],
  ['since the start of 2025', '2025-01-01', '2026-11-26'],
  ['before 2024', '0001-01-01', '2024-01-01'],
  ['prior to Q2 2025', '0001-01-01', '2025-04-01'],
  ['until March 2025', '0001-01-01', '2025-03-01'],
  ['up to 2024', '0001-01-01', '2024-01-01'],
  ['before last month', '0001-01-01', '2026-10-01'],
  ['through June 2025', '0001-01-01', '2025-07-01'],
  ['until the end of 2024', '0001-01-01', '2025-01-01'],
  ['on or before March 31, 2025', '0001-01-01', '2025-04-01'],
  // spans include all of their last period; a year written once applies to both ends
  ['between March and May 2025', '2025-03-01', '2025-06-01'],
  ['between November and February 2025', '2024-11-01', '2025-03-01'],
  ['between Q1 2024 and Q2 2025', '2024-01-01', '2025-07-01'],
  ['from 2025-01-15 to 2025-02-15', '2025-01-15', '2025-02-16'],
  ['March–May 2025', '2025-03-01', '2025-06-01'],
  ['Jan - Mar 2025', '2025-01-01', '2025-04-01'],
  ['Q1-Q3 2025', '2025-01-01', '2025-10-01'],
  ['in 2023–2024', '2023-01-01', '2025-01-01'],
  ['March to May 2025', '2025-03-01', '2025-06-01'],
  // quarters
  ['third quarter of 2024', '2024-07-01', '2024-10-01'],
  ['the 2nd quarter of 2025', '2025-04-01', '2025-07-01'],
  ['last quarter of 2024', '2024-10-01', '2025-01-01'],
  ['the quarter before last', '2026-04-01', '2026-07-01'],
  ['Q3 of last year', '2025-07-01', '2025-10-01'],
  ['in the first quarter', '2026-01-01', '2026-04-01'],
  // halves
  ['H1 2025', '2025-01-01', '2025-07-01'],
  ['2025 H2', '2025-07-01', '2026-01-01'],
  ['first half of 2025', '2025-01-01', '2025-07-01'],
  ['second half of last year', '2025-07-01', '2026-01-01'],
  ['last half', '2026-01-01', '2026-07-01'],
  ['in the second half', '2026-07-01', '2027-01-01'],
  // ISO weeks
  ['week 12 of 2025', '2025-03-17', '2025-03-24'],
  ['2025-W12', '2025-03-17', '2025-03-24'],
  ['2026-W01', '2025-12-29', '2026-01-05'],
  ['week 53 of 2026', '2026-12-28', '2027-01-04'],
  ['in week 3', '2026-01-12', '2026-01-19'],
  ['last weekend', '2026-11-21', '2026-11-23'],
  ['this weekend', '2026-11-28', '2026-11-30'],
  // relative
  ['last 2 years', '2024-11-26', '2026-11-26'],
  ['last 3 full months', '2026-08-01', '2026-11-01'],
  ['past 2 complete quarters', '2026-04-01', '2026-10-01'],
  ['3 months ago', '2026-08-01', '2026-09-01'],
  ['two years ago', '2024-01-01', '2025-01-01'],
  ['next month', '2026-12-01', '2027-01-01'],
  ['last year', '2025-01-01', '2026-01-01'],
  ['last Monday', '2026-11-23', '2026-11-24'],
  ['last Wednesday', '2026-11-18', '2026-11-19'],
  ['last Friday', '2026-11-20', '2026-11-21'],
  ['this Friday', '2026-11-27', '2026-11-28'],
  ['on Tuesday', '2026-11-24', '2026-11-25'],
  ['on Thursday', '2026-11-19', '2026-11-20'],
  ['since Monday', '2026-11-23', '2026-11-26'],
  // named months with and without a year
  ['in May', '2026-05-01', '2026-06-01'],
  ['in December', '2025-12-01', '2026-01-01'],
  ['March of this year', '2026-03-01', '2026-04-01'],
  ['5 March 2024', '2024-03-05', '2024-03-06'],
  ['Dec 31st, 2024', '2024-12-31', '2025-01-01'],
  // fiscal phrases without a fiscal year declared are calendar years
  ['FY2025', '2025-01-01', '2026-01-01'],
  ['last fiscal year', '2025-01-01', '2026-01-01'],
  ['2025 to date', '2025-01-01', '2026-11-26'],
  ['orders from 2024', '2024-01-01', '2025-01-01'],
];

const JULY: YearStart = { month: 6, day: 1 };
const FEBRUARY: YearStart = { month: 1, day: 1 };

const FISCAL_CASES: Array<[phrase: string, yearStart: YearStart, start: string, end: string]> = [
  ['fiscal year 2025', JULY, '2024-07-01', '2025-07-01'],
  ['FY25', JULY, '2024-07-01', '2025-07-01'],
  ["FY'26", JULY, '2025-07-01', '2026-07-01'],
  ['last fiscal year', JULY, '2025-07-01', '2026-07-01'],
  ['this fiscal year', JULY, '2026-07-01', '2027-07-01'],
  ['this fiscal quarter', JULY, '2026-10-01', '2027-01-01'],
  ['last fiscal quarter', JULY, '2026-07-01', '2026-10-01'],
  ['fiscal year to date', JULY, '2026-07-01', '2026-11-26'],
  ['FYTD', JULY, '2026-07-01', '2026-11-26'],
  ['Q1 FY26', FEBRUARY, '2025-02-01', '2025-05-01'],
  ['FY2026 Q4', FEBRUARY, '2025-11-01', '2026-02-01'],
  ['fiscal Q2 2025', JULY, '2024-10-01', '2025-01-01'],
  ['in fiscal 2024', FEBRUARY, '2023-02-01', '2024-02-01'],
  // a fiscal year start leaves calendar phrases alone
  ['Q3 2024', JULY, '2024-07-01', '2024-10-01'],
  ['last year', JULY, '2025-01-01', '2026-01-01'],
];

describe('parseDateRanges', () => {
  it.each(CASES)('%s → %s..%s', (phrase, start, end) => {
    const ranges = parseDateRanges(phrase, TODAY);
    expect(ranges).toHaveLength(1);
    expect(ranges[0]).toMatchObject({ phrase, start, end });
  });

  it.each(ANALYST_CASES)('%s → %s..%s', (phrase, start, end) => {
    const ranges = parseDateRanges(phrase, TODAY);
    expect(ranges).toHaveLength(1);
    expect(ranges[0]).toMatchObject({ start, end });
  });

  it.each(FISCAL_CASES)('%s with a fiscal year from %o → %s..%s', (phrase, fiscalYearStart, start, end) => {
    const ranges = parseDateRanges(phrase, TODAY, { fiscalYearStart });
    expect(ranges).toHaveLength(1);
    expect(ranges[0]).toMatchObject({ start, end });
  });

  it('reads date phrases inside whole questions', () => {
    const read = (question: string) => parseDateRanges(question, TODAY).map((range) => [range.phrase, range.start, range.end]);
    expect(read('How many orders were placed after June 2025?')).toEqual([['after June 2025', '2025-07-01', '2026-11-26']]);
    expect(read('Total revenue before 2024 by category')).toEqual([['before 2024', '0001-01-01', '2024-01-01']]);
    expect(read('Which products sold best between March and May 2025?')).toEqual([['between March and May 2025', '2025-03-01', '2025-06-01']]);
    expect(read("What were today's refunds?")).toEqual([['today', '2026-11-25', '2026-11-26']]);
    expect(read('Orders in H1 2025 vs H2 2025')).toEqual([
      ['in H1 2025', '2025-01-01', '2025-07-01'],
      ['H2 2025', '2025-07-01', '2026-01-01'],
    ]);
  });

  it('invents no range where the words are not a date', () => {
    for (const question of [
      'Show up to 2000 customers',
      'List orders placed after the customer signed up',
      'Customers who ordered in the same month they signed up',
      'Orders on the last day of each month',
      'Top 5 products before discounts',
      'Revenue by week',
      'Which quarter had the most orders?',
      'Average order value in the first half of the list',
      'Customers who spent over 2000',
      'Orders with a total of 2000',
      'Products with more than 2024 units in stock',
      'Orders placed on Mondays',
      'Which weekday has the most orders, Monday or Friday?',
    ]) {
      expect(parseDateRanges(question, TODAY), question).toEqual([]);
    }
  });

  it('reads no date that does not exist, and reports it as unread', () => {
    for (const [question, unread] of [
      ['Orders on 2025-02-30', '2025-02-30'],
      ['Sales in 2025-13', '2025-13'],
      ['Revenue in week 53 of 2025', 'week 53 of 2025'],
      ['Revenue in 2025-W60', '2025-W60'],
      ['Revenue in Q5 2025', 'Q5 2025'],
      ['Orders on February 30, 2025', 'February 30, 2025'],
      ['Orders on 3/15/2025', '3/15/2025'],
    ] as const) {
      const ranges = parseDateRanges(question, TODAY);
      expect(ranges, question).toEqual([]);
      expect(unreadDatePhrases(question, ranges), question).toEqual([unread]);
    }
    const ranges = parseDateRanges('Revenue in Q3 2024 and on 2025-02-30', TODAY);
    expect(ranges.map((range) => range.phrase)).toEqual(['in Q3 2024']);
    expect(unreadDatePhrases('Revenue in Q3 2024 and on 2025-02-30', ranges)).toEqual(['2025-02-30']);
  });

  it('reads a phrase inside a question and attaches its grain', () => {
    expect(parseDateRanges('Show monthly active users for the last quarter', TODAY)).toEqual([
      { phrase: 'last quarter', start: '2026-07-01', end: '2026-10-01', grain: 'month' },
    ]);
  });

  it('reads several phrases in text order', () => {
    const ranges = parseDateRanges('Compare Q3 2024 with the last 90 days', TODAY);
    expect(ranges.map((range) => [range.start, range.end])).toEqual([
      ['2024-07-01', '2024-10-01'],
      ['2026-08-28', '2026-11-26'],
    ]);
  });

  it('ignores numbers, bare years and month-like words that are not dates', () => {
    expect(parseDateRanges('top 2000 customers', TODAY)).toEqual([]);
    expect(parseDateRanges('May I see the customers from California', TODAY)).toEqual([]);
    expect(parseDateRanges('List all customers', TODAY)).toEqual([]);
  });

  it('rejects a malformed current date', () => {
    expect(() => parseDateRanges('last month', '25/11/2026')).toThrow(/YYYY-MM-DD/);
    expect(() => parseDateRanges('last quarter', '0000-01-01')).toThrow(/out of range/);
    expect(() => parseDateRanges('last quarter', '2025-02-30')).toThrow(/February 2025 has 28 days/);
  });
});

describe('parseCurrentDate', () => {
  it.each(['2024-02-29', '1900-01-01', '2200-12-31', '2026-11-25'])('accepts %s', (date) => {
    expect(parseCurrentDate(date)).toBe(date);
    expect(CurrentDateSchema.safeParse(date).success).toBe(true);
  });

  it.each([
    ['2100-02-29', /February 2100 has 28 days/],
    ['2025-06-31', /June 2025 has 30 days/],
    ['2025-00-10', /there is no month 0/],
    ['2025-01-00', /January 2025 has 31 days/],
    ['1899-12-31', /the year must be 1900–2200/],
    ['2201-01-01', /the year must be 1900–2200/],
    ['2025-1-1', /use YYYY-MM-DD/],
    [' 2025-01-01', /use YYYY-MM-DD/],
    ['2025-01-01T00:00', /use YYYY-MM-DD/],
    ['', /use YYYY-MM-DD/],
  ])('rejects %s in one line', (date, message) => {
    expect(() => parseCurrentDate(date)).toThrow(message);
    const parsed = CurrentDateSchema.safeParse(date);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toMatch(message);
    expect(parsed.error?.issues[0]?.message).not.toContain('\n');
  });
});

describe('dates for any current date', () => {
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  const realIsoDate = (text: string) => /^\d{4}-\d{2}-\d{2}$/.test(text) && new Date(`${text}T00:00:00Z`).toISOString().startsWith(text);

  it('parseCurrentDate accepts exactly the real calendar dates of 1900–2200', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 }), (year, month, day) => {
        const text = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
        const utc = new Date(Date.UTC(year, month - 1, day));
        const real = month >= 1 && utc.getUTCFullYear() === year && utc.getUTCMonth() === month - 1 && utc.getUTCDate() === day;
        expect(CurrentDateSchema.safeParse(text).success).toBe(real && year >= 1900 && year <= 2200);
      }),
      { numRuns: 2000 },
    );
  });

  it('every range read from any current date is a non-empty pair of real ISO dates', () => {
    const phrases = [...CASES, ...ANALYST_CASES].map(([phrase]) => phrase);
    const days = (2200 - 1900) * 365;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: days }), fc.constantFrom(...phrases), (offset, phrase) => {
        const today = new Date(Date.UTC(1900, 0, 1 + offset)).toISOString().slice(0, 10);
        for (const range of parseDateRanges(phrase, today)) {
          for (const date of [range.start, range.end]) expect(realIsoDate(date), `${phrase} @ ${today}: ${date}`).toBe(true);
          expect(range.start < range.end, `${phrase} @ ${today}: ${range.start}..${range.end}`).toBe(true);
        }
      }),
      { numRuns: 1000 },
    );
  });
});

describe('fiscal_year_start', () => {
  it('is a month number or MM-DD whose day exists in every year', () => {
    expect(yearStartOf(FiscalYearStartSchema.parse(7))).toEqual({ month: 6, day: 1 });
    expect(yearStartOf(FiscalYearStartSchema.parse('02-01'))).toEqual({ month: 1, day: 1 });
    expect(yearStartOf(FiscalYearStartSchema.parse('10-15'))).toEqual({ month: 9, day: 15 });
    for (const bad of [0, 13, 7.5, '02-30', '2-1', '13-01', '04-29', 'July']) expect(FiscalYearStartSchema.safeParse(bad).success, String(bad)).toBe(false);
  });

  it('counts quarters from a mid-month start', () => {
    const ranges = parseDateRanges('FY2026 Q2 and this fiscal year', '2026-01-20', { fiscalYearStart: { month: 9, day: 15 } });
    expect(ranges.map((range) => [range.start, range.end])).toEqual([
      ['2026-01-15', '2026-04-15'],
      ['2025-10-15', '2026-10-15'],
    ]);
  });
});

describe('parseGrain', () => {
  it.each([
    ['monthly revenue', 'month'],
    ['revenue per month', 'month'],
    ['orders by month', 'month'],
    ['quarterly revenue trends', 'quarter'],
    ['daily signups', 'day'],
    ['weekly active users', 'week'],
    ['yearly totals', 'year'],
    ['annual revenue', 'year'],
    ['revenue year over year', 'year'],
  ])('%s → %s', (text, grain) => {
    expect(parseGrain(text)).toBe(grain);
  });

  it('finds no grain and no range in a plain question, and a grain without a range', () => {
    expect(parseGrain('List all customers from California')).toBeUndefined();
    expect(parseGrain('monthly revenue by category')).toBe('month');
    expect(parseDateRanges('monthly revenue by category', TODAY)).toEqual([]);
  });
});

describe('date_parser node', () => {
  const fiscalYearStart: Record<string, string | number> = { shop: '07-01' };
  const call = {
    runtime: { namespace: (name: string) => ({ name, config: { type: 'demo', fiscal_year_start: fiscalYearStart[name] } }) } as unknown as Runtime,
    step: { kind: 'node', node: 'date_parser', options: {}, iteration: 0, id: 's1' },
    options: {},
    signal: new AbortController().signal,
    progress: () => {},
    model: () => {
      throw new Error('date_parser needs no model');
    },
    trace: () => {},
  } satisfies NodeCall;

  const context = (text: string, date_ranges: unknown[] = [], namespace = 'demo') =>
    ContextSchema.parse({
      run_id: 'r1',
      task: { text, namespace, plan: 'metric_to_sql', current_date: TODAY, max_iterations: 3 },
      plan: {},
      date_ranges,
    });

  it('writes the ranges and summarises them', async () => {
    const outcome = await dateParserNode.run(context('Show monthly active users for the last quarter'), call);
    expect(outcome.context.date_ranges).toEqual([{ phrase: 'last quarter', start: '2026-07-01', end: '2026-10-01', grain: 'month' }]);
    expect(outcome.summary).toBe('last quarter → 2026-07-01..2026-10-01');
  });

  it('does not duplicate a range already in the context', async () => {
    const first = await dateParserNode.run(context('revenue in 2024'), call);
    const second = await dateParserNode.run(first.context, call);
    expect(second.context.date_ranges).toHaveLength(1);
  });

  it('reports a grain when there is no range', async () => {
    const outcome = await dateParserNode.run(context('monthly revenue by category'), call);
    expect(outcome.context.date_ranges).toEqual([]);
    expect(outcome.summary).toBe('no date range (grain: month)');
  });

  it('counts fiscal phrases from the namespace fiscal year start', async () => {
    const outcome = await dateParserNode.run(context('Revenue for last fiscal year', [], 'shop'), call);
    expect(outcome.context.date_ranges).toEqual([{ phrase: 'last fiscal year', start: '2025-07-01', end: '2026-07-01' }]);
  });

  it('names the date phrases it could not read in its summary', async () => {
    const outcome = await dateParserNode.run(context('Orders on 2025-02-30 in Q3 2024'), call);
    expect(outcome.context.date_ranges.map((range) => range.phrase)).toEqual(['in Q3 2024']);
    expect(outcome.summary).toBe('in Q3 2024 → 2024-07-01..2024-10-01; could not read "2025-02-30"');
  });
});
