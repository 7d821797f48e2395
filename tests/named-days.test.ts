import { describe, expect, it } from 'vitest';
import { parseDateRanges } from '../src/dates/parse-date-ranges.js';
import { namedDaySpans } from '../src/dates/named-days.js';

describe('days the calendar names on a fixed date', () => {
  it('reads a named day with its year as that date, the phrase as written', () => {
    expect(parseDateRanges('Did we take in any jobs on Christmas Eve 2025?', '2026-12-01')).toEqual([{ phrase: 'on Christmas Eve 2025', start: '2025-12-24', end: '2025-12-25' }]);
    expect(parseDateRanges("How many sales on New Year's Day 2026?", '2026-12-01')).toEqual([{ phrase: "on New Year's Day 2026", start: '2026-01-01', end: '2026-01-02' }]);
    expect(parseDateRanges('tickets issued on boxing day 2024', '2026-12-01')).toEqual([{ phrase: 'on boxing day 2024', start: '2024-12-26', end: '2024-12-27' }]);
  });

  it('finds only the closed class: not "Christmas Island", not a movable feast', () => {
    expect(namedDaySpans('jobs from Christmas Island')).toEqual([]);
    expect(namedDaySpans('jobs at Easter 2025')).toEqual([]);
    expect(namedDaySpans("jobs on St. Patrick's Day")).toEqual([{ start: 8, end: 25, date: '17 March' }]);
  });
});
