import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mayNameADate } from '../src/dates/may-name-a-date.js';
import { parseDateRanges, readDateRanges } from '../src/dates/parse-date-ranges.js';

const TODAY = '2026-11-25';

/** The patterns' own words that name no date alone, and words that only look like one. */
const NO_HINT_WORDS = [
  'since', 'past', 'last', 'this', 'next', 'previous', 'prior', 'current', 'trailing', 'between', 'and', 'from', 'to', 'until', 'till',
  'through', 'thru', 'before', 'after', 'ago', 'the', 'of', 'in', 'on', 'or', 'by', 'fy', 'fiscal', 'iso', 'w', 'q', 'h', 'first', 'second',
  'third', 'fourth', 'final', 'full', 'complete', 'whole', 'calendar', 'onward', 'onwards', 'starting', 'beginning', 'end', 'start', 'up',
  'including', 'later', 'than', 'earlier', 'one', 'two', 'twelve', 'st', 'nd', 'rd', 'th', '-', '–', ',', "'", 'customers', 'California',
  'orders', 'status', 'revenue', 'fortnight', 'tomorrow', 'ytb', 'qt',
];
const DATE_WORDS = ['2024', 'Q3', 'H1', 'FY25', 'march', 'Mar.', 'monday', 'weekend', 'today', 'yesterday', 'week', 'month', 'quarter', 'half', 'year', 'days', 'YTD', 'mtd', '2025-02', '12', '3'];

const sentence = (words: string[]) => fc.array(fc.oneof(fc.constantFrom(...words), fc.string({ maxLength: 6 })), { maxLength: 8 }).map((parts) => parts.join(' '));

describe('mayNameADate, the cheap test before the date patterns', () => {
  it('text it rejects is text every pattern reads as no date', () => {
    fc.assert(
      fc.property(sentence(NO_HINT_WORDS), (text) => {
        if (!mayNameADate(text)) expect(readDateRanges(text, TODAY)).toEqual([]);
      }),
      { numRuns: 2_000 },
    );
  });

  it('parseDateRanges reads the same as the patterns alone, date words or not', () => {
    fc.assert(
      fc.property(sentence([...NO_HINT_WORDS, ...DATE_WORDS]), (text) => {
        expect(parseDateRanges(text, TODAY)).toEqual(readDateRanges(text, TODAY));
      }),
      { numRuns: 2_000 },
    );
  });

  it('lets through every kind of date phrase', () => {
    for (const phrase of ['in 2024', 'last quarter', 'Q3 2025', 'since March', 'FY2025', 'year to date', 'YTD', 'last Monday', 'yesterday', 'past 7 days', 'this weekend', 'week 12', '2025-03-04', 'the first half of 2024']) {
      expect(mayNameADate(phrase), phrase).toBe(true);
      expect(parseDateRanges(`revenue ${phrase}`, TODAY).length, phrase).toBeGreaterThan(0);
    }
    expect(mayNameADate('List all customers from California')).toBe(false);
  });
});
