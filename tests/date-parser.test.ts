import { describe, expect, it } from 'vitest';
import { dateParserNode } from '../operators/date-parser.js';
import { ContextSchema } from '../src/context/context-schema.js';
import type { NodeCall } from '../src/engine/node-definition.js';
import type { Runtime } from '../src/engine/runtime.js';
import { parseDateRanges } from '../src/dates/parse-date-ranges.js';
import { parseGrain } from '../src/dates/parse-grain.js';

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

describe('parseDateRanges', () => {
  it.each(CASES)('%s → %s..%s', (phrase, start, end) => {
    const ranges = parseDateRanges(phrase, TODAY);
    expect(ranges).toHaveLength(1);
    expect(ranges[0]).toMatchObject({ phrase, start, end });
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
  const call = {
    runtime: {} as Runtime,
    step: { kind: 'node', node: 'date_parser', options: {}, iteration: 0, id: 's1' },
    options: {},
    signal: new AbortController().signal,
    progress: () => {},
    model: () => {
      throw new Error('date_parser needs no model');
    },
    trace: () => {},
  } satisfies NodeCall;

  const context = (text: string, date_ranges: unknown[] = []) =>
    ContextSchema.parse({
      run_id: 'r1',
      task: { text, namespace: 'demo', plan: 'metric_to_sql', current_date: TODAY, max_iterations: 3 },
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
});
