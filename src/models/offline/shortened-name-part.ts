import { isEnglishWord } from '../../lexicon/is-english-word.js';
import { isSkeletonOf } from './is-skeleton-of.js';
import type { QuestionWord } from './question-words.js';

/**
 * "tickets" for a table tkt_ln, "vessels" for vsl: a part of a name that no dictionary or shorthand list reads and
 * that is the question word with its vowels dropped (first and last letters kept).
 */
export function namesShortenedPart(part: string, word: QuestionWord): boolean {
  if (part.length < 3 || word.text.length <= part.length) return false;
  const singular = /[^s]s$/.test(word.text) ? word.text.slice(0, -1) : word.text;
  // The dictionary is asked last: it loads WordNet, which a question of spelled names never needs.
  return (isSkeletonOf(part, singular) || isSkeletonOf(part, word.stem)) && !isEnglishWord(part);
}
