/** The first day of a (fiscal) year: month 0–11 and day 1–28, so it exists in every year. */
export interface YearStart {
  month: number;
  day: number;
}

export const CALENDAR_YEAR: YearStart = { month: 0, day: 1 };
