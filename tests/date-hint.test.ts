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

describe('mayNameADate and the rules\' hints, the cheap tests before the date patterns', () => {
  it('text it rejects is text every pattern reads as no date', () => {
    fc.assert(
      fc.property(sentence(NO_HINT_WORDS), (text) => {
        if (!mayNameADate(text)) expect(readDateRanges(text, TODAY, {}, false)).toEqual([]);
      }),
      { numRuns: 2_000 },
    );
  });

  it('parseDateRanges, with its hints, reads the same as every pattern over the text, date words or not', () => {
    fc.assert(
      fc.property(sentence([...NO_HINT_WORDS, ...DATE_WORDS]), (text) => {
        expect(parseDateRanges(text, TODAY)).toEqual(readDateRanges(text, TODAY, {}, false));
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

  it('reads a phrase of every rule the same with its hint as without', () => {
    const phrases = ['between 2023 and 2024', 'from March to May 2025', 'Q1 - Q2 2024', 'on or after 2024-01-01', 'on or before 2024-01-01', 'through Q3 2024',
      'until the end of 2024', 'up to and including March 2025', 'no later than 2025', 'after 2023', 'later than May 2024', 'since the end of 2023',
      'since the start of 2024', 'starting in June 2024', 'from 2024 onwards', '2024 onwards', 'before 2024', 'prior to Q2 2025', 'earlier than 2024',
      'past 3 months', 'trailing twelve months', 'last 2 full weeks', 'past week', 'year to date', 'fiscal year-to-date', 'QTD', 'Q1 to date', 'in 2024'];
    for (const phrase of phrases) {
      const text = `Revenue ${phrase} by channel`;
      const all = readDateRanges(text, TODAY, {}, false);
      expect(all.length, phrase).toBeGreaterThan(0);
      expect(parseDateRanges(text, TODAY), phrase).toEqual(all);
    }
  });
});
