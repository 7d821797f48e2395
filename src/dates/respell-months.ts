import { distance } from 'fastest-levenshtein';
import { isEnglishWord } from '../lexicon/is-english-word.js';
import { MONTH_NAMES } from './month-names.js';

/** A name this long or longer is still plain one letter off; "Jume" could be June or a name. */
const MIN_LETTERS = 6;
const CAPITALISED = /\b[A-Z][a-z]{4,10}\b/g;

/**
 * "Septmber" → September: a word written with a capital that no dictionary knows and that is one letter added,
 * dropped or changed from a month's name of six letters or more (the same first letter), read as that month.
 */
export function misspeltMonth(written: string): string | undefined {
  if (!/^[A-Z][a-z]+$/.test(written)) return undefined;
  const month = MONTH_NAMES.find((name) => name.length >= MIN_LETTERS && name[0] === written[0] && name !== written && distance(name.toLowerCase(), written.toLowerCase()) === 1);
  return month !== undefined && !isEnglishWord(written.toLowerCase()) ? month : undefined;
}

/** The text with each misspelt month (misspeltMonth) written as the month, and what each month replaced. */
export function respellMonths(text: string): { text: string; written: Map<string, string> } {
  const written = new Map<string, string>();
  const respelt = text.replace(CAPITALISED, (word) => {
    const month = misspeltMonth(word);
    if (month === undefined) return word;
    written.set(month, word);
    return month;
  });
  return { text: respelt, written };
}
