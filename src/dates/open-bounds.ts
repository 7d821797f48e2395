/**
 * Ends of ranges that have none in the question ("before 2024", "after 2030"): the earliest and latest
 * dates every engine's DATE type holds, so a range stays two plain ISO dates.
 */
export const OPEN_START = '0001-01-01';
export const OPEN_END = '9999-12-31';
