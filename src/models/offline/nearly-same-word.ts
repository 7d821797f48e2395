import { distance } from 'fastest-levenshtein';

/** Equal, or one typo apart in a word of five letters or more; a typo keeps the first letter ("custmer" is "customer", "season" is not "reason"). */
export function nearlySameWord(a: string, b: string): boolean {
  if (a === b) return true;
  return a.length >= 5 && b.length >= 5 && a[0] === b[0] && Math.abs(a.length - b.length) <= 1 && distance(a, b) <= 1;
}
