import type { DateRange } from '../context/context-schema.js';
import { parseDateRanges } from '../dates/parse-date-ranges.js';

/**
 * The first period the question names that begins after the current date ("next year", "tomorrow", "in 2030"):
 * data records what happened, so a question about such a period asks for a forecast. Undefined when every period it
 * names has begun, or it names none.
 */
export function futurePeriod(question: string, currentDate: string): DateRange | undefined {
  let ranges: DateRange[];
  try {
    ranges = parseDateRanges(question, currentDate);
  } catch {
    return undefined;
  }
  return ranges.find((range) => range.start > currentDate);
}
