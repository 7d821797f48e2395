import { MONTH_NAMES } from './month-names.js';

/**
 * Days the calendar names on a fixed date every year, a closed class like the months: "Christmas Eve" is 24 December,
 * "New Year's Day" 1 January. Only days fixed to one date wherever English is written; a movable feast (Easter, a bank
 * holiday Monday) or a day kept on different dates in different places (Mother's Day, May Day) is not one.
 */
const FIXED_DAYS: readonly (readonly [string, number, number])[] = [
  ["New Year's Day", 1, 1],
  ['New Year Day', 1, 1],
  ["Burns Night", 1, 25],
  ["Valentine's Day", 2, 14],
  ["St Valentine's Day", 2, 14],
  ["St David's Day", 3, 1],
  ["St Patrick's Day", 3, 17],
  ["St George's Day", 4, 23],
  ['Halloween', 10, 31],
  ["Hallowe'en", 10, 31],
  ['Bonfire Night', 11, 5],
  ['Guy Fawkes Night', 11, 5],
  ['Armistice Day', 11, 11],
  ["St Andrew's Day", 11, 30],
  ['Christmas Eve', 12, 24],
  ['Christmas Day', 12, 25],
  ['Boxing Day', 12, 26],
  ["New Year's Eve", 12, 31],
  ['Hogmanay', 12, 31],
];

/** A name's words with its apostrophes optional and either quote mark, and "St" with or without its full stop or as "Saint". */
const pattern = (name: string): string =>
  name
    .split(' ')
    .map((word) => word.replace(/^St$/, '(?:St\\.?|Saint)').replace(/'/g, "[’']?"))
    .join('\\s+');

const NAMED_DAY = new RegExp(`\\b(?:${FIXED_DAYS.map(([name]) => pattern(name)).join('|')})(?![\\w'’-])`, 'gi');
const DATE_OF = new Map(FIXED_DAYS.map(([name, month, day]) => [key(name), `${day} ${MONTH_NAMES[month - 1]}`]));

function key(name: string): string {
  return name.toLowerCase().replace(/saint|st\.?/g, 'st').replace(/[’']/g, '').replace(/\s+/g, ' ');
}

/** Where the question names a day of the calendar: each span and the date it is ("24 December"). */
export function namedDaySpans(text: string): { start: number; end: number; date: string }[] {
  return [...text.matchAll(NAMED_DAY)].flatMap((match) => {
    const date = DATE_OF.get(key(match[0]));
    return date === undefined ? [] : [{ start: match.index!, end: match.index! + match[0].length, date }];
  });
}

/** The text with each named day written as its date ("Christmas Eve 2025" → "24 December 2025"), and what each date replaced. */
export function writeNamedDays(text: string): { text: string; written: Map<string, string> } {
  const written = new Map<string, string>();
  const rewritten = text.replace(NAMED_DAY, (name) => {
    const date = DATE_OF.get(key(name));
    if (date === undefined) return name;
    written.set(date, name);
    return date;
  });
  return { text: rewritten, written };
}
