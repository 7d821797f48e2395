import type { DateRange } from '../context/context-schema.js';
import { matchesOf } from './matches-of.js';
import { parsePeriod } from './parse-period.js';

const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';

/** Shapes that can only be dates: what is left of them after parsing is a date the parser could not read. */
const DATE_SHAPES: RegExp[] = [
  /\b\d{4}-\d{1,2}-\d{1,2}\b/g,
  /\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b/g,
  /\b\d{4}-\d{1,2}(?![\d-])/g,
  /\b\d{4}-?w\d{1,2}\b/gi,
  /\b(?:iso\s+)?week\s+\d{1,3}(?:\s*(?:of|in|,)?\s*\d{4})?\b/gi,
  /\b(?:fiscal\s+)?q\d(?:\s*(?:of\s+)?(?:fy\s*'?)?\d{2,4})?\b/gi,
  /\bh[03-9](?:\s*(?:of\s+)?\d{4})?\b/gi,
  /\bfy\s*'?\d+\b/gi,
  new RegExp(`\\b${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}\\b`, 'gi'),
  new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH},?\\s+\\d{4}\\b`, 'gi'),
];

/** Whether a date-shaped phrase names a real period by itself, whichever range rule would take it. */
const readable = (phrase: string): boolean => parsePeriod(phrase, { today: new Date() }) !== undefined;

/**
 * Date-shaped phrases of a question ("2025-02-30", "week 60 of 2025", "Q5", "3/15/2025") that neither a parsed
 * range accounts for nor the parser can read: reported as unaddressed rather than silently dropped.
 */
export function unreadDatePhrases(text: string, ranges: readonly DateRange[]): string[] {
  let masked = text;
  for (const range of ranges) {
    if (!range.phrase) continue;
    masked = masked.split(range.phrase).join(' '.repeat(range.phrase.length));
  }
  const found: Array<{ at: number; end: number; phrase: string; unread: boolean }> = [];
  for (const shape of DATE_SHAPES) {
    for (const match of matchesOf(shape, masked)) {
      const at = match.index ?? 0;
      const end = at + match[0].length;
      if (found.some((other) => at < other.end && other.at < end)) continue;
      const phrase = match[0].trim();
      found.push({ at, end, phrase, unread: !readable(phrase) });
    }
  }
  return found.filter((entry) => entry.unread).sort((a, b) => a.at - b.at).map((entry) => entry.phrase);
}
