import { distance } from 'fastest-levenshtein';
import { isEnglishWord } from '../lexicon/is-english-word.js';
import { MONTH_NAMES } from './month-names.js';

/** A name this long or longer is still plain one letter off; "Jume" could be June or a name. */
const MIN_LETTERS = 6;
const CAPITALISED = /\b[A-Z][a-z]{4,10}\b/g;

/**
 * "Septmber" → September, "Ocotber" → October: a word written with a capital that no dictionary knows and that is one
 * letter added, dropped or changed, or two neighbouring letters swapped, from a month's name of six letters or more
 * (the same first letter), read as that month.
 */
export function misspeltMonth(written: string): string | undefined {
  if (!/^[A-Z][a-z]+$/.test(written)) return undefined;
  const month = MONTH_NAMES.find((name) => name.length >= MIN_LETTERS && name[0] === written[0] && name !== written && oneTypoApart(name.toLowerCase(), written.toLowerCase()));
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

/**
 * One typing slip apart: a letter added, dropped or changed (Levenshtein distance 1), or two neighbouring letters
 * swapped ("ocotber", "appointmnets"), which Levenshtein counts as two.
 */
export function oneTypoApart(a: string, b: string): boolean {
  if (a === b) return false;
  if (a.length !== b.length) return Math.abs(a.length - b.length) === 1 && distance(a, b) === 1;
  const differ: number[] = [];
  for (let at = 0; at < a.length && differ.length <= 2; at += 1) if (a[at] !== b[at]) differ.push(at);
  if (differ.length === 1) return true;
  const [first, second] = differ;
  return differ.length === 2 && second === first! + 1 && a[first!] === b[second] && a[second] === b[first!];
}
