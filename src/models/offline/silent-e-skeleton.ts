import { isEnglishWord } from '../../lexicon/is-english-word.js';
import { listedExpansion } from '../../lexicon/listed-short-forms.js';
import { isSkeletonOf } from './is-skeleton-of.js';
import type { QuestionWord } from './question-words.js';

/**
 * "litres" for ltr or ltr_dlv, "spaces" for spc, "charges" for chg: a name that opens with the word's skeleton, its
 * vowels dropped with the silent e that ends it. Only the opening part: a trailing one is mostly a unit (tank_cap_ltr
 * holds a capacity, not the litres moved), and a listed short form ("svc") is read where the list is.
 */
export function opensWithSilentESkeleton(parts: readonly string[], word: QuestionWord): boolean {
  const part = parts[0];
  if (part === undefined || part.length < 3) return false;
  const singular = /[^s]s$/.test(word.text) ? word.text.slice(0, -1) : word.text;
  if (!/[^aeiou]e$/.test(singular)) return false;
  return isSkeletonOf(part, singular.slice(0, -1)) && !isSkeletonOf(part, singular) && listedExpansion(part) === undefined && !isEnglishWord(part);
}
