import { isEnglishWord } from '../../lexicon/is-english-word.js';
import { listedExpansion } from '../../lexicon/listed-short-forms.js';
import { isSkeletonOf } from './is-skeleton-of.js';
import type { QuestionWord } from './question-words.js';

/**
 * "tickets" for a table tkt_ln, "vessels" for vsl, "score" for scr, "response" for resp_min: a part of a name that no
 * dictionary or shorthand list reads and that is the question word with its vowels dropped (first and last letters
 * kept, a silent final e let go), or the word's clipped start of four letters or more ("expl" for explosive).
 */
export function namesShortenedPart(part: string, word: QuestionWord): boolean {
  if (part.length < 3 || word.text.length <= part.length) return false;
  const singular = /[^s]s$/.test(word.text) ? word.text.slice(0, -1) : word.text;
  const silentE = /[^aeiou]e$/.test(singular) ? singular.slice(0, -1) : undefined;
  // A listed short form ("svc", "cust") stands for its listed word only, read where the list is.
  const unlisted = listedExpansion(part) === undefined;
  const skeleton = isSkeletonOf(part, singular) || isSkeletonOf(part, word.stem) || (unlisted && silentE !== undefined && silentE.length > part.length && isSkeletonOf(part, silentE));
  const clipped = unlisted && part.length >= 4 && singular.length >= part.length + 3 && singular.startsWith(part);
  // The dictionary is asked last: it loads WordNet, which a question of spelled names never needs.
  return (skeleton || clipped) && !isEnglishWord(part);
}
